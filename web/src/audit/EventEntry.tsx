import { Link } from 'react-router';
import { Timestamp } from '../components/Timestamp';
import { eventContext, prettyPayload, recordLink } from './eventPayload';

export interface LoggedEvent {
  position: string;
  stream: string;
  type: string;
  recordedAt: string;
  data: unknown;
  metadata: unknown;
}

// Big payloads (spend chunks) start folded so the history stays scannable.
const FOLD_LINES = 24;

/** One recorded event: when, who, why, what, where, and its data as readable JSON. */
export function EventEntry({ event }: { event: LoggedEvent }) {
  const { actor, rationale } = eventContext(event.metadata);
  const data = prettyPayload(event.data);
  const link = recordLink(event.stream);
  const headingId = `event-${event.position}`;
  return (
    <article className="event panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="event-type">
        {event.type}
      </h2>
      <dl className="event-facts">
        <dt>Time</dt>
        <dd>
          <Timestamp at={event.recordedAt} />
        </dd>
        <dt>Actor</dt>
        <dd>{actor ? (actor.name ? `${actor.name} (${actor.subject})` : actor.subject) : <span className="muted">none recorded</span>}</dd>
        <dt>Rationale</dt>
        <dd>{rationale ?? <span className="muted">none recorded</span>}</dd>
        <dt>Stream</dt>
        <dd>
          <code>{event.stream}</code>
          {link && (
            <>
              {' '}
              <Link to={link.to}>{link.label}</Link>
            </>
          )}
        </dd>
      </dl>
      <details open={data.split('\n').length <= FOLD_LINES}>
        <summary>Data</summary>
        <pre className="event-data" tabIndex={0} aria-label={`Data of ${event.type}`}>
          {data}
        </pre>
      </details>
    </article>
  );
}
