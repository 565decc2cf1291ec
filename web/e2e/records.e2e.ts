import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatMoney } from '../src/format/money';
import { launchBrowser, newPage, people, screenshot, seriousA11yViolations, signIn, startGaps, type GapsServer } from './harness';

let server: GapsServer;
let browser: Browser;

beforeAll(async () => {
  server = await startGaps();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface GapNode {
  id: string;
  scenario: string;
  anchor: string;
  revision: number;
}

async function findGap(match: (g: GapNode) => boolean): Promise<GapNode> {
  const data = await server.graphql<{ allocationGaps: { edges: { node: GapNode }[] } }>(
    people.lead.subject,
    `{ allocationGaps(first: 100) { edges { node { id scenario anchor revision } } } }`,
  );
  const gap = data.allocationGaps.edges.map((e) => e.node).find(match);
  if (!gap) throw new Error('the demo has no such gap');
  return gap;
}

async function actionGap(gap: GapNode, action: string, rationale: string, by: { subject: string } = people.lead) {
  await server.graphql(
    by.subject,
    `mutation($input: ActionGapInput!) { actionGap(input: $input) { gap { id } } }`,
    { input: { gapId: gap.id, action, rationale, expectedRevision: gap.revision } },
  );
}

/** Signs in as a person in a fresh context, and goes to a console path. */
async function openAs(person: { name: string }, path: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, server, person);
  await page.goto(server.url + path);
  return page;
}

/** Opens an action's form by its button, gives the rationale and submits. */
async function decide(page: Page, action: string, rationale: string): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).click();
  const form = page.getByRole('form', { name: action });
  await form.getByLabel('Rationale').fill(rationale);
  await form.getByRole('button', { name: action, exact: true }).click();
}

describe('gap detail', () => {
  it('shows the evidence and the timeline, live; a Lead resolves, then recalls, and both rationales join the timeline', async () => {
    const gap = await findGap((g) => g.scenario === 'UNCLAIMED_AI_ALLOCATION' && g.anchor.includes(':role/'));
    const { gap: api } = await server.graphql<{
      gap: { principals: string[]; spendByPeriod: { period: string; spend: string }[] };
    }>(people.lead.subject, `query($id: ID!) { gap(id: $id) { principals spendByPeriod { period spend } } }`, {
      id: gap.id,
    });

    const page = await openAs(people.lead, `/gaps/${gap.id}`);
    await page.getByRole('heading', { name: 'Evidence' }).waitFor();
    const principals = await page.getByRole('list', { name: 'Principals' }).getByRole('listitem').allTextContents();
    expect(principals).toEqual(api.principals);
    const periodRows = await page.getByRole('table', { name: 'Spend by billing period' }).locator('tbody tr').all();
    const shown = await Promise.all(periodRows.map((r) => r.locator('td').allTextContents()));
    expect(shown).toEqual(api.spendByPeriod.map((p) => [p.period, formatMoney(p.spend)]));

    // Another Lead acts while the page is open: the decision appears without a reload.
    await page.getByText('Live', { exact: true }).waitFor();
    await actionGap(gap, 'NOTIFY_PRODUCT_OWNER', 'No owner known yet: tell the Lead channel', people.secondLead);
    const timeline = page.getByRole('list', { name: 'Lifecycle' });
    await timeline.getByText('No owner known yet: tell the Lead channel').waitFor({ timeout: 5000 });
    await page.getByRole('heading', { name: 'Notifications' }).waitFor();
    await page.getByText(/No owner is known/).waitFor();
    await expect(page.getByText(/No owner is known/).count()).resolves.toBe(1);

    await decide(page, 'Resolve', 'The Lead channel picked it up');
    await timeline.getByText('The Lead channel picked it up').waitFor();
    await decide(page, 'Recall', 'Resolved too early: nobody claimed it');
    await timeline.getByText('Resolved too early: nobody claimed it').waitFor();
    expect(await timeline.textContent()).toMatch(/RECALLED[\s\S]*by Fiona FinOps/);

    const after = await server.graphql<{ gap: { history: { rationale: string | null; actor: { subject: string } }[] } }>(
      people.auditor.subject,
      `query($id: ID!) { gap(id: $id) { history { rationale actor { subject } } } }`,
      { id: gap.id },
    );
    expect(after.gap.history.slice(-2)).toEqual([
      { rationale: 'The Lead channel picked it up', actor: { subject: people.lead.subject } },
      { rationale: 'Resolved too early: nobody claimed it', actor: { subject: people.lead.subject } },
    ]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'gap-detail');
    await page.context().close();
  });
});

describe('budget allocation', () => {
  it('shows each budget before and after claims, to the cent of budgetAllocation', async () => {
    const page = await openAs(people.lead, '/budgets');
    const select = page.getByLabel('Billing period');
    await select.waitFor();
    const period = await select.inputValue();
    const { ingests } = await server.graphql<{ ingests: { edges: { node: { periods: string[] } }[] } }>(
      people.finance.subject,
      `{ ingests(first: 100) { edges { node { periods } } } }`,
    );
    expect(period).toBe(ingests.edges.flatMap((e) => e.node.periods).sort().at(-1));
    const { budgetAllocation } = await server.graphql<{
      budgetAllocation: { budget: string; before: string; after: string; delta: string }[];
    }>(people.finance.subject, `query($p: String!) { budgetAllocation(period: $p) { budget before after delta } }`, {
      p: period,
    });
    expect(budgetAllocation.length).toBeGreaterThan(1);
    const table = page.getByRole('table', { name: `Budget allocation for ${period}` });
    await table.waitFor();
    const rows = await table.locator('tbody tr').all();
    const shown = await Promise.all(rows.map((r) => r.locator('th, td').allTextContents()));
    expect(shown).toEqual(
      budgetAllocation.map((b) => [b.budget, formatMoney(b.before), formatMoney(b.after), formatMoney(b.delta, { signed: true })]),
    );
    await page.locator('.chart svg').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'budget-allocation');
    await page.context().close();
  });
});

describe('governance records', () => {
  it('a product owner submits a business request; a Lead approves it, after a conflict and a retry', async () => {
    const owner = await openAs(people.owner, '/governance');
    await owner.getByRole('button', { name: 'Submit a business request' }).click();
    const form = owner.getByRole('form', { name: 'Submit' });
    await form.getByLabel('Model').fill('Mistral-Large-e2e');
    await form.getByLabel('Account 1').fill('444455556666');
    await form.getByLabel('Region 1').fill('us-east-1');
    await form.getByLabel('Justification').fill('Drafts release notes from changelogs');
    await form.getByRole('button', { name: 'Submit', exact: true }).click();
    const submitted = owner.getByRole('article', { name: 'Mistral-Large-e2e · Submitted' });
    await submitted.waitFor();
    await owner.context().close();

    const lead = await openAs(people.lead, '/governance');
    const br = lead.getByRole('article', { name: /^Mistral-Large-e2e/ });
    await br.waitFor();
    await br.getByRole('button', { name: 'Approve', exact: true }).click();
    const approve = lead.getByRole('form', { name: 'Approve' });
    await approve.getByLabel('Rationale').fill('Release notes are worth it');

    // Another Lead widens the scope meanwhile: the form's revision is stale.
    const { businessRequests } = await server.graphql<{ businessRequests: { edges: { node: { id: string; model: string } }[] } }>(
      people.secondLead.subject,
      `{ businessRequests(first: 100) { edges { node { id model } } } }`,
    );
    const id = businessRequests.edges.find((e) => e.node.model === 'Mistral-Large-e2e')!.node.id;
    await server.graphql(
      people.secondLead.subject,
      `mutation($input: AddApprovalScopeInput!) { addApprovalScope(input: $input) { businessRequest { id } } }`,
      { input: { businessRequestId: id, scope: [{ accountId: '444455556666', region: 'us-west-2' }], rationale: 'West too', expectedRevision: 0 } },
    );
    await approve.getByRole('button', { name: 'Approve', exact: true }).click();
    await approve.getByRole('alert').getByText(/Someone else changed this record/).waitFor();
    await approve.getByRole('button', { name: 'Load the current version' }).click();
    await approve.getByRole('status').getByText(/now at revision 1, status Submitted/).waitFor();
    await expect(approve.getByLabel('Rationale').inputValue()).resolves.toBe('Release notes are worth it');
    await expect(br.textContent()).resolves.toContain('444455556666 · us-west-2');
    await approve.getByRole('button', { name: 'Approve', exact: true }).click();
    await lead.getByRole('article', { name: 'Mistral-Large-e2e · Approved' }).waitFor();

    const { businessRequest } = await server.graphql<{
      businessRequest: { status: string; history: { rationale: string; actor: { subject: string } }[] };
    }>(people.auditor.subject, `query($id: ID!) { businessRequest(id: $id) { status history { rationale actor { subject } } } }`, {
      id,
    });
    expect(businessRequest.status).toBe('Approved');
    expect(businessRequest.history.at(-1)).toEqual({
      rationale: 'Release notes are worth it',
      actor: { subject: people.lead.subject },
    });
    expect(await seriousA11yViolations(lead)).toEqual([]);
    await screenshot(lead, 'governance-business-requests');
    await lead.context().close();
  });

  it('a product owner registers a workload and claims a role for it', async () => {
    const page = await openAs(people.owner, '/governance/workloads');
    await page.getByRole('button', { name: 'Register a workload' }).click();
    const form = page.getByRole('form', { name: 'Register' });
    await form.getByLabel('Workload name').fill('release-notes');
    await form.getByLabel('Budget').fill('developer-experience');
    await form.getByLabel('Monthly estimate (USD, optional)').fill('1500.50');
    await form.getByRole('button', { name: 'Register', exact: true }).click();
    const workload = page.getByRole('article', { name: 'release-notes' });
    await workload.waitFor();
    await expect(workload.textContent()).resolves.toContain('$1,500.50');

    await workload.getByRole('button', { name: 'Claim', exact: true }).click();
    const claim = page.getByRole('form', { name: 'Claim' });
    await claim.getByLabel('Anchor (ARN)').fill('arn:aws:iam::111122223333:role/finops-ai-release-notes');
    await claim.getByRole('button', { name: 'Claim', exact: true }).click();
    await workload.getByRole('table', { name: 'Claims of release-notes' }).getByText('finops-ai-release-notes').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'governance-workloads');
    await page.context().close();
  });

  it('a cloud engineer completes the task a Lead decision created', async () => {
    const gap = await findGap((g) => g.scenario === 'OUT_OF_APPROVED_SCOPE');
    await actionGap(gap, 'FLAG_FOR_MOVE', 'Move it into the approved region');
    const page = await openAs(people.engineer, '/governance/tasks');
    const row = page.getByRole('row', { name: /Open/ });
    await row.getByRole('button', { name: 'Complete' }).click();
    const form = page.getByRole('form', { name: 'Complete' });
    await form.getByLabel('Rationale (optional)').fill('Role finops-ai-assistant created');
    await form.getByRole('button', { name: 'Complete', exact: true }).click();
    await page.getByRole('row', { name: /Done/ }).waitFor();
    const { tasks } = await server.graphql<{ tasks: { edges: { node: { status: string; gapId: string } }[] } }>(
      people.engineer.subject,
      `{ tasks(first: 100) { edges { node { status gapId } } } }`,
    );
    expect(tasks.edges.map((e) => e.node)).toContainEqual({ status: 'Done', gapId: gap.id });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('FINANCE reads every record screen and is offered no action', async () => {
    const gap = await findGap((g) => g.scenario === 'OUT_OF_APPROVED_SCOPE');
    const page = await openAs(people.finance, `/gaps/${gap.id}`);
    const actions =
      /^(Resolve|Recall|Approve|Reject|Withdraw|Add scope|Submit a business request|Register a workload|Claim|Release|Declare business case|Complete|Set budget shares|Update settings)$/;
    const main = page.getByRole('navigation', { name: 'Main' });
    const records = page.getByRole('navigation', { name: 'Governance records' });
    // Through the console's own links, as a person moves: [the link to follow, the heading it leads to].
    const screens: [() => Promise<void>, string][] = [
      [async () => {}, 'Evidence'],
      [() => main.getByRole('link', { name: 'Budget allocation' }).click(), 'Budget allocation'],
      [() => main.getByRole('link', { name: 'Governance' }).click(), 'Business Requests'],
      [() => records.getByRole('link', { name: 'Workloads' }).click(), 'Workloads and claims'],
      [() => records.getByRole('link', { name: 'Tasks' }).click(), 'Cloud Engineer tasks'],
      [() => records.getByRole('link', { name: 'Settings' }).click(), 'Detection settings'],
      [
        async () => {
          await records.getByRole('link', { name: 'Account budgets' }).click();
          await page.getByLabel('Account ID').fill('777788889999');
          await page.getByRole('button', { name: 'Show budgets' }).click();
        },
        'Account 777788889999',
      ],
    ];
    for (const [go, heading] of screens) {
      await go();
      await page.getByRole('heading', { name: heading }).waitFor();
      await page.locator('.loading').first().waitFor({ state: 'detached' });
      expect(await page.getByRole('button', { name: actions }).count(), heading).toBe(0);
    }
    // The other screens were checked with axe as the people who act on them; these two only here.
    expect(await seriousA11yViolations(page)).toEqual([]);
    await records.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Detection settings' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
});
