import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

describe('sign-in', () => {
  it('offers the demo people in dev mode and shows who is signed in, with their role', async () => {
    const page = await newPage(browser);
    await page.goto(server.url + '/');
    await page.getByRole('heading', { name: 'Sign in as a demo person' }).waitFor();
    // Every demo person is offered, the second FinOps Lead included.
    await page.getByRole('button', { name: 'Leo Ledger (FinOps Lead)' }).waitFor();
    await expect(page.getByRole('list').getByRole('button').count()).resolves.toBe(6);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in');
    await signIn(page, server, people.finance);
    await expect(page.getByLabel('Signed in as').textContent()).resolves.toBe('Fran Finance · Finance');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in as a demo person' }).waitFor();
    await page.context().close();
  });

  it('answers the app routes with the console on a reload', async () => {
    const page = await newPage(browser);
    await signIn(page, server, people.lead);
    await page.goto(server.url + '/governance');
    await expect(page.getByLabel('Signed in as').textContent()).resolves.toContain('Fiona FinOps');
    await page.context().close();
  });
});
