import '../audit/audit.css';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCan } from '../auth/identity';
import { AuditFilters, type AuditFilter } from '../audit/AuditFilters';
import { EventLogPage } from '../audit/EventLogPage';

/**
 * The event history for Audit and Finance: every recorded decision and fact,
 * oldest first, filtered by stream and type (kept in the address so a filtered
 * view can be shared). Read-only.
 */
export default function AuditPage() {
  const mayRead = useCan('readEvents');
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = { stream: params.get('stream') ?? '', type: params.get('type') ?? '' };
  // Cursors of the pages after the first, in order; a new filter starts over.
  const [more, setMore] = useState<{ key: string; cursors: string[] }>({ key: '', cursors: [] });
  const key = `${filter.stream}\n${filter.type}`;
  const cursors = more.key === key ? more.cursors : [];

  if (!mayRead) {
    return (
      <>
        <h1>Audit</h1>
        <p role="alert">The event history is for the Auditor and Finance roles.</p>
      </>
    );
  }
  const applyFilter = (f: AuditFilter) => {
    const next = new URLSearchParams();
    if (f.stream) next.set('stream', f.stream);
    if (f.type) next.set('type', f.type);
    setParams(next);
  };
  const pages = [null, ...cursors];
  return (
    <>
      <h1>Audit</h1>
      <p className="muted">
        Every event the system recorded, oldest first: who did it, why, and what it recorded. Read-only.
      </p>
      <AuditFilters key={key} value={filter} onChange={applyFilter} />
      <section aria-label="Event history" className="event-log">
        {pages.map((after, i) => (
          <EventLogPage
            key={after ?? 'first'}
            filter={filter}
            after={after}
            isLast={i === pages.length - 1}
            onMore={(c) => setMore({ key, cursors: [...cursors, c] })}
          />
        ))}
      </section>
    </>
  );
}
