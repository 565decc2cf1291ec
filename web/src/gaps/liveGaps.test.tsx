import { act, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GapRowFieldsFragment } from '../gql/graphql';
import { fakeServer, operationName } from './fakeServer';
import { gapFixture } from './fixtures';
import { GapRowsPage } from './GapRowsPage';
import { createRefreshBatcher, useLiveGaps } from './liveGaps';

const connection = (gaps: GapRowFieldsFragment[]) => ({
  data: {
    allocationGaps: {
      __typename: 'GapConnection',
      totalCount: gaps.length,
      edges: gaps.map((node) => ({ __typename: 'GapEdge', node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});

const change = (gap: GapRowFieldsFragment) => ({
  gapChanged: { __typename: 'GapChange', kind: 'GapActioned', at: '2026-12-04T10:00:00Z', gap },
});

/** The out-of-scope category's first page, fed by the live feed as the home view feeds it. */
function OutOfScopeList() {
  const versions = useLiveGaps(300);
  return (
    <table>
      <GapRowsPage
        filter={{ scenarios: ['OUT_OF_APPROVED_SCOPE'] }}
        orderBy={{ field: 'SPEND' }}
        after={null}
        version={versions.categories.OUT_OF_APPROVED_SCOPE}
        canAct
        onPage={() => {}}
      />
    </table>
  );
}

describe('live gaps', () => {
  it('rewrites a changed gap in place, then refetches its category from the server', async () => {
    const gap = gapFixture();
    let listed = [gap];
    const server = fakeServer((op) => (operationName(op) === 'CategoryGaps' ? connection(listed) : {}));
    const listFetches = () => server.operations.filter((op) => operationName(op) === 'CategoryGaps');
    render(
      <Provider value={server.client}>
        <MemoryRouter>
          <OutOfScopeList />
        </MemoryRouter>
      </Provider>,
    );
    const row = (await screen.findByRole('link', { name: 'Claude4.6Sonnet' })).closest('tr')!;
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Add scope' })).toBeInTheDocument();
    expect(listFetches()).toHaveLength(1);

    // Another Lead actions it: the subscription carries the gap as it is now.
    const actioned = { ...gap, state: 'ACTIONED' as const, revision: 2 };
    listed = [actioned];
    act(() => server.push(change(actioned)));
    await waitFor(() => expect(within(row).getByText('Actioned')).toBeInTheDocument());
    expect(within(row).queryByRole('button', { name: 'Add scope' })).toBeNull();
    expect(listFetches()).toHaveLength(1);

    // The burst settles: the category is read again, bypassing the cache.
    await waitFor(() => expect(listFetches()).toHaveLength(2));
    expect(listFetches()[1].context.requestPolicy).toBe('network-only');
  });

  it('leaves other categories alone', async () => {
    const server = fakeServer((op) => (operationName(op) === 'CategoryGaps' ? connection([gapFixture()]) : {}));
    render(
      <Provider value={server.client}>
        <MemoryRouter>
          <OutOfScopeList />
        </MemoryRouter>
      </Provider>,
    );
    await screen.findByRole('link', { name: 'Claude4.6Sonnet' });
    const elsewhere = gapFixture({ id: 'gap-2', scenario: 'RESOURCE_ALLOCATION', anchor: 'arn:aws:bedrock:us-east-1:111122223333:guardrail/gr-1' });
    act(() => server.push(change(elsewhere)));
    await new Promise((r) => setTimeout(r, 400));
    expect(server.operations.filter((op) => operationName(op) === 'CategoryGaps')).toHaveLength(1);
  });
});

describe('createRefreshBatcher', () => {
  afterEach(() => vi.useRealTimers());

  it('flushes a burst once, with every scenario it touched', () => {
    vi.useFakeTimers();
    const flush = vi.fn();
    const batcher = createRefreshBatcher(flush, 100);
    batcher.touch('OUT_OF_APPROVED_SCOPE');
    vi.advanceTimersByTime(60);
    batcher.touch('RESOURCE_ALLOCATION');
    batcher.touch('OUT_OF_APPROVED_SCOPE');
    vi.advanceTimersByTime(99);
    expect(flush).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(flush).toHaveBeenCalledTimes(1);
    expect([...flush.mock.calls[0][0]]).toEqual(['OUT_OF_APPROVED_SCOPE', 'RESOURCE_ALLOCATION']);
    batcher.touch('ROLE_RECOMMENDATION');
    vi.advanceTimersByTime(100);
    expect([...flush.mock.calls[1][0]]).toEqual(['ROLE_RECOMMENDATION']);
  });
});
