import { useCallback, useEffect } from 'react';
import { useQuery } from 'urql';
import { errorText } from '../api/errors';
import { graphql } from '../gql';
import type { GapFilter, GapOrder } from '../gql/graphql';
import { GAP_TABLE_COLUMNS, GapRow } from './GapRow';
import { useRefetchOn } from './liveGaps';

export const GAPS_PAGE_SIZE = 10;

const CategoryGapsQuery = graphql(`
  query CategoryGaps($filter: GapFilter!, $orderBy: GapOrder, $first: Int!, $after: String) {
    allocationGaps(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...GapRowFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export interface PageInfoSeen {
  hasNextPage: boolean;
  endCursor?: string | null;
  totalCount: number;
}

/**
 * One page of a category's gaps, as the server pages them (first/after). It
 * refetches from the server whenever `version` moves (a live change in its
 * category, or a reconnect) and reports where it ends, for "Show more".
 */
export function GapRowsPage({
  filter,
  orderBy,
  after,
  version,
  canAct,
  onPage,
}: {
  filter: GapFilter;
  orderBy: GapOrder;
  after: string | null;
  version: number;
  canAct: boolean;
  onPage: (page: PageInfoSeen) => void;
}) {
  const [{ data, error }, reexecute] = useQuery({
    query: CategoryGapsQuery,
    variables: { filter, orderBy, first: GAPS_PAGE_SIZE, after },
  });
  useRefetchOn(
    version,
    useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]),
  );
  const conn = data?.allocationGaps;
  useEffect(() => {
    if (conn) onPage({ ...conn.pageInfo, totalCount: conn.totalCount });
  }, [conn, onPage]);
  if (error) {
    return (
      <tbody>
        <tr>
          <td colSpan={GAP_TABLE_COLUMNS.length} role="alert">
            The gaps could not be loaded: {errorText(error)}
          </td>
        </tr>
      </tbody>
    );
  }
  if (!conn) {
    return (
      <tbody>
        <tr>
          <td colSpan={GAP_TABLE_COLUMNS.length} className="loading">
            Loading gaps…
          </td>
        </tr>
      </tbody>
    );
  }
  return (
    <tbody>
      {conn.edges.map(({ node }) => (
        <GapRow key={node.id} gap={node} canAct={canAct} />
      ))}
    </tbody>
  );
}
