// Money arrives as exact Decimal strings ("1234.5600", "-0.5"); it is shown
// by string arithmetic only, so no amount ever passes through a float.

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

export interface MoneyOptions {
  currency?: string; // ISO 4217; only its symbol placement matters here
  /** Show the sign of positive amounts too ("+$1.00"), for deltas. */
  signed?: boolean;
}

/** Rounds a non-negative digit string "int.frac" half-up to cents. */
function toCents(intPart: string, frac: string): { int: string; cents: string } {
  const padded = (frac + '000').slice(0, 3);
  let cents = padded.slice(0, 2);
  let int = intPart;
  if (Number(padded[2]) >= 5) {
    // Carry the rounding through the cents and the integer digits, as strings.
    const digits = (int + cents).split('');
    let i = digits.length - 1;
    while (i >= 0) {
      if (digits[i] === '9') {
        digits[i] = '0';
        i--;
        continue;
      }
      digits[i] = String(Number(digits[i]) + 1);
      break;
    }
    const joined = (i < 0 ? '1' : '') + digits.join('');
    int = joined.slice(0, -2);
    cents = joined.slice(-2);
  }
  return { int: int.replace(/^0+(?=\d)/, ''), cents };
}

function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

/** formatMoney("1234567.005") === "$1,234,567.01"; throws on a non-decimal. */
export function formatMoney(amount: string, opts: MoneyOptions = {}): string {
  const m = DECIMAL.exec(amount.trim());
  if (!m) throw new Error(`not a decimal amount: ${JSON.stringify(amount)}`);
  const [, sign, intPart, frac = ''] = m;
  const { int, cents } = toCents(intPart, frac);
  const isZero = /^0*$/.test(int + cents);
  const currency = opts.currency ?? 'USD';
  const symbol = SYMBOLS[currency];
  const body = `${groupThousands(int)}.${cents}`;
  const withSymbol = symbol ? `${symbol}${body}` : `${body} ${currency}`;
  if (isZero) return withSymbol;
  if (sign === '-') return `−${withSymbol}`;
  return opts.signed ? `+${withSymbol}` : withSymbol;
}

/** Compares two Decimal strings exactly: negative, zero or positive. */
export function compareDecimal(a: string, b: string): number {
  const pa = parse(a);
  const pb = parse(b);
  if (pa.neg !== pb.neg) return pa.neg ? -1 : 1;
  const mag = compareMagnitude(pa, pb);
  return pa.neg ? -mag : mag;
}

function parse(s: string) {
  const m = DECIMAL.exec(s.trim());
  if (!m) throw new Error(`not a decimal amount: ${JSON.stringify(s)}`);
  const int = m[2].replace(/^0+(?=\d)/, '');
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const zero = /^0*$/.test(int + frac);
  return { neg: m[1] === '-' && !zero, int, frac };
}

function compareMagnitude(a: { int: string; frac: string }, b: { int: string; frac: string }): number {
  if (a.int.length !== b.int.length) return a.int.length - b.int.length;
  if (a.int !== b.int) return a.int < b.int ? -1 : 1;
  const n = Math.max(a.frac.length, b.frac.length);
  const fa = a.frac.padEnd(n, '0');
  const fb = b.frac.padEnd(n, '0');
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}
