import type { GapDetailFieldsFragment } from '../gql/graphql';
import { Timestamp } from '../components/Timestamp';

/** Whom the gap's decisions told, how, whether it arrived, and why that recipient. */
export function GapNotifications({ notifications }: { notifications: GapDetailFieldsFragment['notifications'] }) {
  return (
    <section className="panel" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">Notifications</h2>
      {notifications.length === 0 ? (
        <p className="muted">No one has been notified about this gap.</p>
      ) : (
        <ul className="notifications">
          {notifications.map((n, i) => (
            <li key={i}>
              <Timestamp at={n.at} /> to <strong>{n.to}</strong> by {n.channel}, {n.status.toLowerCase()}
              {n.attempts > 1 && ` after ${n.attempts} attempts`}: {n.message}
              {n.rule && <div className="muted">Recipient: {n.rule}</div>}
              {n.reason && <div role="note">Last failure: {n.reason}</div>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
