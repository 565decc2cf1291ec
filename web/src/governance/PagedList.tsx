import { useState, type ReactNode } from 'react';
import { useResync } from '../api/live';

export interface PageProps {
  /** The cursor this page starts after; null for the first page. */
  after: string | null;
  /** Given to the last page only: loads the page after endCursor. */
  onShowMore?: (endCursor: string) => void;
}

/**
 * A list paged by the server: one query per page (first/after), a "Show more"
 * button under the last. `generation` restarts it from the first page, after
 * a record was added or the live connection came back.
 */
export function PagedList({ generation, page }: { generation: number; page: (p: PageProps) => ReactNode }) {
  const [resyncs, setResyncs] = useState(0);
  useResync(() => setResyncs((n) => n + 1));
  return <Pages key={`${generation}/${resyncs}`} page={page} />;
}

function Pages({ page }: { page: (p: PageProps) => ReactNode }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <>
      {cursors.map((after, i) => (
        <div key={after ?? 'first'}>
          {page({
            after,
            onShowMore: i === cursors.length - 1 ? (end) => setCursors((c) => [...c, end]) : undefined,
          })}
        </div>
      ))}
    </>
  );
}

/** The "Show more" button of a page, when the server has more. */
export function ShowMore({ hasNextPage, endCursor, onShowMore, what }: {
  hasNextPage: boolean;
  endCursor?: string | null;
  onShowMore?: (endCursor: string) => void;
  what: string;
}) {
  if (!onShowMore || !hasNextPage || !endCursor) return null;
  return (
    <button type="button" onClick={() => onShowMore(endCursor)}>
      Show more {what}
    </button>
  );
}

export const PAGE_SIZE = 20;
