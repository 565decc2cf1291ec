import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { CategorySection } from './CategorySection';
import { fakeServer, operationName } from './fakeServer';
import { gapFixture } from './fixtures';

const first = gapFixture({ id: 'g1', anchor: 'Claude4.6Sonnet|444455556666|us-east-1', accounts: ['444455556666'], spend: '110.2' });
const second = gapFixture({ id: 'g2', anchor: 'Claude4.6Sonnet|777788889999|eu-west-1', spend: '32.376' });

describe('CategorySection', () => {
  it('pages its gaps from the server: "Show more" asks for the page after the last cursor', async () => {
    const server = fakeServer((op) => {
      if (operationName(op) !== 'CategoryGaps') return {};
      const after = (op.variables as { after: string | null }).after;
      const node = after === null ? first : second;
      return {
        data: {
          allocationGaps: {
            __typename: 'GapConnection',
            totalCount: 2,
            edges: [{ __typename: 'GapEdge', node }],
            pageInfo: { __typename: 'PageInfo', hasNextPage: after === null, endCursor: after === null ? 'c1' : 'c2' },
          },
        },
      };
    });
    render(
      <Provider value={server.client}>
        <MemoryRouter>
          <CategorySection
            figures={{ scenario: 'OUT_OF_APPROVED_SCOPE', active: 2, actioned: 0, openSpend: '142.576' }}
            filter={{ states: ['ACTIVE'], search: 'sonnet' }}
            orderBy={{ field: 'SPEND', direction: 'DESC' }}
            version={0}
            canAct={false}
          />
        </MemoryRouter>
      </Provider>,
    );
    expect(screen.getByRole('heading', { name: 'Outside approved scope' })).toBeInTheDocument();
    expect(screen.getByText(/open spend/)).toHaveTextContent('2 open gaps · $142.58 open spend');
    await screen.findByText('account 444455556666 · us-east-1');
    expect(screen.queryByText('account 777788889999 · eu-west-1')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Show more: Outside approved scope' }));
    await screen.findByText('account 777788889999 · eu-west-1');
    expect(screen.getByText('account 444455556666 · us-east-1')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Show more/ })).toBeNull());

    const asked = server.operations.filter((op) => operationName(op) === 'CategoryGaps').map((op) => op.variables);
    expect(asked).toEqual([
      {
        filter: { states: ['ACTIVE'], search: 'sonnet', scenarios: ['OUT_OF_APPROVED_SCOPE'] },
        orderBy: { field: 'SPEND', direction: 'DESC' },
        first: 10,
        after: null,
      },
      {
        filter: { states: ['ACTIVE'], search: 'sonnet', scenarios: ['OUT_OF_APPROVED_SCOPE'] },
        orderBy: { field: 'SPEND', direction: 'DESC' },
        first: 10,
        after: 'c1',
      },
    ]);
  });
});
