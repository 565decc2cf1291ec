import { useId } from 'react';
import type { ValueCategory } from '../gql/graphql';

export interface BusinessCaseDraft {
  category: ValueCategory;
  annualValue: string;
  description: string;
}

export const emptyBusinessCase: BusinessCaseDraft = { category: 'COST_SAVING', annualValue: '', description: '' };

// An exact amount as the API's Decimal takes it: digits, an optional fraction.
const DECIMAL_AMOUNT = /^\d+(\.\d+)?$/;

/** Why a business case's annual value would be refused, or null. */
export function annualValueProblem(text: string): string | null {
  return DECIMAL_AMOUNT.test(text.trim())
    ? null
    : `Annual value: "${text.trim()}" is not an amount in dollars such as 120000 or 120000.50 ` +
        '(digits and an optional decimal point, no commas or currency sign).';
}

/** A business case as declared: what kind of value, how much a year, on what it rests. */
export function BusinessCaseFields({
  value,
  onChange,
}: {
  value: BusinessCaseDraft;
  onChange: (v: BusinessCaseDraft) => void;
}) {
  const id = useId();
  return (
    <fieldset>
      <legend>Business case</legend>
      <div className="field">
        <label htmlFor={`${id}-category`}>Value category</label>
        <select
          id={`${id}-category`}
          value={value.category}
          onChange={(e) => onChange({ ...value, category: e.target.value as ValueCategory })}
        >
          <option value="COST_SAVING">Cost saving</option>
          <option value="REVENUE_DRIVING">Revenue driving</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-value`}>Annual value (USD)</label>
        <input
          id={`${id}-value`}
          inputMode="decimal"
          required
          placeholder="120000.00"
          value={value.annualValue}
          onChange={(e) => onChange({ ...value, annualValue: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>Description (optional)</label>
        <textarea
          id={`${id}-description`}
          rows={2}
          value={value.description}
          onChange={(e) => onChange({ ...value, description: e.target.value })}
        />
      </div>
    </fieldset>
  );
}
