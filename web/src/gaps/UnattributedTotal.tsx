import { Money } from '../components/Money';
import { Timestamp } from '../components/Timestamp';

/** The spend no owner can be found for, each dollar once. */
export function UnattributedTotal({
  totalGapSpend,
  unanchoredSpend,
  windowStart,
  windowEnd,
}: {
  totalGapSpend: string;
  unanchoredSpend: string;
  windowStart?: string | null;
  windowEnd?: string | null;
}) {
  return (
    <section className="panel unattributed" aria-labelledby="unattributed-title">
      <h2 id="unattributed-title">
        Total unattributed spend: <Money amount={totalGapSpend} />
      </h2>
      <p className="muted">
        A dollar that lies in two gaps is counted once here, so the categories below add up to more.
        {windowStart && windowEnd && (
          <>
            {' '}
            Detection window: <Timestamp at={windowStart} /> to <Timestamp at={windowEnd} />.
          </>
        )}{' '}
        Spend in no gap and with no principal to anchor it (unanchored): <Money amount={unanchoredSpend} />.
      </p>
    </section>
  );
}
