import { useState, useId } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorText } from '../api/errors';
import { useCan, useIdentity } from '../auth/identity';
import { Money } from '../components/Money';
import { Timestamp } from '../components/Timestamp';
import { anchorText } from '../format/anchor';
import { graphql } from '../gql';
import type { AnchorType, WorkloadFieldsFragment } from '../gql/graphql';
import { BusinessCaseForm, BusinessCaseSummary } from './BusinessCaseForm';
import { DecisionForm, OpenableAction } from './DecisionForm';
import { TextField } from './fields';
import { isProductOwner, personName } from './ownership';
import { PAGE_SIZE, PagedList, ShowMore, type PageProps } from './PagedList';
import { isDecimal } from './validate';

// Exported because only codegen reads it: the operations below spread it by name.
export const WorkloadFields = graphql(`
  fragment WorkloadFields on Workload {
    id
    revision
    name
    productOwner
    budget
    monthlyEstimate
    businessRequestId
    businessCase {
      category
      annualValue
      description
    }
    claims {
      id
      anchorType
      anchor
      claimedBy {
        subject
        name
      }
      claimedAt
      effectiveFrom
      releasedFrom
    }
  }
`);

const WorkloadsPage = graphql(`
  query WorkloadsPage($first: Int!, $after: String) {
    workloads(first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...WorkloadFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const RegisterWorkload = graphql(`
  mutation RegisterWorkload($input: RegisterWorkloadInput!) {
    registerWorkload(input: $input) {
      workload {
        ...WorkloadFields
      }
    }
  }
`);

const ClaimResource = graphql(`
  mutation ClaimResource($input: ClaimResourceInput!) {
    claimResource(input: $input) {
      workload {
        ...WorkloadFields
      }
    }
  }
`);

const ReleaseClaim = graphql(`
  mutation ReleaseClaim($input: ReleaseClaimInput!) {
    releaseClaim(input: $input) {
      workload {
        ...WorkloadFields
      }
    }
  }
`);

const ANCHOR_TYPES: { value: AnchorType; label: string }[] = [
  { value: 'IAM_ROLE', label: 'IAM role' },
  { value: 'CLAUDE_WORKSPACE', label: 'Claude workspace' },
  { value: 'GUARDRAIL', label: 'Guardrail' },
  { value: 'RESOURCE', label: 'Resource' },
];

/** Workloads, their budgets and the anchors they claimed. */
export function Workloads() {
  const mayRegister = useCan('registerWorkload');
  const [generation, setGeneration] = useState(0);
  const refresh = () => setGeneration((g) => g + 1);
  return (
    <section aria-labelledby="workloads-heading">
      <h2 id="workloads-heading">Workloads and claims</h2>
      {mayRegister && (
        <div className="record-actions">
          <OpenableAction action="Register a workload">
            {(close) => (
              <RegisterForm
                onDone={() => {
                  close();
                  refresh();
                }}
                onCancel={close}
              />
            )}
          </OpenableAction>
        </div>
      )}
      <PagedList generation={generation} page={(p) => <WorkloadsPageView {...p} refresh={refresh} />} />
    </section>
  );
}

function WorkloadsPageView({ after, onShowMore, refresh }: PageProps & { refresh: () => void }) {
  const [{ data, error }] = useQuery({
    query: WorkloadsPage,
    variables: { first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  if (error) return <p role="alert">Workloads could not be loaded: {errorText(error)}</p>;
  if (!data) return <p className="loading">Loading workloads…</p>;
  const { edges, pageInfo, totalCount } = data.workloads;
  return (
    <>
      {after === null && <p className="muted">{totalCount} workloads.</p>}
      {edges.map((e) => (
        <WorkloadRecord key={e.node.id} workload={e.node} refresh={refresh} />
      ))}
      <ShowMore {...pageInfo} onShowMore={onShowMore} what="workloads" />
    </>
  );
}

function WorkloadRecord({ workload: w, refresh }: { workload: WorkloadFieldsFragment; refresh: () => void }) {
  const me = useIdentity();
  const mayClaim = useCan('claimResource');
  const mayDeclare = useCan('declareBusinessCase');
  // A product owner acts on their own workloads; a Lead on any.
  const mayAct = me.roles.includes('FINOPS_LEAD') || isProductOwner(me, w.productOwner);
  return (
    <article className="record" aria-labelledby={`workload-${w.id}`}>
      <h3 id={`workload-${w.id}`}>{w.name}</h3>
      <p>
        Budget <strong>{w.budget}</strong> · product owner {w.productOwner}
        {w.monthlyEstimate && (
          <>
            {' '}
            · estimate <Money amount={w.monthlyEstimate} /> per month
          </>
        )}
        {w.businessRequestId && <> · business request {w.businessRequestId}</>}
      </p>
      <BusinessCaseSummary businessCase={w.businessCase} />
      <ClaimsTable workload={w} mayRelease={mayClaim && mayAct} />
      {mayAct && (mayClaim || mayDeclare) && (
        <div className="record-actions" role="group" aria-label={`Actions on ${w.name}`}>
          {mayClaim && (
            <OpenableAction action="Claim">{(close) => <ClaimForm workload={w} close={close} />}</OpenableAction>
          )}
          {mayDeclare && (
            <OpenableAction action="Declare business case">
              {(close) => (
                <BusinessCaseForm
                  target={{ workloadId: w.id }}
                  onDone={() => {
                    close();
                    refresh();
                  }}
                  onCancel={close}
                />
              )}
            </OpenableAction>
          )}
        </div>
      )}
    </article>
  );
}

function ClaimsTable({ workload: w, mayRelease }: { workload: WorkloadFieldsFragment; mayRelease: boolean }) {
  if (w.claims.length === 0) return <p className="muted">No claims.</p>;
  return (
    <table aria-label={`Claims of ${w.name}`}>
      <thead>
        <tr>
          <th scope="col">Anchor</th>
          <th scope="col">Type</th>
          <th scope="col">Claimed</th>
          <th scope="col">Effective</th>
          {mayRelease && <th scope="col">Actions</th>}
        </tr>
      </thead>
      <tbody>
        {w.claims.map((c) => (
          <tr key={c.id}>
            <td title={c.anchor}>{anchorText(c.anchor)}</td>
            <td>{ANCHOR_TYPES.find((t) => t.value === c.anchorType)?.label ?? c.anchorType}</td>
            <td>
              <Timestamp at={c.claimedAt} /> by {personName(c.claimedBy)}
            </td>
            <td>
              from {c.effectiveFrom}
              {c.releasedFrom ? `, released from ${c.releasedFrom}` : ''}
            </td>
            {mayRelease && (
              <td>{!c.releasedFrom && <ReleaseAction claimId={c.id} anchor={anchorText(c.anchor)} />}</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ReleaseAction({ claimId, anchor }: { claimId: string; anchor: string }) {
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [, release] = useMutation(ReleaseClaim);
  return (
    <OpenableAction action="Release">
      {(close) => (
        <DecisionForm
          action="Release"
          rationale="required"
          submit={({ rationale }) =>
            release({ input: { claimId, rationale, effectiveFrom: effectiveFrom || null } })
          }
          onDone={close}
          onCancel={close}
        >
          <p className="muted">Release the claim on {anchor}.</p>
          <TextField
            label="Released from (default: tomorrow)"
            type="date"
            value={effectiveFrom}
            onChange={setEffectiveFrom}
          />
        </DecisionForm>
      )}
    </OpenableAction>
  );
}

function ClaimForm({ workload, close }: { workload: WorkloadFieldsFragment; close: () => void }) {
  const typeId = useId();
  const [anchorType, setAnchorType] = useState<AnchorType>('IAM_ROLE');
  const [anchor, setAnchor] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [, claim] = useMutation(ClaimResource);
  return (
    <DecisionForm
      action="Claim"
      rationale="optional"
      validate={() => (anchor.trim() ? null : 'Anchor: give the ARN to claim.')}
      submit={({ rationale }) =>
        claim({
          input: {
            workloadId: workload.id,
            anchorType,
            anchor: anchor.trim(),
            effectiveFrom: effectiveFrom || null,
            rationale: rationale || null,
          },
        })
      }
      onDone={close}
      onCancel={close}
    >
      <div className="row-fields">
        <div className="field">
          <label htmlFor={typeId}>Anchor type</label>
          <select id={typeId} value={anchorType} onChange={(e) => setAnchorType(e.target.value as AnchorType)}>
            {ANCHOR_TYPES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <TextField label="Anchor (ARN)" value={anchor} onChange={setAnchor} required />
        <TextField label="Effective from (default: tomorrow)" type="date" value={effectiveFrom} onChange={setEffectiveFrom} />
      </div>
    </DecisionForm>
  );
}

function RegisterForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const me = useIdentity();
  const [name, setName] = useState('');
  const [budget, setBudget] = useState('');
  const [monthlyEstimate, setMonthlyEstimate] = useState('');
  const [businessRequestId, setBusinessRequestId] = useState('');
  const [, register] = useMutation(RegisterWorkload);
  const productOwner = me.email ?? me.subject;
  const validate = () => {
    if (!name.trim()) return 'Name: give the workload a name.';
    if (!budget.trim()) return 'Budget: name the budget its spend belongs to.';
    if (monthlyEstimate.trim() && !isDecimal(monthlyEstimate)) {
      return `Monthly estimate: "${monthlyEstimate.trim()}" is not an amount.`;
    }
    return null;
  };
  return (
    <DecisionForm
      action="Register"
      rationale="none"
      validate={validate}
      submit={() =>
        register({
          input: {
            name: name.trim(),
            productOwner,
            budget: budget.trim(),
            monthlyEstimate: monthlyEstimate.trim() || null,
            businessRequestId: businessRequestId.trim() || null,
          },
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      <p className="muted">You register it as its product owner ({productOwner}).</p>
      <div className="row-fields">
        <TextField label="Workload name" value={name} onChange={setName} required />
        <TextField label="Budget" value={budget} onChange={setBudget} required />
        <TextField label="Monthly estimate (USD, optional)" value={monthlyEstimate} onChange={setMonthlyEstimate} />
        <TextField
          label="Business request ID (optional)"
          value={businessRequestId}
          onChange={setBusinessRequestId}
        />
      </div>
    </DecisionForm>
  );
}
