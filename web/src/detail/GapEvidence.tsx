import type { GapDetailFieldsFragment } from '../gql/graphql';
import { Money } from '../components/Money';
import { Timestamp } from '../components/Timestamp';

/** A titled list of evidence values, or a word that there are none. */
function EvidenceList({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <div className="evidence-list">
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="muted">None recorded</p>
      ) : (
        <ul aria-label={title}>
          {items.map((i) => (
            <li key={i}>
              <code>{i}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Why the gap exists: who and what spent, where, and how much per billing period. */
export function GapEvidence({ gap }: { gap: GapDetailFieldsFragment }) {
  return (
    <section className="panel" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence</h2>
      <p>
        Seen from {gap.firstSeen ? <Timestamp at={gap.firstSeen} /> : 'unknown'} to{' '}
        {gap.lastSeen ? <Timestamp at={gap.lastSeen} /> : 'unknown'}.
      </p>
      <div className="evidence-grid">
        <EvidenceList title="Principals" items={gap.principals} />
        <EvidenceList title="Resource IDs" items={gap.resourceIds} />
        <EvidenceList title="Tags" items={gap.tags} />
        <EvidenceList title="Accounts" items={gap.accounts} />
        <EvidenceList title="Regions" items={gap.regions} />
        <EvidenceList title="Models" items={gap.models} />
      </div>
      <h3 id="spend-by-period">Spend by billing period</h3>
      <table aria-labelledby="spend-by-period">
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col" className="money">
              Spend
            </th>
          </tr>
        </thead>
        <tbody>
          {gap.spendByPeriod.map((p) => (
            <tr key={p.period}>
              <td>{p.period}</td>
              <td className="money">
                <Money amount={p.spend} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
