import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../format/money';

export interface AllocationRow {
  budget: string;
  before: string;
  after: string;
  delta: string;
}

// Bar lengths are the only place an amount becomes a float: a pixel length
// needs no cents. Every figure a person reads is formatted from the string.
const barLength = (amount: string) => Number(amount);

/** Each budget's spend before and after claims, as bars labelled with the exact amounts. */
export default function AllocationChart({ rows }: { rows: readonly AllocationRow[] }) {
  const data = rows.map((r) => ({
    budget: r.budget,
    beforeLength: barLength(r.before),
    afterLength: barLength(r.after),
    beforeLabel: formatMoney(r.before),
    afterLabel: formatMoney(r.after),
  }));
  return (
    <figure className="chart" aria-label="Spend per budget before and after claims (chart; the table below has the figures)">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 24, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="budget" />
          <YAxis tick={false} width={8} />
          <Legend />
          <Bar dataKey="beforeLength" name="Before claims" fill="#94a3b8" isAnimationActive={false}>
            <LabelList dataKey="beforeLabel" position="top" fontSize={11} fill="#1a1f2b" />
          </Bar>
          <Bar dataKey="afterLength" name="After claims" fill="#1d4ed8" isAnimationActive={false}>
            <LabelList dataKey="afterLabel" position="top" fontSize={11} fill="#1a1f2b" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
