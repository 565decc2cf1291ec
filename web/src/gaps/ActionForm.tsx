import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useClient, useMutation, type CombinedError } from 'urql';
import { errorCode } from '../api/errors';
import { FormError } from '../components/FormError';
import { RationaleField } from '../components/RationaleField';
import { anchorText } from '../format/anchor';
import { graphql } from '../gql';
import type { ActionGapInput, GapActionKind, GapNowQuery, GapRowFieldsFragment } from '../gql/graphql';
import { annualValueProblem, BusinessCaseFields, type BusinessCaseDraft } from '../components/BusinessCaseFields';
import { ChangedSince } from './ChangedSince';
import { ScopePicker, observedScope } from './ScopePicker';
import { ACTION_LABELS } from './scenarios';
import { WorkloadPicker } from './WorkloadPicker';

const ActionGapMutation = graphql(`
  mutation ActionGap($input: ActionGapInput!) {
    actionGap(input: $input) {
      gap {
        ...GapRowFields
      }
    }
  }
`);

const GapNowQueryDocument = graphql(`
  query GapNow($id: ID!) {
    gap(id: $id) {
      ...GapRowFields
      history {
        at
        state
        kind
        action
        rationale
        actor {
          subject
          name
        }
      }
    }
  }
`);

export type FreshGap = NonNullable<GapNowQuery['gap']>;

const needsScope = (a: GapActionKind) => a === 'ADD_SCOPE' || a === 'APPROVE_MODEL';

/** What is missing or malformed in the form, in words; empty when it can be sent. */
export function actionFormProblems(
  action: GapActionKind,
  v: { rationale: string; scope: ReadonlySet<string>; businessCase: BusinessCaseDraft; workloadId: string },
): string[] {
  const problems: string[] = [];
  if (!v.rationale.trim()) problems.push('Rationale: say why, for the audit trail.');
  if (needsScope(action) && v.scope.size === 0) problems.push('Scope: check at least one account × region.');
  const valueProblem = action === 'APPROVE_MODEL' && annualValueProblem(v.businessCase.annualValue);
  if (valueProblem) problems.push(valueProblem);
  if ((action === 'CLAIM_RESOURCE' || action === 'RECOMMEND_DEDICATED_ROLE') && !v.workloadId) {
    problems.push('Workload: choose the workload this is for.');
  }
  return problems;
}

/**
 * The inline form of one action on one gap. It remembers the revision the
 * person saw when they opened it: a decision made on a gap that has changed
 * since is refused (CONFLICT), the current gap is shown, and the person may
 * send the same entries again on it.
 */
export function ActionForm({
  gap,
  action,
  onDone,
  onCancel,
}: {
  gap: GapRowFieldsFragment;
  action: GapActionKind;
  onDone: (gap: GapRowFieldsFragment) => void;
  onCancel: () => void;
}) {
  const label = ACTION_LABELS[action];
  const ownerId = useId();
  const client = useClient();
  const [expectedRevision, setExpectedRevision] = useState(gap.revision);
  const [rationale, setRationale] = useState('');
  const scopeOptions = observedScope(gap.accounts, gap.regions);
  const [scope, setScope] = useState<Set<string>>(() => new Set(scopeOptions));
  const [businessCase, setBusinessCase] = useState<BusinessCaseDraft>({
    category: 'COST_SAVING',
    annualValue: '',
    description: '',
  });
  const [workloadId, setWorkloadId] = useState(gap.workloadId ?? '');
  const [productOwner, setProductOwner] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<CombinedError>();
  const [fresh, setFresh] = useState<FreshGap | null>(null);
  const [{ fetching }, actionGap] = useMutation(ActionGapMutation);
  const formRef = useRef<HTMLFormElement>(null);
  // The form opens below the row: take the keyboard there, to its first field.
  useEffect(() => formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus(), []);

  const loadFresh = async () => {
    const res = await client.query(GapNowQueryDocument, { id: gap.id }, { requestPolicy: 'network-only' }).toPromise();
    if (res.error) {
      setError(res.error);
      return;
    }
    if (res.data?.gap) {
      setFresh(res.data.gap);
      setExpectedRevision(res.data.gap.revision);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = actionFormProblems(action, { rationale, scope, businessCase, workloadId });
    setProblems(found);
    if (found.length > 0) return;
    const input: ActionGapInput = { gapId: gap.id, action, rationale: rationale.trim(), expectedRevision };
    if (needsScope(action)) {
      input.scope = [...scope].map((k) => {
        const [accountId, region] = k.split('|');
        return { accountId, region };
      });
    }
    if (action === 'APPROVE_MODEL') {
      input.businessCase = {
        category: businessCase.category,
        annualValue: businessCase.annualValue.trim(),
        description: businessCase.description.trim() || null,
      };
    }
    if (workloadId && (action === 'CLAIM_RESOURCE' || action === 'RECOMMEND_DEDICATED_ROLE')) input.workloadId = workloadId;
    if (action === 'NOTIFY_PRODUCT_OWNER' && productOwner.trim()) input.productOwner = productOwner.trim();
    const res = await actionGap({ input });
    if (res.error) {
      setError(res.error);
      if (errorCode(res.error) === 'CONFLICT') await loadFresh();
      return;
    }
    setError(undefined);
    if (res.data) onDone(res.data.actionGap.gap);
  };

  return (
    <form ref={formRef} className="action-form" aria-label={`${label}: ${anchorText(gap.anchor)}`} noValidate onSubmit={submit}>
      {needsScope(action) && <ScopePicker options={scopeOptions} checked={scope} onChange={setScope} />}
      {action === 'APPROVE_MODEL' && <BusinessCaseFields value={businessCase} onChange={setBusinessCase} />}
      {(action === 'CLAIM_RESOURCE' || action === 'RECOMMEND_DEDICATED_ROLE') && (
        <WorkloadPicker value={workloadId} onChange={setWorkloadId} />
      )}
      {action === 'NOTIFY_PRODUCT_OWNER' && (
        <div className="field">
          <label htmlFor={ownerId}>Product owner (optional: else the one on record)</label>
          <input id={ownerId} type="email" value={productOwner} onChange={(e) => setProductOwner(e.target.value)} />
        </div>
      )}
      <RationaleField value={rationale} onChange={setRationale} />
      {problems.length > 0 && (
        <ul role="alert" className="form-error">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <FormError error={error} />
      {fresh && <ChangedSince gap={fresh} />}
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={fetching}>
          {fresh ? `${label} on the current version` : `Confirm ${label}`}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
