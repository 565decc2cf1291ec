import type { GapDetailFieldsFragment } from '../gql/graphql';
import { Timestamp } from '../components/Timestamp';

/** The gap's lifecycle, oldest first: every entry with its state, time, actor and rationale. */
export function GapTimeline({ history }: { history: GapDetailFieldsFragment['history'] }) {
  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Lifecycle</h2>
      {history.length === 0 ? (
        <p className="muted">No history yet.</p>
      ) : (
        <ol className="timeline" aria-label="Lifecycle">
          {history.map((h, i) => (
            <li key={i}>
              <div className="timeline-head">
                <span className={`state state-${h.state.toLowerCase()}`}>{h.state}</span> <Timestamp at={h.at} /> ·{' '}
                {h.kind}
                {h.action ? ` (${h.action})` : ''}
              </div>
              <div>
                by {h.actor.name ?? h.actor.subject}
                {h.actor.name ? <span className="muted"> ({h.actor.subject})</span> : null}
              </div>
              {h.rationale && <blockquote className="rationale">{h.rationale}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
