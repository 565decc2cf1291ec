import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { errorText } from '../api/errors';
import { useCan } from '../auth/identity';
import { CategorySection } from '../gaps/CategorySection';
import { DEFAULT_CONTROLS, GapFilters, orderFor, type GapListControls } from '../gaps/GapFilters';
import { useLiveGaps, useRefetchOn } from '../gaps/liveGaps';
import { SCENARIO_ORDER } from '../gaps/scenarios';
import { UnattributedTotal } from '../gaps/UnattributedTotal';
import { ValueBanner } from '../gaps/ValueBanner';
import { graphql } from '../gql';
import '../gaps/gaps.css';
import type { GapFilter } from '../gql/graphql';

const GapsOverviewQuery = graphql(`
  query GapsOverview {
    valueOpportunity {
      costSavingAnnual
      revenueDrivingAnnual
    }
    gapSummary {
      windowStart
      windowEnd
      totalGapSpend
      unanchoredSpend
      scenarios {
        scenario
        active
        actioned
        openSpend
      }
    }
  }
`);

/** The controls as the API's filter (the category adds its scenario). */
function toGapFilter(c: GapListControls): GapFilter {
  const f: GapFilter = {};
  if (c.state) f.states = [c.state];
  if (c.account.trim()) f.accountIds = [c.account.trim()];
  if (c.model.trim()) f.models = [c.model.trim()];
  if (c.search.trim()) f.search = c.search.trim();
  return f;
}

/** Typing settles before it queries the server. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

/** The home view: the value at stake, the unattributed total, and the six gap categories, live. */
export function GapsPage() {
  const canAct = useCan('actionGap');
  const versions = useLiveGaps();
  const [controls, setControls] = useState<GapListControls>(DEFAULT_CONTROLS);
  const applied = useSettled(controls, 300);
  const filter = useMemo(() => toGapFilter(applied), [applied]);
  const orderBy = useMemo(() => orderFor(applied.sort), [applied.sort]);
  const [{ data, error }, reexecute] = useQuery({ query: GapsOverviewQuery });
  useRefetchOn(
    versions.summary,
    useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]),
  );
  const shown = applied.scenario ? [applied.scenario] : SCENARIO_ORDER;
  return (
    <main className="gaps-page">
      <h1>Allocation Gaps</h1>
      {error && <p role="alert">The overview could not be loaded: {errorText(error)}</p>}
      {data && <ValueBanner {...data.valueOpportunity} />}
      {data && <UnattributedTotal {...data.gapSummary} />}
      <GapFilters value={controls} onChange={setControls} />
      {data &&
        shown.map((scenario) => {
          const figures = data.gapSummary.scenarios.find((s) => s.scenario === scenario) ?? {
            scenario,
            active: 0,
            actioned: 0,
            openSpend: '0',
          };
          return (
            <CategorySection
              key={scenario}
              figures={figures}
              filter={filter}
              orderBy={orderBy}
              version={versions.categories[scenario]}
              canAct={canAct}
            />
          );
        })}
    </main>
  );
}
