import { useState, type FormEvent } from 'react';
import { EVENT_TYPE_GROUPS } from './eventTypes';

export interface AuditFilter {
  stream: string;
  type: string;
}

/** Narrows the history to one stream and/or one event type; applied on submit, not per keystroke. */
export function AuditFilters({ value, onChange }: { value: AuditFilter; onChange(f: AuditFilter): void }) {
  const [stream, setStream] = useState(value.stream);
  const [type, setType] = useState(value.type);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ stream: stream.trim(), type });
  };
  const clear = () => {
    setStream('');
    setType('');
    onChange({ stream: '', type: '' });
  };
  return (
    <form className="audit-filters panel" role="search" aria-label="Filter the history" onSubmit={submit}>
      <label>
        Stream
        <input
          value={stream}
          onChange={(e) => setStream(e.target.value)}
          placeholder="e.g. gap-…, br-…, workload-…"
          spellCheck={false}
        />
      </label>
      <label>
        Type
        <select value={type} onChange={(e) => setType(e.target.value)}>
          <option value="">All types</option>
          {EVENT_TYPE_GROUPS.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.types.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <button type="submit" className="primary">
        Filter
      </button>
      <button type="button" onClick={clear}>
        Clear filters
      </button>
    </form>
  );
}
