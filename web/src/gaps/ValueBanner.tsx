import { Money } from '../components/Money';

/** The declared annual value at stake, cost saving and revenue driving apart. */
export function ValueBanner({ costSavingAnnual, revenueDrivingAnnual }: { costSavingAnnual: string; revenueDrivingAnnual: string }) {
  return (
    <section className="panel value-banner" aria-labelledby="value-banner-title">
      <h2 id="value-banner-title">Declared AI value opportunity</h2>
      <dl>
        <div>
          <dt>Cost Saving</dt>
          <dd>
            <Money amount={costSavingAnnual} /> per year
          </dd>
        </div>
        <div>
          <dt>Revenue Driving</dt>
          <dd>
            <Money amount={revenueDrivingAnnual} /> per year
          </dd>
        </div>
      </dl>
      <p className="muted">Declared by requesters: intended annual value, not realised return.</p>
    </section>
  );
}
