import { useState, type FormEvent, type ReactNode } from 'react';
import type { CombinedError, OperationResult } from 'urql';
import { errorCode } from '../api/errors';
import { FormError } from '../components/FormError';
import { RationaleField } from '../components/RationaleField';

/** What a record looks like after a reload, for the conflict notice. */
export interface FreshRecord {
  revision: number;
  /** One line on its current state, e.g. "state ACTIONED". */
  summary: string;
}

export interface DecisionFormProps {
  /** The action's name in words; it labels the submit button ("Resolve"). */
  action: string;
  /** The record's revision as loaded; sent as expectedRevision when given. */
  revision?: number;
  rationale: 'required' | 'optional' | 'none';
  /** Checks the extra fields before anything is sent; a message blocks the submit. */
  validate?: () => string | null;
  submit: (args: { rationale: string; expectedRevision?: number }) => Promise<OperationResult>;
  /** Reloads the record from the server after a CONFLICT. */
  reload?: () => Promise<FreshRecord | null>;
  onDone?: () => void;
  onCancel?: () => void;
  children?: ReactNode;
}

/**
 * One decision on a record: its own fields (children), the rationale, the
 * expected revision, and every refusal in words next to it. On a CONFLICT the
 * person reloads the record, sees what changed, and submits again on the
 * fresh revision; nothing typed is lost on any error.
 */
export function DecisionForm(props: DecisionFormProps) {
  const { action, revision, rationale: rationaleMode, validate, submit, reload, onDone, onCancel, children } = props;
  const [rationale, setRationale] = useState('');
  // The revision the person decided on: the loaded one until they reload after a conflict.
  const [basis, setBasis] = useState<number | undefined>(revision);
  const [changed, setChanged] = useState<FreshRecord | null>(null);
  const [error, setError] = useState<CombinedError | undefined>();
  const [invalid, setInvalid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const problem = validate?.() ?? null;
    setInvalid(problem);
    if (problem) return;
    if (rationaleMode === 'required' && !rationale.trim()) {
      setInvalid('Rationale: say why, for the audit trail.');
      return;
    }
    setBusy(true);
    const result = await submit({ rationale: rationale.trim(), expectedRevision: basis });
    setBusy(false);
    setError(result.error);
    if (!result.error) {
      setChanged(null);
      onDone?.();
    }
  }

  async function retryOnFresh() {
    const fresh = await reload?.();
    if (!fresh) return;
    setBasis(fresh.revision);
    setChanged(fresh);
    setError(undefined);
  }

  const conflict = errorCode(error) === 'CONFLICT';
  return (
    <form className="decision-form" aria-label={action} onSubmit={onSubmit}>
      {children}
      {rationaleMode !== 'none' && (
        <RationaleField value={rationale} onChange={setRationale} required={rationaleMode === 'required'} />
      )}
      {changed && (
        <p className="changed" role="status">
          The record changed: it is now at revision {changed.revision}, {changed.summary}. Check it, then submit again.
        </p>
      )}
      {invalid && (
        <p role="alert" className="form-error">
          {invalid}
        </p>
      )}
      <FormError error={error} onRetryFresh={conflict && reload ? retryOnFresh : undefined} />
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {action}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/** A button carrying the action's name that opens its form in place, and closes it when done. */
export function OpenableAction({ action, children }: { action: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {action}
      </button>
    );
  }
  return <div className="inline-form">{children(() => setOpen(false))}</div>;
}

/** A decision that needs nothing but a rationale on a revisioned record: its button, then its form. */
export function RationaleAction({ action, revision, submit, reload }: {
  action: string;
  revision: number;
  submit: DecisionFormProps['submit'];
  reload: DecisionFormProps['reload'];
}) {
  return (
    <OpenableAction action={action}>
      {(close) => (
        <DecisionForm
          action={action}
          revision={revision}
          rationale="required"
          submit={submit}
          reload={reload}
          onDone={close}
          onCancel={close}
        />
      )}
    </OpenableAction>
  );
}
