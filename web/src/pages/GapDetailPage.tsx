import { Link, useParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { useResync } from '../api/live';
import { errorText } from '../api/errors';
import { Money } from '../components/Money';
import { anchorText } from '../format/anchor';
import { graphql } from '../gql';
import { GapDecisions } from '../detail/GapDecisions';
import { GapEvidence } from '../detail/GapEvidence';
import { GapNotifications } from '../detail/GapNotifications';
import { GapTimeline } from '../detail/GapTimeline';
import { GapDetailQuery } from '../detail/gapDetail';
import '../governance/records.css';

// gapChanged has no id filter: every change arrives and graphcache updates
// the gap it belongs to, so this screen follows another Lead's decisions.
const GapDetailChanged = graphql(`
  subscription GapDetailChanged {
    gapChanged {
      kind
      gap {
        ...GapDetailFields
      }
    }
  }
`);

/** One gap: its evidence, value at stake, lifecycle and notifications, and the Lead's Resolve / Recall. */
export default function GapDetailPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, refetch] = useQuery({ query: GapDetailQuery, variables: { id } });
  useSubscription({ query: GapDetailChanged });
  useResync(() => refetch({ requestPolicy: 'network-only' }));

  if (error) return <p role="alert">The gap could not be loaded: {errorText(error)}</p>;
  if (!data && fetching) return <p className="loading">Loading the gap…</p>;
  const gap = data?.gap;
  if (!gap) return <p>There is no gap {id}.</p>;
  return (
    <article className="gap-detail">
      <p>
        <Link to="/">← Allocation Gaps</Link>
      </p>
      <h1>{anchorText(gap.anchor)}</h1>
      <dl className="facts">
        <div>
          <dt>Category</dt>
          <dd>{gap.scenario}</dd>
        </div>
        <div>
          <dt>State</dt>
          <dd>
            <span className={`state state-${gap.state.toLowerCase()}`}>{gap.state}</span> (revision {gap.revision})
          </dd>
        </div>
        <div>
          <dt>Window spend</dt>
          <dd>
            <Money amount={gap.spend} />
          </dd>
        </div>
        <div>
          <dt>Anchor</dt>
          <dd>
            <code>{gap.anchor}</code>
          </dd>
        </div>
        <div>
          <dt>Suggested actions</dt>
          <dd>{gap.suggestedAction.join(', ') || 'None'}</dd>
        </div>
      </dl>
      <section className="panel" aria-labelledby="value-heading">
        <h2 id="value-heading">Value at stake</h2>
        {gap.valueAtStake ? (
          <p>
            Cost saving <Money amount={gap.valueAtStake.costSavingAnnual} /> per year · Revenue driving{' '}
            <Money amount={gap.valueAtStake.revenueDrivingAnnual} /> per year{' '}
            <span className="muted">(declared by requesters: intended annual value, not realised return)</span>
          </p>
        ) : (
          <p className="muted">No business case is declared for what this gap's spend serves.</p>
        )}
      </section>
      <GapDecisions gap={gap} />
      <GapEvidence gap={gap} />
      <GapTimeline history={gap.history} />
      <GapNotifications notifications={gap.notifications} />
    </article>
  );
}
