import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { EVENTS_PER_PAGE } from '../src/audit/paging';
import { launchBrowser, newPage, people, screenshot, seriousA11yViolations, signIn, startGaps, type GapsServer } from './harness';

let server: GapsServer;
let browser: Browser;
// The decision the Lead records through the API before the tests look for it.
const rationale = 'Blocked until the model review board has assessed this model for production use';
let gapId = '';

const gapAction = `mutation($in: ActionGapInput!) { actionGap(input: $in) { gap { id state } } }`;
const unapprovedGap = `{ allocationGaps(filter: { scenarios: [NOT_BUSINESS_APPROVED], states: [ACTIVE] }, first: 1) {
  edges { node { id revision } } } }`;

beforeAll(async () => {
  server = await startGaps();
  browser = await launchBrowser();
  const found = await server.graphql<{ allocationGaps: { edges: { node: { id: string; revision: number } }[] } }>(
    people.lead.subject,
    unapprovedGap,
  );
  const gap = found.allocationGaps.edges[0].node;
  gapId = gap.id;
  await server.graphql(people.lead.subject, gapAction, {
    in: { gapId, action: 'BLOCK_MODEL', rationale, expectedRevision: gap.revision },
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openAudit(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }).click();
  await page.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
}

async function filterHistory(page: Page, stream: string, type: string) {
  const filters = page.getByRole('search', { name: 'Filter the history' });
  await filters.getByLabel('Stream').fill(stream);
  await filters.getByLabel('Type').selectOption(type === '' ? { label: 'All types' } : type);
  await filters.getByRole('button', { name: 'Filter', exact: true }).click();
}

const history = (page: Page) => page.getByRole('region', { name: 'Event history' });
const eventsOfType = (page: Page, type: string) => history(page).getByRole('article', { name: type, exact: true });
/** The types of the events on screen, top to bottom (each event is an article named by its type). */
const shownTypes = (page: Page) =>
  history(page)
    .getByRole('heading', { level: 2 })
    .allTextContents();

describe('audit', () => {
  it('lets an auditor find a decision with its actor, rationale and readable data, by stream and by type', async () => {
    const page = await newPage(browser);
    await signIn(page, server, people.auditor);
    await openAudit(page);

    await filterHistory(page, `gap-${gapId}`, '');
    // Every event on screen is one the API returns for that stream, in its order: its opening and our decision.
    const api = await server.graphql<{ events: { edges: { node: { type: string } }[] } }>(
      people.auditor.subject,
      `query($s: String) { events(stream: $s, first: 50) { edges { node { type } } } }`,
      { s: `gap-${gapId}` },
    );
    const streamTypes = api.events.edges.map((e) => e.node.type);
    expect(streamTypes).toEqual(expect.arrayContaining(['GapOpened', 'GapActionTaken']));
    await expect.poll(() => shownTypes(page)).toEqual(streamTypes);
    const decision = eventsOfType(page, 'GapActionTaken');
    const facts = await decision.getByRole('definition').allTextContents();
    expect(facts).toContain(rationale);
    expect(facts).toContain(`${people.lead.name} (${people.lead.subject})`);
    expect(facts).toContain(`gap-${gapId} Open the gap`);
    // The data is an indented JSON document, not JSON inside a string.
    const data = await decision.getByLabel('Data of GapActionTaken').textContent();
    const parsed = JSON.parse(data ?? '') as Record<string, unknown>;
    expect(JSON.stringify(parsed)).toContain('BLOCK_MODEL');
    expect(data).toBe(JSON.stringify(parsed, null, 2));
    await expect(decision.getByRole('link', { name: 'Open the gap' }).getAttribute('href')).resolves.toBe(`/gaps/${gapId}`);
    expect(page.url()).toContain(`stream=gap-${gapId}`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'audit');

    // By type alone, across the whole log: only decisions, ours among them.
    await filterHistory(page, '', 'GapActionTaken');
    await expect.poll(async () => new Set(await shownTypes(page))).toEqual(new Set(['GapActionTaken']));
    await history(page).getByRole('definition').getByText(rationale, { exact: true }).waitFor();
    await page.context().close();
  });

  it('pages the whole log with "Show more", oldest first, as the API does', async () => {
    const api = await server.graphql<{ events: { edges: { node: { type: string } }[]; pageInfo: { hasNextPage: boolean } } }>(
      people.auditor.subject,
      `{ events(first: 500) { edges { node { type } } pageInfo { hasNextPage } } }`,
    );
    const all = api.events.edges.map((e) => e.node.type);
    expect(api.events.pageInfo.hasNextPage).toBe(false);
    expect(all.length).toBeGreaterThan(EVENTS_PER_PAGE);
    const page = await newPage(browser);
    await signIn(page, server, people.auditor);
    await openAudit(page);
    await expect.poll(() => shownTypes(page)).toEqual(all.slice(0, EVENTS_PER_PAGE));
    await history(page).getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => shownTypes(page)).toEqual(all.slice(0, 2 * EVENTS_PER_PAGE));
    await page.context().close();
  });

  it('lets Finance read the same history, with no actions to take; a Lead has no audit screen', async () => {
    const page = await newPage(browser);
    await signIn(page, server, people.finance);
    await openAudit(page);
    await filterHistory(page, `gap-${gapId}`, 'GapActionTaken');
    const decision = eventsOfType(page, 'GapActionTaken');
    await decision.waitFor();
    expect(await decision.getByRole('definition').allTextContents()).toContain(rationale);
    const buttons = await page.getByRole('button').allTextContents();
    expect(buttons.sort()).toEqual(['Clear filters', 'Filter', 'Sign out']);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();

    const lead = await newPage(browser);
    await signIn(lead, server, people.lead);
    await expect(lead.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }).count()).resolves.toBe(0);
    await lead.goto(server.url + '/audit');
    await lead.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
    await expect(lead.getByRole('alert').textContent()).resolves.toBe('The event history is for the Auditor and Finance roles.');
    await lead.context().close();
  });
});
