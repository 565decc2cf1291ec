import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PagedList, ShowMore, type PageProps } from './PagedList';

// A server of 5 records paged 2 at a time: the cursor is the index of the last record sent.
const RECORDS = ['r0', 'r1', 'r2', 'r3', 'r4'];
function FakePage({ after, onShowMore }: PageProps) {
  const start = after === null ? 0 : Number(after) + 1;
  const items = RECORDS.slice(start, start + 2);
  const end = start + items.length - 1;
  return (
    <>
      {items.map((r) => (
        <p key={r}>{r}</p>
      ))}
      <ShowMore hasNextPage={end < RECORDS.length - 1} endCursor={String(end)} onShowMore={onShowMore} what="records" />
    </>
  );
}

describe('PagedList', () => {
  it('adds the next page under the last on "Show more", until the server has no more', async () => {
    const { rerender } = render(<PagedList generation={0} page={(p) => <FakePage {...p} />} />);
    const user = userEvent.setup();
    expect(screen.getAllByText(/^r\d$/).map((e) => e.textContent)).toEqual(['r0', 'r1']);
    await user.click(screen.getByRole('button', { name: 'Show more records' }));
    expect(screen.getAllByText(/^r\d$/).map((e) => e.textContent)).toEqual(['r0', 'r1', 'r2', 'r3']);
    expect(screen.getAllByRole('button', { name: 'Show more records' })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Show more records' }));
    expect(screen.getAllByText(/^r\d$/).map((e) => e.textContent)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    expect(screen.queryByRole('button', { name: 'Show more records' })).toBeNull();

    // A new generation (a record was added) starts again from the first page.
    rerender(<PagedList generation={1} page={(p) => <FakePage {...p} />} />);
    expect(screen.getAllByText(/^r\d$/).map((e) => e.textContent)).toEqual(['r0', 'r1']);
  });
});
