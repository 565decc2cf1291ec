import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import type { GapActionKind, GapRowFieldsFragment } from '../gql/graphql';
import { ActionForm } from './ActionForm';
import { fakeServer, operationName, type Answer, type FakeServer } from './fakeServer';
import { gapFixture } from './fixtures';

const payload = (gap: GapRowFieldsFragment) => ({ data: { actionGap: { __typename: 'GapPayload', gap } } });

function renderForm(action: GapActionKind, gap: GapRowFieldsFragment, answer: (name: string | undefined) => Answer) {
  const server = fakeServer((op) => answer(operationName(op)));
  const onDone = vi.fn();
  render(
    <Provider value={server.client}>
      <ActionForm gap={gap} action={action} onDone={onDone} onCancel={() => {}} />
    </Provider>,
  );
  return { server, onDone };
}

const sent = (server: FakeServer) =>
  server.operations.filter((op) => operationName(op) === 'ActionGap').map((op) => (op.variables as { input: Record<string, unknown> }).input);

describe('ActionForm', () => {
  it('prefills the scope with every observed account × region', () => {
    const gap = gapFixture({ accounts: ['111122223333', '444455556666'], regions: ['us-east-1', 'eu-west-1'] });
    renderForm('ADD_SCOPE', gap, () => ({}));
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')?.textContent)).toEqual([
      '111122223333 · us-east-1',
      '111122223333 · eu-west-1',
      '444455556666 · us-east-1',
      '444455556666 · eu-west-1',
    ]);
    for (const b of boxes) expect(b).toBeChecked();
  });

  it('refuses to send without a rationale, and says so', async () => {
    const user = userEvent.setup();
    const { server } = renderForm('ADD_SCOPE', gapFixture(), () => ({}));
    await user.type(screen.getByLabelText('Rationale'), '   ');
    await user.click(screen.getByRole('button', { name: 'Confirm Add scope' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Rationale: say why');
    expect(sent(server)).toEqual([]);
  });

  it('sends the checked scope and the rationale with the revision it was opened on', async () => {
    const user = userEvent.setup();
    const gap = gapFixture({ accounts: ['111122223333'], regions: ['us-east-1', 'eu-west-1'], revision: 4 });
    const { server, onDone } = renderForm('ADD_SCOPE', gap, () => payload({ ...gap, state: 'ACTIONED', revision: 5 }));
    await user.click(screen.getByLabelText('111122223333 · eu-west-1'));
    await user.type(screen.getByLabelText('Rationale'), 'EU rollout approved');
    await user.click(screen.getByRole('button', { name: 'Confirm Add scope' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent(server)).toEqual([
      {
        gapId: 'gap-1',
        action: 'ADD_SCOPE',
        rationale: 'EU rollout approved',
        expectedRevision: 4,
        scope: [{ accountId: '111122223333', region: 'us-east-1' }],
      },
    ]);
  });

  it('takes an annual value only as an exact decimal, and sends it as typed', async () => {
    const user = userEvent.setup();
    const gap = gapFixture({ scenario: 'NOT_BUSINESS_APPROVED', anchor: 'Llama3-70B-Instruct', suggestedAction: ['APPROVE_MODEL', 'BLOCK_MODEL'] });
    const { server, onDone } = renderForm('APPROVE_MODEL', gap, () => payload({ ...gap, state: 'ACTIONED', revision: 2 }));
    await user.type(screen.getByLabelText('Rationale'), 'analytics team');
    await user.type(screen.getByLabelText('Annual value (USD)'), '120,000');
    await user.click(screen.getByRole('button', { name: 'Confirm Approve' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Annual value: "120,000" is not an amount');
    expect(sent(server)).toEqual([]);

    await user.clear(screen.getByLabelText('Annual value (USD)'));
    await user.type(screen.getByLabelText('Annual value (USD)'), '120000.10000000000000000555');
    await user.selectOptions(screen.getByLabelText('Value category'), 'Revenue driving');
    await user.click(screen.getByRole('button', { name: 'Confirm Approve' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent(server)[0]).toMatchObject({
      action: 'APPROVE_MODEL',
      businessCase: { category: 'REVENUE_DRIVING', annualValue: '120000.10000000000000000555', description: null },
      scope: [{ accountId: '777788889999', region: 'eu-west-1' }],
    });
  });

  it('on a conflict shows the gap as it is now, keeps what was typed, and retries on the fresh revision', async () => {
    const user = userEvent.setup();
    const gap = gapFixture({ revision: 1 });
    const fresh = { ...gap, state: 'RECALLED' as const, revision: 3 };
    let attempts = 0;
    const { server, onDone } = renderForm('ADD_SCOPE', gap, (name) => {
      if (name === 'GapNow') {
        return {
          data: {
            gap: {
              ...fresh,
              history: [
                {
                  __typename: 'GapHistoryEntry',
                  at: '2026-12-04T10:00:00Z',
                  state: 'RECALLED',
                  kind: 'DecisionRecalled',
                  action: null,
                  rationale: 'residency review still open',
                  actor: { __typename: 'Identity', subject: 'leo.ledger', name: 'Leo Ledger' },
                },
              ],
            },
          },
        };
      }
      attempts += 1;
      if (attempts === 1) return { error: { code: 'CONFLICT', message: 'gap gap-1 is at revision 3, not 1' } };
      return payload({ ...fresh, state: 'ACTIONED', revision: 4 });
    });
    await user.type(screen.getByLabelText('Rationale'), 'EU rollout approved');
    await user.click(screen.getByRole('button', { name: 'Confirm Add scope' }));

    expect(await screen.findByText(/Someone else changed this record/)).toBeInTheDocument();
    expect(await screen.findByText(/Last change: DecisionRecalled by Leo Ledger/)).toHaveTextContent(
      'residency review still open',
    );
    expect(screen.getByText(/The gap is now/)).toHaveTextContent('The gap is now Recalled (revision 3).');
    expect(screen.getByLabelText('Rationale')).toHaveValue('EU rollout approved');

    await user.click(screen.getByRole('button', { name: 'Add scope on the current version' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent(server).map((i) => [i.expectedRevision, i.rationale])).toEqual([
      [1, 'EU rollout approved'],
      [3, 'EU rollout approved'],
    ]);
  });

  it('shows a refusal from the server in words next to the form', async () => {
    const user = userEvent.setup();
    renderForm('ADD_SCOPE', gapFixture(), () => ({
      error: { code: 'BAD_USER_INPUT', message: 'scope: every account × region given is already in the scope' },
    }));
    await user.type(screen.getByLabelText('Rationale'), 'why');
    await user.click(screen.getByRole('button', { name: 'Confirm Add scope' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('scope: every account × region given is already in the scope');
    expect(screen.getByLabelText('Rationale')).toHaveValue('why');
  });
});
