import { Money } from '../components/Money';
import type { AllocationRow } from './AllocationChart';

/** The exact figures behind the chart: before, after and the delta per budget. */
export function AllocationTable({ period, rows }: { period: string; rows: readonly AllocationRow[] }) {
  return (
    <table aria-label={`Budget allocation for ${period}`}>
      <thead>
        <tr>
          <th scope="col">Budget</th>
          <th scope="col" className="money">
            Before claims
          </th>
          <th scope="col" className="money">
            After claims
          </th>
          <th scope="col" className="money">
            Delta
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.budget}>
            <th scope="row">{r.budget}</th>
            <td className="money">
              <Money amount={r.before} />
            </td>
            <td className="money">
              <Money amount={r.after} />
            </td>
            <td className="money">
              <Money amount={r.delta} signed />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
