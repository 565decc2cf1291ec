import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSubscription } from 'urql';
import { useResync } from '../api/live';
import { graphql } from '../gql';
import type {
  GapChangedSubscription as GapChangedSubscriptionResult,
  GapScenario,
  ValueOpportunityChangedSubscription,
} from '../gql/graphql';
import { SCENARIO_ORDER } from './scenarios';

const GapChangedSubscription = graphql(`
  subscription GapChanged {
    gapChanged {
      kind
      at
      gap {
        ...GapRowFields
      }
    }
  }
`);

const ValueOpportunityChangedDocument = graphql(`
  subscription ValueOpportunityChanged {
    valueOpportunityChanged {
      costSavingAnnual
      revenueDrivingAnnual
    }
  }
`);

/**
 * Counters the views watch: each bump asks them to refetch from the server.
 * `summary` covers the banner and the category totals; `categories` each list.
 */
export interface LiveVersions {
  summary: number;
  categories: Record<GapScenario, number>;
}

const initialVersions = (): LiveVersions => ({
  summary: 0,
  categories: Object.fromEntries(SCENARIO_ORDER.map((s) => [s, 0])) as Record<GapScenario, number>,
});

/** Bumps the versions of the given scenarios, and the summary's. */
export function bumpVersions(v: LiveVersions, scenarios: Iterable<GapScenario>): LiveVersions {
  const categories = { ...v.categories };
  for (const s of scenarios) categories[s] += 1;
  return { summary: v.summary + 1, categories };
}

/**
 * Collects the scenarios touched by a burst of changes and flushes them once
 * the burst has been quiet for delayMs: the detector resolves many gaps in one
 * pass, and one refetch per category serves them all.
 */
export function createRefreshBatcher(flush: (scenarios: Set<GapScenario>) => void, delayMs: number) {
  let pending = new Set<GapScenario>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    touch(scenario: GapScenario) {
      pending.add(scenario);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const batch = pending;
        pending = new Set();
        flush(batch);
      }, delayMs);
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}

/**
 * The home view's live feed. The changed gap itself is rewritten in place by
 * the normalised cache (it is keyed by id); what it changes around it (the
 * totals, which rows a category holds, their order) is refetched, batched.
 * After a reconnect every list and total is refetched: changes made while the
 * socket was down reached no subscription.
 */
export function useLiveGaps(delayMs = 250): LiveVersions {
  const [versions, setVersions] = useState(initialVersions);
  const batcher = useMemo(
    () => createRefreshBatcher((batch) => setVersions((v) => bumpVersions(v, batch)), delayMs),
    [delayMs],
  );
  useEffect(() => () => batcher.dispose(), [batcher]);
  const onGapChanged = useCallback(
    (_: unknown, data: GapChangedSubscriptionResult) => {
      batcher.touch(data.gapChanged.gap.scenario);
      return data;
    },
    [batcher],
  );
  useSubscription({ query: GapChangedSubscription }, onGapChanged);
  // The banner's figures are few: refetching them is simpler than merging.
  const onValueChanged = useCallback(
    (_: unknown, data: ValueOpportunityChangedSubscription) => {
      setVersions((v) => bumpVersions(v, []));
      return data;
    },
    [],
  );
  useSubscription({ query: ValueOpportunityChangedDocument }, onValueChanged);
  useResync(() => setVersions((v) => bumpVersions(v, SCENARIO_ORDER)));
  return versions;
}

/** Calls refetch each time version moves on from the value it had at mount. */
export function useRefetchOn(version: number, refetch: () => void): void {
  const last = useRef(version);
  useEffect(() => {
    if (last.current === version) return;
    last.current = version;
    refetch();
  }, [version, refetch]);
}
