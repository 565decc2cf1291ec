import { useState } from 'react';
import { useClient, useMutation, useQuery, type OperationResult } from 'urql';
import { errorText } from '../api/errors';
import { useCan, useIdentity } from '../auth/identity';
import { graphql } from '../gql';
import type { BusinessRequestFieldsFragment, DecideInput } from '../gql/graphql';
import { BusinessCaseForm, BusinessCaseSummary } from './BusinessCaseForm';
import { DecisionForm, OpenableAction, RationaleAction, type FreshRecord } from './DecisionForm';
import { annualValueProblem, BusinessCaseFields, emptyBusinessCase } from '../components/BusinessCaseFields';
import { ScopeFields, TextArea, TextField } from './fields';
import { History } from './History';
import { isProductOwner, personName } from './ownership';
import { PAGE_SIZE, PagedList, ShowMore, type PageProps } from './PagedList';
import { scopeProblem, type ScopeRow } from './validate';

// Exported because only codegen reads it: the operations below spread it by name.
export const BusinessRequestFields = graphql(`
  fragment BusinessRequestFields on BusinessRequest {
    id
    revision
    model
    requester {
      subject
      name
    }
    productOwner
    status
    scope {
      accountId
      region
    }
    businessCase {
      category
      annualValue
      description
    }
    history {
      at
      kind
      rationale
      actor {
        subject
        name
      }
    }
  }
`);

const BusinessRequestsPage = graphql(`
  query BusinessRequestsPage($first: Int!, $after: String) {
    businessRequests(first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...BusinessRequestFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const BusinessRequestQuery = graphql(`
  query BusinessRequest($id: ID!) {
    businessRequest(id: $id) {
      ...BusinessRequestFields
    }
  }
`);

const SubmitBusinessRequest = graphql(`
  mutation SubmitBusinessRequest($input: SubmitBusinessRequestInput!) {
    submitBusinessRequest(input: $input) {
      businessRequest {
        ...BusinessRequestFields
      }
    }
  }
`);

const ApproveBusinessRequest = graphql(`
  mutation ApproveBusinessRequest($input: DecideInput!) {
    approveBusinessRequest(input: $input) {
      businessRequest {
        ...BusinessRequestFields
      }
    }
  }
`);

const RejectBusinessRequest = graphql(`
  mutation RejectBusinessRequest($input: DecideInput!) {
    rejectBusinessRequest(input: $input) {
      businessRequest {
        ...BusinessRequestFields
      }
    }
  }
`);

const WithdrawBusinessRequest = graphql(`
  mutation WithdrawBusinessRequest($input: DecideInput!) {
    withdrawBusinessRequest(input: $input) {
      businessRequest {
        ...BusinessRequestFields
      }
    }
  }
`);

const AddApprovalScope = graphql(`
  mutation AddApprovalScope($input: AddApprovalScopeInput!) {
    addApprovalScope(input: $input) {
      businessRequest {
        ...BusinessRequestFields
      }
    }
  }
`);

/** Business Requests: submitted by product owners, decided by the FinOps Lead. */
export function BusinessRequests() {
  const maySubmit = useCan('submitBusinessRequest');
  const [generation, setGeneration] = useState(0);
  return (
    <section aria-labelledby="br-heading">
      <h2 id="br-heading">Business Requests</h2>
      {maySubmit && (
        <div className="record-actions">
          <OpenableAction action="Submit a business request">
            {(close) => (
              <SubmitForm
                onDone={() => {
                  close();
                  setGeneration((g) => g + 1);
                }}
                onCancel={close}
              />
            )}
          </OpenableAction>
        </div>
      )}
      <PagedList generation={generation} page={(p) => <BusinessRequestsPageView {...p} />} />
    </section>
  );
}

function BusinessRequestsPageView({ after, onShowMore }: PageProps) {
  const [{ data, error }] = useQuery({
    query: BusinessRequestsPage,
    variables: { first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  if (error) return <p role="alert">Business requests could not be loaded: {errorText(error)}</p>;
  if (!data) return <p className="loading">Loading business requests…</p>;
  const { edges, pageInfo, totalCount } = data.businessRequests;
  return (
    <>
      {after === null && <p className="muted">{totalCount} business requests.</p>}
      {edges.map((e) => (
        <BusinessRequestRecord key={e.node.id} br={e.node} />
      ))}
      <ShowMore {...pageInfo} onShowMore={onShowMore} what="business requests" />
    </>
  );
}

function BusinessRequestRecord({ br }: { br: BusinessRequestFieldsFragment }) {
  return (
    <article className="record" aria-labelledby={`br-${br.id}`}>
      <h3 id={`br-${br.id}`}>
        {br.model} · <span className="status">{br.status}</span>
      </h3>
      <p>
        Requested by {personName(br.requester)} for product owner {br.productOwner} · revision {br.revision}
      </p>
      <p>
        Scope: {br.scope.map((s) => `${s.accountId} · ${s.region}`).join(', ') || 'none'}
      </p>
      <BusinessCaseSummary businessCase={br.businessCase} />
      <BusinessRequestActions br={br} />
      <History entries={br.history} />
    </article>
  );
}

function BusinessRequestActions({ br }: { br: BusinessRequestFieldsFragment }) {
  const me = useIdentity();
  const mayDecide = useCan('decideBusinessRequest');
  const mayDeclare = useCan('declareBusinessCase');
  const client = useClient();
  const [, approve] = useMutation(ApproveBusinessRequest);
  const [, reject] = useMutation(RejectBusinessRequest);
  const [, withdraw] = useMutation(WithdrawBusinessRequest);
  const [, addScope] = useMutation(AddApprovalScope);
  const [scope, setScope] = useState<ScopeRow[]>([{ accountId: '', region: '' }]);

  const ownsIt = isProductOwner(me, br.productOwner) || br.requester.subject === me.subject;
  const open = br.status === 'Submitted';
  const widenable = open || br.status === 'Approved';
  // A Lead may also withdraw an approval; a requester or owner only what is still Submitted.
  const mayWithdraw = (mayDecide && widenable) || (me.roles.includes('PRODUCT_OWNER') && ownsIt && open);
  const mayDeclareHere = mayDeclare && (mayDecide || ownsIt) && br.businessCase == null && widenable;
  if (!(mayDecide && widenable) && !mayWithdraw && !mayDeclareHere) return null;

  const reload = async (): Promise<FreshRecord | null> => {
    const r = await client.query(BusinessRequestQuery, { id: br.id }, { requestPolicy: 'network-only' }).toPromise();
    const fresh = r.data?.businessRequest;
    return fresh ? { revision: fresh.revision, summary: `status ${fresh.status}` } : null;
  };
  const decide = (action: string, run: (vars: { input: DecideInput }) => Promise<OperationResult>) => (
    <RationaleAction
      action={action}
      revision={br.revision}
      submit={({ rationale, expectedRevision }) => run({ input: { businessRequestId: br.id, rationale, expectedRevision } })}
      reload={reload}
    />
  );
  return (
    <div className="record-actions" aria-label={`Actions on the ${br.model} business request`} role="group">
      {mayDecide && open && decide('Approve', approve)}
      {mayDecide && open && decide('Reject', reject)}
      {mayDecide && widenable && (
        <OpenableAction action="Add scope">
          {(close) => (
            <DecisionForm
              action="Add scope"
              revision={br.revision}
              rationale="required"
              validate={() => scopeProblem(scope)}
              submit={({ rationale, expectedRevision }) =>
                addScope({
                  input: {
                    businessRequestId: br.id,
                    rationale,
                    expectedRevision,
                    scope: scope.map((s) => ({ accountId: s.accountId.trim(), region: s.region.trim() })),
                  },
                })
              }
              reload={reload}
              onDone={close}
              onCancel={close}
            >
              <ScopeFields rows={scope} onChange={setScope} />
            </DecisionForm>
          )}
        </OpenableAction>
      )}
      {mayWithdraw && decide('Withdraw', withdraw)}
      {mayDeclareHere && (
        <OpenableAction action="Declare business case">
          {(close) => (
            <BusinessCaseForm
              target={{ businessRequestId: br.id }}
              onDone={() => {
                close();
                void reload();
              }}
              onCancel={close}
            />
          )}
        </OpenableAction>
      )}
    </div>
  );
}

/** A product owner's request to use a model in an account × region scope. */
function SubmitForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const me = useIdentity();
  const [model, setModel] = useState('');
  const [productOwner, setProductOwner] = useState(me.email ?? me.subject);
  const [scope, setScope] = useState<ScopeRow[]>([{ accountId: '', region: '' }]);
  const [justification, setJustification] = useState('');
  const [withCase, setWithCase] = useState(false);
  const [businessCase, setBusinessCase] = useState(emptyBusinessCase);
  const [, submit] = useMutation(SubmitBusinessRequest);
  const validate = () => {
    if (!model.trim()) return 'Model: name the model (e.g. Claude4.6Sonnet).';
    if (!productOwner.trim()) return 'Product owner: give their email.';
    if (!justification.trim()) return 'Justification: say what the model is for.';
    return scopeProblem(scope) ?? (withCase ? annualValueProblem(businessCase.annualValue) : null);
  };
  return (
    <DecisionForm
      action="Submit"
      rationale="none"
      validate={validate}
      submit={() =>
        submit({
          input: {
            model: model.trim(),
            productOwner: productOwner.trim(),
            justification: justification.trim(),
            scope: scope.map((s) => ({ accountId: s.accountId.trim(), region: s.region.trim() })),
            businessCase: withCase
              ? {
                  category: businessCase.category,
                  annualValue: businessCase.annualValue.trim(),
                  description: businessCase.description.trim() || null,
                }
              : null,
          },
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      <div className="row-fields">
        <TextField label="Model" value={model} onChange={setModel} required />
        <TextField label="Product owner" value={productOwner} onChange={setProductOwner} required />
      </div>
      <ScopeFields rows={scope} onChange={setScope} />
      <TextArea label="Justification" value={justification} onChange={setJustification} required />
      <label className="checkbox">
        <input type="checkbox" checked={withCase} onChange={(e) => setWithCase(e.target.checked)} /> Declare a business
        case now
      </label>
      {withCase && <BusinessCaseFields value={businessCase} onChange={setBusinessCase} />}
    </DecisionForm>
  );
}
