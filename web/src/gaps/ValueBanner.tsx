import { Money } from '../components/Money';

/** The declared annual value at stake, cost saving and revenue driving apart. */
export function ValueBanner({
  costSavingAnnual,
  revenueDrivingAnnual,
}: {
  costSavingAnnual: string;
  revenueDrivingAnnual: string;
}) {
  return (
    <section className="panel value-banner" aria-labelledby="value-banner-title">
      <h2 id="value-banner-title">Declared AI value opportunity</h2>
      <dl>
        <AnnualFigure label="Cost Saving" amount={costSavingAnnual} />
        <AnnualFigure label="Revenue Driving" amount={revenueDrivingAnnual} />
      </dl>
      <p className="muted">Declared by requesters: intended annual value, not realised return.</p>
    </section>
  );
}

function AnnualFigure({ label, amount }: { label: string; amount: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <Money amount={amount} /> per year
      </dd>
    </div>
  );
}
