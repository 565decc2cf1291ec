import { Timestamp } from '../components/Timestamp';
import type { FreshGap } from './ActionForm';
import { ACTIONABLE_STATES, STATE_LABELS } from './scenarios';

/** The gap as it is now, after a refused stale decision: state, revision, the last change and who made it. */
export function ChangedSince({ gap }: { gap: FreshGap }) {
  const last = gap.history[gap.history.length - 1];
  return (
    <div className="changed-since" role="status">
      <p>
        The gap is now <strong>{STATE_LABELS[gap.state]}</strong> (revision {gap.revision}).
        {!ACTIONABLE_STATES.includes(gap.state) && ' A decision can be taken only on an active or recalled gap.'}
      </p>
      {last && (
        <p>
          Last change: {last.kind}
          {last.action ? ` (${last.action})` : ''} by {last.actor.name ?? last.actor.subject} at <Timestamp at={last.at} />
          {last.rationale ? `: “${last.rationale}”` : ''}
        </p>
      )}
    </div>
  );
}
