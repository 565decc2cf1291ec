import { useId } from 'react';

/**
 * The required "Rationale" of every decision: it goes into the audit trail
 * with the decider's identity and the time.
 */
export function RationaleField({
  value,
  onChange,
  required = true,
}: {
  value: string;
  onChange: (v: string) => void;
  required?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Rationale{required ? '' : ' (optional)'}</label>
      <textarea
        id={id}
        value={value}
        required={required}
        rows={2}
        maxLength={2000}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
