import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Client, CombinedError, fetchExchange, Provider, type OperationResult } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { BudgetSharesForm } from './AccountBudgets';
import { DecisionForm } from './DecisionForm';

/** A real urql client whose HTTP answers come from `answer`; it records every request body. */
function clientAnswering(answer: (body: { query: string; variables: Record<string, unknown> }) => unknown) {
  const sent: { query: string; variables: Record<string, unknown> }[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body));
    sent.push(body);
    return new Response(JSON.stringify(answer(body)), { headers: { 'Content-Type': 'application/json' } });
  });
  return { client: new Client({ url: 'http://test/query', exchanges: [fetchExchange], fetch }), sent };
}

describe('BudgetSharesForm', () => {
  const answer = (body: { variables: Record<string, unknown> }) => {
    const input = body.variables.input as { accountId: string; budgets: { budget: string; share: string | null }[] };
    return {
      data: {
        setAccountBudgets: {
          __typename: 'AccountBudgetsPayload',
          accountId: input.accountId,
          budgets: input.budgets.map((b) => ({ __typename: 'BudgetShare', budget: b.budget, share: b.share ?? '50' })),
        },
      },
    };
  };

  it('refuses shares that do not sum to 100, sends nothing, and keeps what was typed', async () => {
    const { client, sent } = clientAnswering(answer);
    const onDone = vi.fn();
    render(
      <Provider value={client}>
        <BudgetSharesForm accountId="111122223333" initial={[]} onDone={onDone} onCancel={() => {}} />
      </Provider>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Budget 1'), 'search');
    await user.type(screen.getByLabelText('Share 1 (%)'), '60');
    await user.click(screen.getByRole('button', { name: 'Add a budget' }));
    await user.type(screen.getByLabelText('Budget 2'), 'ads');
    await user.type(screen.getByLabelText('Share 2 (%)'), '39.9');
    await user.click(screen.getByRole('button', { name: 'Save budget shares' }));
    expect(screen.getByRole('alert').textContent).toBe('Shares: they sum to 99.9, not 100.');
    expect(sent).toEqual([]);
    expect(screen.getByLabelText('Share 2 (%)')).toHaveValue('39.9');

    await user.clear(screen.getByLabelText('Share 2 (%)'));
    await user.type(screen.getByLabelText('Share 2 (%)'), '40.0');
    await user.type(screen.getByLabelText('Rationale (optional)'), 'Search pays most');
    await user.click(screen.getByRole('button', { name: 'Save budget shares' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent[0].variables).toEqual({
      input: {
        accountId: '111122223333',
        rationale: 'Search pays most',
        budgets: [
          { budget: 'search', share: '60' },
          { budget: 'ads', share: '40.0' },
        ],
      },
    });
  });

  it('sends no shares for an even split', async () => {
    const { client, sent } = clientAnswering(answer);
    const onDone = vi.fn();
    render(
      <Provider value={client}>
        <BudgetSharesForm
          accountId="111122223333"
          initial={[
            { budget: 'search', share: '' },
            { budget: 'ads', share: '' },
          ]}
          onDone={onDone}
          onCancel={() => {}}
        />
      </Provider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save budget shares' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent[0].variables.input).toMatchObject({
      budgets: [
        { budget: 'search', share: null },
        { budget: 'ads', share: null },
      ],
      rationale: null,
    });
  });
});

describe('DecisionForm', () => {
  const conflict = {
    error: new CombinedError({
      graphQLErrors: [{ message: 'gap g1: expected revision 1, found 2', extensions: { code: 'CONFLICT' } }],
    }),
  } as OperationResult;

  it('requires a rationale, blank or only spaces, before sending anything', async () => {
    const submit = vi.fn();
    render(<DecisionForm action="Resolve" revision={1} rationale="required" submit={submit} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Resolve' }));
    expect(screen.getByLabelText('Rationale')).toBeInvalid();
    await user.type(screen.getByLabelText('Rationale'), '   ');
    await user.click(screen.getByRole('button', { name: 'Resolve' }));
    expect(screen.getByRole('alert').textContent).toBe('Rationale: say why, for the audit trail.');
    expect(submit).not.toHaveBeenCalled();
  });

  it('on a CONFLICT reloads the record, says what changed, and retries on the fresh revision with the same rationale', async () => {
    const submit = vi.fn().mockResolvedValueOnce(conflict).mockResolvedValueOnce({} as OperationResult);
    const reload = vi.fn().mockResolvedValue({ revision: 2, summary: 'state RESOLVED' });
    const onDone = vi.fn();
    render(
      <DecisionForm action="Recall" revision={1} rationale="required" submit={submit} reload={reload} onDone={onDone} />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Rationale'), 'Wrong owner');
    await user.click(screen.getByRole('button', { name: 'Recall' }));
    expect(await screen.findByText(/Someone else changed this record/)).toBeInTheDocument();
    expect(submit).toHaveBeenLastCalledWith({ rationale: 'Wrong owner', expectedRevision: 1 });

    await user.click(screen.getByRole('button', { name: 'Load the current version' }));
    expect(await screen.findByRole('status')).toHaveTextContent('it is now at revision 2, state RESOLVED');
    expect(screen.getByLabelText('Rationale')).toHaveValue('Wrong owner');
    await user.click(screen.getByRole('button', { name: 'Recall' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(submit).toHaveBeenLastCalledWith({ rationale: 'Wrong owner', expectedRevision: 2 });
  });
});
