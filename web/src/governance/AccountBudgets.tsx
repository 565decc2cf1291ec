import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorText } from '../api/errors';
import { useCan } from '../auth/identity';
import { graphql } from '../gql';
import { DecisionForm, OpenableAction } from './DecisionForm';
import { TextField } from './fields';
import { budgetSharesProblem, isAccountId, type BudgetShareRow } from './validate';

const AccountBudgetsQuery = graphql(`
  query AccountBudgets($accountId: String!) {
    accountBudgets(accountId: $accountId) {
      budget
      share
    }
  }
`);

const SetAccountBudgets = graphql(`
  mutation SetAccountBudgets($input: SetAccountBudgetsInput!) {
    setAccountBudgets(input: $input) {
      accountId
      budgets {
        budget
        share
      }
    }
  }
`);

/** The budgets an account's AI spend is split across before claims, and their shares. */
export function AccountBudgets() {
  const [draft, setDraft] = useState('');
  const [accountId, setAccountId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const show = (e: FormEvent) => {
    e.preventDefault();
    if (!isAccountId(draft)) {
      setProblem(`Account ID: "${draft.trim()}" is not a 12-digit AWS account id.`);
      return;
    }
    setProblem(null);
    setAccountId(draft.trim());
  };
  return (
    <section aria-labelledby="budgets-heading">
      <h2 id="budgets-heading">Account budgets</h2>
      <form className="row-fields" onSubmit={show} aria-label="Choose an account">
        <TextField label="Account ID" value={draft} onChange={setDraft} placeholder="111122223333" />
        <button type="submit">Show budgets</button>
      </form>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      {accountId && <AccountBudgetShares key={accountId} accountId={accountId} />}
    </section>
  );
}

function AccountBudgetShares({ accountId }: { accountId: string }) {
  const maySet = useCan('setAccountBudgets');
  const [{ data, error }, refetch] = useQuery({ query: AccountBudgetsQuery, variables: { accountId } });
  if (error) return <p role="alert">The budgets of {accountId} could not be loaded: {errorText(error)}</p>;
  if (!data) return <p className="loading">Loading…</p>;
  const budgets = data.accountBudgets;
  return (
    <div className="record">
      <h3>Account {accountId}</h3>
      {budgets.length === 0 ? (
        <p>No budgets: this account's AI spend is booked to UNASSIGNED before claims.</p>
      ) : (
        <table aria-label={`Budgets of account ${accountId}`}>
          <thead>
            <tr>
              <th scope="col">Budget</th>
              <th scope="col" className="money">
                Share (%)
              </th>
            </tr>
          </thead>
          <tbody>
            {budgets.map((b) => (
              <tr key={b.budget}>
                <td>{b.budget}</td>
                <td className="money">{b.share}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {maySet && (
        <div className="record-actions">
          <OpenableAction action="Set budget shares">
            {(close) => (
              <BudgetSharesForm
                accountId={accountId}
                initial={budgets.map((b) => ({ budget: b.budget, share: b.share }))}
                onDone={() => {
                  close();
                  refetch({ requestPolicy: 'network-only' });
                }}
                onCancel={close}
              />
            )}
          </OpenableAction>
        </div>
      )}
    </div>
  );
}

/** Budgets and their shares for one account: all shares given (summing to 100) or none (an even split). */
export function BudgetSharesForm({ accountId, initial, onDone, onCancel }: {
  accountId: string;
  initial: BudgetShareRow[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const [rows, setRows] = useState<BudgetShareRow[]>(initial.length > 0 ? initial : [{ budget: '', share: '' }]);
  const [, setBudgets] = useMutation(SetAccountBudgets);
  const set = (i: number, patch: Partial<BudgetShareRow>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <DecisionForm
      action="Save budget shares"
      rationale="optional"
      validate={() => budgetSharesProblem(rows)}
      submit={({ rationale }) =>
        setBudgets({
          input: {
            accountId,
            rationale: rationale || null,
            budgets: rows.map((r) => ({ budget: r.budget.trim(), share: r.share.trim() || null })),
          },
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      <p className="muted">Leave every share empty for an even split.</p>
      {rows.map((r, i) => (
        <div className="row-fields" key={i}>
          <TextField label={`Budget ${i + 1}`} value={r.budget} onChange={(v) => set(i, { budget: v })} />
          <TextField label={`Share ${i + 1} (%)`} value={r.share} onChange={(v) => set(i, { share: v })} />
          <button type="button" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
            Remove budget {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => setRows([...rows, { budget: '', share: '' }])}>
        Add a budget
      </button>
    </DecisionForm>
  );
}
