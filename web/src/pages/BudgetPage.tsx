import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { useResync } from '../api/live';
import { errorText } from '../api/errors';
import { useCan } from '../auth/identity';
import AllocationChart from '../budget/AllocationChart';
import { AllocationTable } from '../budget/AllocationTable';
import { periodsNewestFirst } from '../budget/periods';
import { graphql } from '../gql';
import '../governance/records.css';

// The billing periods come from the ingest runs; a hundred runs cover years of monthly deliveries.
const BudgetPeriods = graphql(`
  query BudgetPeriods {
    ingests(first: 100) {
      edges {
        node {
          id
          periods
        }
      }
    }
  }
`);

const BudgetAllocationQuery = graphql(`
  query BudgetAllocation($period: String!) {
    budgetAllocation(period: $period) {
      budget
      period
      before
      after
      delta
    }
  }
`);

/** The "noisy neighbour" view: each budget's spend before and after claims, for a billing period. */
export default function BudgetPage() {
  const mayRead = useCan('readMoney');
  if (!mayRead) return <p>Budget allocation is for the FinOps Lead, Finance and Audit.</p>;
  return <BudgetAllocation />;
}

function BudgetAllocation() {
  const [{ data, error }, refetch] = useQuery({ query: BudgetPeriods });
  useResync(() => refetch({ requestPolicy: 'network-only' }));
  const [chosen, setChosen] = useState<string | null>(null);
  const selectId = useId();
  if (error) return <p role="alert">The billing periods could not be loaded: {errorText(error)}</p>;
  if (!data) return <p className="loading">Loading…</p>;
  const periods = periodsNewestFirst(data.ingests.edges.map((e) => e.node));
  const period = chosen ?? periods[0];
  return (
    <>
      <h1>Budget allocation</h1>
      <Explanation />
      {periods.length === 0 ? (
        <p>No billing data has been ingested yet.</p>
      ) : (
        <>
          <div className="field period-picker">
            <label htmlFor={selectId}>Billing period</label>
            <select id={selectId} value={period} onChange={(e) => setChosen(e.target.value)}>
              {periods.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </div>
          <PeriodAllocation period={period} />
        </>
      )}
    </>
  );
}

function Explanation() {
  return (
    <div className="explain">
      <p>
        <strong>Before claims</strong>, an account's AI spend is split across the account's budgets by their shares
        (evenly when no shares are set); an account without budgets books it to <code>UNASSIGNED</code>. That even
        split is how one team's usage lands on its neighbours' budgets.
      </p>
      <p>
        <strong>After claims</strong>, spend a workload has claimed (its IAM role, workspace, guardrail or resource)
        moves 100% to that workload's budget. The delta is what claiming moved.
      </p>
    </div>
  );
}

function PeriodAllocation({ period }: { period: string }) {
  const [{ data, error }, refetch] = useQuery({ query: BudgetAllocationQuery, variables: { period } });
  useResync(() => refetch({ requestPolicy: 'network-only' }));
  if (error) return <p role="alert">The allocation for {period} could not be loaded: {errorText(error)}</p>;
  if (!data) return <p className="loading">Loading {period}…</p>;
  const rows = data.budgetAllocation;
  if (rows.length === 0) return <p>No AI spend is allocated to budgets in {period}.</p>;
  return (
    <>
      <AllocationChart rows={rows} />
      <AllocationTable period={period} rows={rows} />
    </>
  );
}
