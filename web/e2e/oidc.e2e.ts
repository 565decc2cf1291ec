import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, seriousA11yViolations, startGaps, type GapsServer } from './harness';
import { startOidcProvider, type OidcProvider } from './oidcProvider';

let provider: OidcProvider;
let server: GapsServer;
let browser: Browser;

// Tokens live 64 s; the console renews 60 s before expiry, so within seconds.
const TOKEN_SECONDS = 64;

beforeAll(async () => {
  provider = await startOidcProvider({
    person: { sub: 'olivia.oidc', name: 'Olivia Oidc', email: 'olivia@example.com', roles: ['FINOPS_LEAD', 'AUDITOR'] },
    clientId: 'gaps-console',
    audience: 'allocation-gaps-e2e',
    tokenSeconds: TOKEN_SECONDS,
  });
  server = await startGaps({
    dev: false,
    env: {
      GAPS_JWKS_URL: provider.jwksURL,
      GAPS_JWT_ISSUER: provider.issuer,
      GAPS_JWT_AUDIENCE: provider.audience,
      GAPS_OIDC_CLIENT_ID: provider.clientId,
    },
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await provider?.stop();
});

describe('OpenID Connect sign-in (outside dev mode)', () => {
  it('signs in through the provider with PKCE, renews the token silently, and signs out', async () => {
    const page = await newPage(browser);
    await page.goto(server.url + '/audit');
    const host = new URL(provider.issuer).host;
    const signInButton = page.getByRole('button', { name: `Sign in with ${host}` });
    await signInButton.waitFor();
    await expect(page.getByRole('heading', { name: 'Sign in as a demo person' }).count()).resolves.toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await signInButton.click();
    // Back from the provider, where the person was, signed in with the roles the token carries.
    await page.getByLabel('Signed in as').waitFor();
    await expect(page.getByLabel('Signed in as').textContent()).resolves.toBe('Olivia Oidc · FinOps Lead, Auditor');
    await page.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/audit');
    expect(provider.redeemed).toBe(1);
    expect(provider.refused).toEqual([]);

    // Before the token runs out the console fetches a new one, without leaving the page.
    await expect.poll(() => provider.redeemed, { timeout: 30_000, interval: 500 }).toBe(2);
    expect(provider.refused).toEqual([]);
    await page.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
    await expect(page.getByLabel('Signed in as').textContent()).resolves.toBe('Olivia Oidc · FinOps Lead, Auditor');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInButton.waitFor();
    await page.reload();
    await signInButton.waitFor();
    await page.context().close();
  });
});
