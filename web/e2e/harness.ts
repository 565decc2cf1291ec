// The browser tests' world: the real gaps binary on a fresh database of the
// throwaway PostgreSQL that `make test` started, with the demo data, and
// Debian's Chromium driven by playwright-core.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
const gapsBin = process.env.GAPS_BIN ? path.resolve(process.env.GAPS_BIN) : path.join(repoRoot, 'bin/gaps');

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the browser tests through \`make test\`, which starts PostgreSQL`);
  return v;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh database in the test cluster, so each test file starts from the demo as seeded. */
function createDatabase(): string {
  const base = required('GAPS_TEST_DATABASE_URL');
  const name = `e2e_${process.pid}_${Date.now()}`;
  execFileSync('psql', [base, '-qc', `CREATE DATABASE ${name}`]);
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

export interface GapsServer {
  url: string;
  databaseURL: string;
  /** Kills the server process (as a crash would) and starts it again on the same address. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** Runs a GraphQL operation over HTTP with a dev token for the demo person `subject` (dev mode only). */
  graphql<T = unknown>(subject: string, query: string, variables?: Record<string, unknown>): Promise<T>;
}

export interface GapsOptions {
  /**
   * false: `gaps serve` on an empty database, without GAPS_DEV, as in
   * production (no demo data, no dev sign-in). Default: `gaps demo` in dev mode.
   */
  dev?: boolean;
  /** Extra environment for the server, e.g. its identity provider's GAPS_JWKS_URL. */
  env?: Record<string, string>;
}

export async function startGaps(options: GapsOptions = {}): Promise<GapsServer> {
  const dev = options.dev ?? true;
  const databaseURL = createDatabase();
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gaps-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GAPS_DATABASE_URL: databaseURL,
    GAPS_HTTP_ADDR: `127.0.0.1:${port}`,
    GAPS_DATA_DIR: dataDir,
    ...options.env,
  };
  if (dev) env.GAPS_DEV = '1';
  else delete env.GAPS_DEV;
  const command = dev ? ['demo', '--rows', '20000'] : ['serve'];
  let proc: ChildProcess | null = null;
  let output = '';
  const launch = async () => {
    output = '';
    proc = spawn(gapsBin, command, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stdout!.on('data', (d) => (output += d));
    proc.stderr!.on('data', (d) => (output += d));
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (proc.exitCode !== null) throw new Error(`gaps ${command[0]} exited ${proc.exitCode}:\n${output}`);
      try {
        if ((await fetch(`${url}/readyz`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`gaps ${command[0]} was not ready within 90 s:\n${output}`);
  };
  const kill = async (signal: NodeJS.Signals) => {
    const p = proc as ChildProcess | null;
    if (!p || p.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      p.once('exit', () => resolve());
      p.kill(signal);
    });
  };
  await launch();
  const tokens = new Map<string, string>();
  const tokenFor = async (subject: string) => {
    if (!tokens.has(subject)) {
      const res = await fetch(`${url}/console/dev-token`, { method: 'POST', body: JSON.stringify({ subject }) });
      if (!res.ok) throw new Error(`dev token for ${subject}: ${res.status} ${await res.text()}`);
      tokens.set(subject, ((await res.json()) as { token: string }).token);
    }
    return tokens.get(subject)!;
  };
  return {
    url,
    databaseURL,
    async restart() {
      await kill('SIGKILL');
      await launch();
    },
    async stop() {
      await kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
    async graphql<T>(subject: string, query: string, variables?: Record<string, unknown>): Promise<T> {
      const res = await fetch(`${url}/query`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await tokenFor(subject)}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
      return body.data as T;
    },
  };
}

/** Debian's Chromium, headless, with a fresh profile (playwright-core makes one per launch). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page in a context of its own (its own sign-in), as axe-core needs. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  return context.newPage();
}

/** The demo people the dev sign-in offers, by subject. */
export const people = {
  lead: { subject: 'fiona.finops', name: 'Fiona FinOps' },
  secondLead: { subject: 'leo.ledger', name: 'Leo Ledger' },
  owner: { subject: 'priya.support', name: 'Priya Support' },
  engineer: { subject: 'carl.cloud', name: 'Carl Cloud' },
  finance: { subject: 'fran.finance', name: 'Fran Finance' },
  auditor: { subject: 'audrey.audit', name: 'Audrey Audit' },
} as const;

/** Opens the console and signs in as a demo person through the sign-in page. */
export async function signIn(page: Page, server: GapsServer, person: { name: string }): Promise<void> {
  await page.goto(server.url + '/');
  await page.getByRole('button', { name: new RegExp(`^${person.name} \\(`) }).click();
  await page.getByLabel('Signed in as').waitFor();
}

/** Screenshots for docs/screenshots, regenerated by every browser run. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(repoRoot, 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
