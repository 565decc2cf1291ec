import { formatMoney, type MoneyOptions } from '../format/money';

/** An exact amount from a Decimal string, in tabular figures. */
export function Money({ amount, ...opts }: { amount: string } & MoneyOptions) {
  return <span className="money">{formatMoney(amount, opts)}</span>;
}
