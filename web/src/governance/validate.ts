// Checks on what people type before it is sent. Amounts and shares stay
// strings: they are compared exactly, by scaled integers, never as floats.

const DECIMAL = /^\d+(\.\d+)?$/;

/** A non-negative decimal as the API's Decimal scalar accepts it ("1200", "99.5"). */
export function isDecimal(text: string): boolean {
  return DECIMAL.test(text.trim());
}

function scaled(text: string, places: number): bigint {
  const [int, frac = ''] = text.trim().split('.');
  return BigInt(int + frac.padEnd(places, '0'));
}

/** The exact sum of decimal strings, as a decimal string without trailing zeros. */
export function sumDecimals(values: readonly string[]): string {
  const places = Math.max(0, ...values.map((v) => (v.trim().split('.')[1] ?? '').length));
  const total = values.reduce((acc, v) => acc + scaled(v, places), 0n);
  if (places === 0) return total.toString();
  const digits = total.toString().padStart(places + 1, '0');
  const int = digits.slice(0, -places);
  const frac = digits.slice(-places).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

export interface BudgetShareRow {
  budget: string;
  share: string;
}

/**
 * Why these budget shares would be refused, or null: every budget named once;
 * shares given for all of them (summing to exactly 100) or for none (an even split).
 */
export function budgetSharesProblem(rows: readonly BudgetShareRow[]): string | null {
  const seen = new Set<string>();
  for (const [i, r] of rows.entries()) {
    const name = r.budget.trim();
    if (!name) return `Budget ${i + 1}: give the budget's name.`;
    if (seen.has(name)) return `Budget ${i + 1}: "${name}" is listed twice.`;
    seen.add(name);
    const share = r.share.trim();
    if (share && (!isDecimal(share) || sumDecimals([share]) === '0' || compareTo100(share) > 0)) {
      return `Budget ${i + 1} share: "${share}" is not a percentage above 0 and at most 100.`;
    }
  }
  const given = rows.filter((r) => r.share.trim() !== '');
  if (given.length > 0 && given.length !== rows.length) {
    return 'Shares: give a share for every budget, or for none (an even split).';
  }
  if (given.length > 0) {
    const sum = sumDecimals(given.map((r) => r.share));
    if (compareTo100(sum) !== 0) return `Shares: they sum to ${sum}, not 100.`;
  }
  return null;
}

function compareTo100(value: string): number {
  const places = (value.split('.')[1] ?? '').length;
  const v = scaled(value, places);
  const hundred = scaled('100', places);
  return v === hundred ? 0 : v < hundred ? -1 : 1;
}

const ACCOUNT_ID = /^\d{12}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export interface ScopeRow {
  accountId: string;
  region: string;
}

/** Why this account × region scope would be refused, or null. */
export function scopeProblem(rows: readonly ScopeRow[]): string | null {
  if (rows.length === 0) return 'Scope: give at least one account × region.';
  for (const [i, r] of rows.entries()) {
    if (!ACCOUNT_ID.test(r.accountId.trim())) {
      return `Scope ${i + 1} account: "${r.accountId.trim()}" is not a 12-digit AWS account id.`;
    }
    if (!REGION.test(r.region.trim())) return `Scope ${i + 1} region: "${r.region.trim()}" is not an AWS region (e.g. us-east-1).`;
  }
  return null;
}

export function isAccountId(text: string): boolean {
  return ACCOUNT_ID.test(text.trim());
}

