import { Timestamp } from '../components/Timestamp';
import { personName } from './ownership';

/** A record's history: what happened, when, by whom, and why. */
export function History({ entries }: {
  entries: readonly { at: string; kind: string; rationale?: string | null; actor: { name?: string | null; subject: string } }[];
}) {
  return (
    <details>
      <summary>History ({entries.length})</summary>
      <ol className="timeline">
        {entries.map((h, i) => (
          <li key={i}>
            <div className="timeline-head">
              {h.kind} · <Timestamp at={h.at} /> · by {personName(h.actor)}
            </div>
            {h.rationale && <blockquote className="rationale">{h.rationale}</blockquote>}
          </li>
        ))}
      </ol>
    </details>
  );
}
