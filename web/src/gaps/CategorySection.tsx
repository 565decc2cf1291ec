import { useCallback, useState } from 'react';
import { Money } from '../components/Money';
import type { GapFilter, GapOrder, GapScenario } from '../gql/graphql';
import { GAP_TABLE_COLUMNS } from './GapRow';
import { GapRowsPage, type PageInfoSeen } from './GapRowsPage';
import { SCENARIOS } from './scenarios';

export interface ScenarioFigures {
  scenario: GapScenario;
  active: number;
  actioned: number;
  openSpend: string;
}

/** One of the six categories: what it means, its open gaps and spend, and its gaps page by page. */
export function CategorySection({
  figures,
  filter,
  orderBy,
  version,
  canAct,
}: {
  figures: ScenarioFigures;
  filter: GapFilter;
  orderBy: GapOrder;
  version: number;
  canAct: boolean;
}) {
  const text = SCENARIOS[figures.scenario];
  const titleId = `category-${figures.scenario}`;
  const open = figures.active + figures.actioned;
  return (
    <section className="panel category" aria-labelledby={titleId}>
      <header className="category-head">
        <h2 id={titleId}>{text.name}</h2>
        <p className="category-figures">
          <span>
            {open} open {open === 1 ? 'gap' : 'gaps'}
          </span>{' '}
          · <Money amount={figures.openSpend} /> open spend
        </p>
      </header>
      <dl className="category-text">
        <div>
          <dt>Cause</dt>
          <dd>{text.cause}</dd>
        </div>
        <div>
          <dt>Action</dt>
          <dd>{text.action}</dd>
        </div>
        <div>
          <dt>Detected when</dt>
          <dd>{text.detection}</dd>
        </div>
      </dl>
      {/* A new filter or order starts the list again from its first page. */}
      <CategoryGapList
        key={JSON.stringify([filter, orderBy])}
        name={text.name}
        filter={{ ...filter, scenarios: [figures.scenario] }}
        orderBy={orderBy}
        version={version}
        canAct={canAct}
      />
    </section>
  );
}

function CategoryGapList({
  name,
  filter,
  orderBy,
  version,
  canAct,
}: {
  name: string;
  filter: GapFilter;
  orderBy: GapOrder;
  version: number;
  canAct: boolean;
}) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [last, setLast] = useState<PageInfoSeen | null>(null);
  const lastIndex = cursors.length - 1;
  const onLastPage = useCallback((p: PageInfoSeen) => setLast(p), []);
  const ignore = useCallback(() => {}, []);
  return (
    <>
      <table aria-label={`Gaps: ${name}`}>
        <thead>
          <tr>
            {GAP_TABLE_COLUMNS.map((c) => (
              <th key={c} scope="col" className={c === 'Window spend' ? 'money' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        {cursors.map((after, i) => (
          <GapRowsPage
            key={after ?? 'first'}
            filter={filter}
            orderBy={orderBy}
            after={after}
            version={version}
            canAct={canAct}
            onPage={i === lastIndex ? onLastPage : ignore}
          />
        ))}
      </table>
      {last && last.totalCount === 0 && <p className="muted">No gaps here match the filters.</p>}
      {last?.hasNextPage && last.endCursor && (
        <button
          type="button"
          onClick={() => {
            setCursors([...cursors, last.endCursor!]);
            setLast(null);
          }}
        >
          Show more: {name}
        </button>
      )}
      {last && last.totalCount > 0 && (
        <p className="muted small">
          {last.totalCount} {last.totalCount === 1 ? 'gap matches' : 'gaps match'} the filters
        </p>
      )}
    </>
  );
}
