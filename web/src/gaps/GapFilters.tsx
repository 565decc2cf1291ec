import { useId } from 'react';
import type { GapOrderField, GapScenario, GapState, OrderDirection } from '../gql/graphql';
import { SCENARIO_ORDER, SCENARIOS, STATE_LABELS } from './scenarios';

export interface GapListControls {
  scenario: GapScenario | '';
  state: GapState | '';
  account: string;
  model: string;
  search: string;
  sort: SortChoice;
}

const SORTS = {
  'spend-desc': { label: 'Spend, largest first', field: 'SPEND', direction: 'DESC' },
  'spend-asc': { label: 'Spend, smallest first', field: 'SPEND', direction: 'ASC' },
  'last-seen-desc': { label: 'Last seen, latest first', field: 'LAST_SEEN', direction: 'DESC' },
} as const satisfies Record<string, { label: string; field: GapOrderField; direction: OrderDirection }>;

export type SortChoice = keyof typeof SORTS;

export const DEFAULT_CONTROLS: GapListControls = { scenario: '', state: '', account: '', model: '', search: '', sort: 'spend-desc' };

export const orderFor = (s: SortChoice) => ({ field: SORTS[s].field, direction: SORTS[s].direction });

/** Sort, filters and search over the gap lists; every change applies at once. */
export function GapFilters({ value, onChange }: { value: GapListControls; onChange: (v: GapListControls) => void }) {
  const id = useId();
  const set = <K extends keyof GapListControls>(k: K, v: GapListControls[K]) => onChange({ ...value, [k]: v });
  return (
    <form className="panel gap-filters" role="search" aria-label="Gaps" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-search`}>Search gaps</label>
        <input
          id={`${id}-search`}
          type="search"
          placeholder="role, model, guardrail…"
          value={value.search}
          onChange={(e) => set('search', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-sort`}>Sort by</label>
        <select id={`${id}-sort`} value={value.sort} onChange={(e) => set('sort', e.target.value as SortChoice)}>
          {Object.entries(SORTS).map(([k, s]) => (
            <option key={k} value={k}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-scenario`}>Category</label>
        <select
          id={`${id}-scenario`}
          value={value.scenario}
          onChange={(e) => set('scenario', e.target.value as GapScenario | '')}
        >
          <option value="">All six categories</option>
          {SCENARIO_ORDER.map((s) => (
            <option key={s} value={s}>
              {SCENARIOS[s].name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-state`}>State</label>
        <select id={`${id}-state`} value={value.state} onChange={(e) => set('state', e.target.value as GapState | '')}>
          <option value="">All states</option>
          {Object.entries(STATE_LABELS).map(([s, label]) => (
            <option key={s} value={s}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-account`}>Account</label>
        <input
          id={`${id}-account`}
          inputMode="numeric"
          placeholder="123456789012"
          value={value.account}
          onChange={(e) => set('account', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-model`}>Model</label>
        <input id={`${id}-model`} placeholder="exact model name" value={value.model} onChange={(e) => set('model', e.target.value)} />
      </div>
      {JSON.stringify(value) !== JSON.stringify(DEFAULT_CONTROLS) && (
        <button type="button" onClick={() => onChange(DEFAULT_CONTROLS)}>
          Clear filters
        </button>
      )}
    </form>
  );
}
