import { useQuery } from 'urql';
import { graphql } from '../gql';
import { errorText } from '../api/errors';
import { EventEntry } from './EventEntry';
import type { AuditFilter } from './AuditFilters';
import { EVENTS_PER_PAGE } from './paging';

const AuditEventsQuery = graphql(`
  query AuditEvents($stream: String, $types: [String!], $after: String, $first: Int) {
    events(stream: $stream, types: $types, after: $after, first: $first) {
      edges {
        cursor
        node {
          position
          stream
          type
          recordedAt
          data
          metadata
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * One page of the history after `after`. The last page loaded offers "Show
 * more", which asks the parent to add the page after it.
 */
export function EventLogPage({
  filter,
  after,
  isLast,
  onMore,
}: {
  filter: AuditFilter;
  after: string | null;
  isLast: boolean;
  onMore(cursor: string): void;
}) {
  const [{ data, error, fetching }] = useQuery({
    query: AuditEventsQuery,
    variables: {
      stream: filter.stream || null,
      types: filter.type ? [filter.type] : null,
      after,
      first: EVENTS_PER_PAGE,
    },
  });
  if (error) return <p role="alert">Could not load the history: {errorText(error)}</p>;
  if (!data) return <p className="loading">{fetching ? 'Loading events…' : ''}</p>;
  const { edges, pageInfo } = data.events;
  return (
    <>
      {edges.length === 0 && after === null && <p>No events match these filters.</p>}
      {edges.map((e) => (
        <EventEntry key={e.node.position} event={e.node} />
      ))}
      {isLast && pageInfo.hasNextPage && pageInfo.endCursor && (
        <button type="button" onClick={() => onMore(pageInfo.endCursor!)}>
          Show more
        </button>
      )}
    </>
  );
}
