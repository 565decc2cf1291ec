import { useId } from 'react';
import type { ScopeRow } from './validate';

/** A labelled one-line text input. */
export function TextField({ label, value, onChange, type = 'text', required, placeholder }: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  type?: 'text' | 'date' | 'number';
  required?: boolean;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        required={required}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** A labelled multi-line text input. */
export function TextArea({ label, value, onChange, required }: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  required?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={value} rows={3} required={required} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/** An account × region scope as editable rows, each with its own labels. */
export function ScopeFields({ rows, onChange }: { rows: ScopeRow[]; onChange: (rows: ScopeRow[]) => void }) {
  const set = (i: number, patch: Partial<ScopeRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="scope-fields">
      <legend>Scope (account × region)</legend>
      {rows.map((r, i) => (
        <div className="row-fields" key={i}>
          <TextField label={`Account ${i + 1}`} value={r.accountId} onChange={(v) => set(i, { accountId: v })} />
          <TextField label={`Region ${i + 1}`} value={r.region} onChange={(v) => set(i, { region: v })} />
          {rows.length > 1 && (
            <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              Remove scope {i + 1}
            </button>
          )}
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { accountId: '', region: '' }])}>
        Add an account × region
      </button>
    </fieldset>
  );
}

