import { useClient, useMutation } from 'urql';
import { useCan } from '../auth/identity';
import { graphql } from '../gql';
import type { GapDetailFieldsFragment } from '../gql/graphql';
import { RationaleAction, type FreshRecord } from '../governance/DecisionForm';
import { GapDetailQuery } from './gapDetail';

const ResolveGap = graphql(`
  mutation ResolveGap($input: ResolveGapInput!) {
    resolveGap(input: $input) {
      gap {
        ...GapDetailFields
      }
    }
  }
`);

const RecallDecision = graphql(`
  mutation RecallDecision($input: RecallDecisionInput!) {
    recallDecision(input: $input) {
      gap {
        ...GapDetailFields
      }
    }
  }
`);

/** Resolve (an actioned gap) and Recall (the decision in force), for a FinOps Lead. */
export function GapDecisions({ gap }: { gap: GapDetailFieldsFragment }) {
  const mayDecide = useCan('actionGap');
  const client = useClient();
  const [, resolve] = useMutation(ResolveGap);
  const [, recall] = useMutation(RecallDecision);
  if (!mayDecide) return null;

  const reload = async (): Promise<FreshRecord | null> => {
    const r = await client.query(GapDetailQuery, { id: gap.id }, { requestPolicy: 'network-only' }).toPromise();
    const fresh = r.data?.gap;
    return fresh ? { revision: fresh.revision, summary: `state ${fresh.state}` } : null;
  };
  const canResolve = gap.state === 'ACTIONED';
  // A decision is in force once someone actioned the gap and it was not recalled since.
  const canRecall = (gap.state === 'ACTIONED' || gap.state === 'RESOLVED') && gap.history.some((h) => h.action);
  return (
    <section className="panel decisions" aria-labelledby="decide-heading">
      <h2 id="decide-heading">Decide</h2>
      {!canResolve && !canRecall && (
        <p className="muted">Resolve and Recall apply to a gap someone has actioned; this one is {gap.state}.</p>
      )}
      {canResolve && (
        <RationaleAction
          action="Resolve"
          revision={gap.revision}
          submit={({ rationale, expectedRevision }) => resolve({ input: { gapId: gap.id, rationale, expectedRevision } })}
          reload={reload}
        />
      )}
      {canRecall && (
        <RationaleAction
          action="Recall"
          revision={gap.revision}
          submit={({ rationale, expectedRevision }) => recall({ input: { gapId: gap.id, rationale, expectedRevision } })}
          reload={reload}
        />
      )}
    </section>
  );
}
