// The console's benchmark (not a test): prints the initial JavaScript size,
// the time from navigation to the home view painted on the demo, and the time
// from a decision in one browser context to the change painted in another.
// It needs what the browser tests need: a built console and binary (`make
// build`), GAPS_TEST_DATABASE_URL (a PostgreSQL it may create databases in)
// and Chromium. It starts its own demo server with the browser tests' harness.
//
//   cd web && GAPS_TEST_DATABASE_URL=postgres://… npm run bench [-- --runs 5]
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createJiti } from 'jiti';

const here = path.dirname(fileURLToPath(import.meta.url));
const site = path.resolve(here, '../../internal/console/dist/site');
const BUDGET_KB = 250;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

// The harness and the view's category names are TypeScript; jiti loads them as they are.
const jiti = createJiti(import.meta.url);
const { startGaps, launchBrowser, newPage, people, signIn } = await jiti.import('../e2e/harness.ts');
const { SCENARIOS, ACTION_LABELS } = await jiti.import('../src/gaps/scenarios.ts');

const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (xs) => `median ${Math.round(median(xs))} ms (runs: ${xs.map((x) => Math.round(x)).join(', ')})`;

/** The entry chunk index.html loads and every chunk it imports statically, transitively (not the lazy routes). */
function initialJavaScript() {
  const html = readFileSync(path.join(site, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(site, file), 'utf8');
    // Static imports only: `import … from "./x.js"` and `import "./x.js"`, never `import("./x.js")`.
    for (const m of code.matchAll(/\bimport\s*(?:[\w$*{},\s]*?\s*from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
      visit(path.posix.join(path.posix.dirname(file), m[1]));
    }
  };
  entries.forEach(visit);
  const files = [...seen].map((f) => {
    const raw = readFileSync(path.join(site, f));
    return { file: f, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  });
  return { files, gzip: files.reduce((s, f) => s + f.gzip, 0), raw: files.reduce((s, f) => s + f.raw, 0) };
}

/** ms from navigation start until the banner and the six category headings are in a painted frame. */
async function timeToHomeView(page, url) {
  const headings = ['Declared AI value opportunity', ...Object.values(SCENARIOS).map((s) => s.name)];
  await page.goto(url + '/');
  const handle = await page.waitForFunction(
    (names) => {
      const shown = new Set([...document.querySelectorAll('h1, h2, h3')].map((h) => h.textContent.trim()));
      return names.every((n) => shown.has(n)) && performance.now();
    },
    headings,
    { polling: 'raf', timeout: 60_000 },
  );
  return handle.jsonValue();
}

/** ACTIVE gaps the Lead may block, with their model (the text their row shows). */
async function blockableGaps(server) {
  const data = await server.graphql(
    people.lead.subject,
    `{ allocationGaps(filter: { scenarios: [NOT_BUSINESS_APPROVED], states: [ACTIVE] }, first: 20) {
       edges { node { id models suggestedAction } } } }`,
  );
  return data.allocationGaps.edges.map((e) => e.node).filter((g) => g.suggestedAction.includes('BLOCK_MODEL') && g.models.length === 1);
}

/** ms from "Confirm Block" in the actor's page to the new state painted in the watcher's, unreloaded. */
async function timeToLiveChange(actor, watcher, model) {
  const category = (page) => page.getByRole('region', { name: SCENARIOS.NOT_BUSINESS_APPROVED.name });
  const rowOf = (page) => category(page).getByRole('row').filter({ hasText: model });
  await rowOf(watcher).getByText(/^(Active|Recalled)$/).waitFor();
  const row = rowOf(actor);
  await row.getByRole('button', { name: ACTION_LABELS.BLOCK_MODEL }).click();
  const form = actor.getByRole('form', { name: new RegExp(`^${ACTION_LABELS.BLOCK_MODEL}: `) });
  await form.getByLabel('Rationale').fill('benchmark: blocked pending review');
  const painted = watcher.waitForFunction(
    (m) => {
      const rows = [...document.querySelectorAll('tr')].filter((r) => r.textContent.includes(m));
      return rows.some((r) => /Actioned|Resolved/.test(r.textContent)) && performance.timeOrigin + performance.now();
    },
    model,
    { polling: 'raf', timeout: 30_000 },
  );
  const clicked = await actor.evaluate(() => performance.timeOrigin + performance.now());
  await form.getByRole('button', { name: `Confirm ${ACTION_LABELS.BLOCK_MODEL}` }).click();
  return (await (await painted).jsonValue()) - clicked;
}

const js = initialJavaScript();
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`);
console.log(`initial JavaScript: ${kb(js.gzip)} KB gzipped (${kb(js.raw)} KB raw) in ${js.files.length} file(s): ${js.files.map((f) => f.file).join(', ')}; budget ${BUDGET_KB} KB: ${js.gzip <= BUDGET_KB * 1024 ? 'within' : 'OVER'}`);

const server = await startGaps();
const browser = await launchBrowser();
try {
  const lead = await newPage(browser);
  await signIn(lead, server, people.lead);
  const paint = [];
  for (let i = 0; i < RUNS; i++) paint.push(await timeToHomeView(lead, server.url));
  console.log(`navigation to banner and six categories painted (demo, signed in, warm cache): ${ms(paint)}`);

  const watcher = await newPage(browser);
  await signIn(watcher, server, people.secondLead);
  await timeToHomeView(watcher, server.url);
  // One gap, decided, recalled through the API and decided again: each round a fresh live change.
  const [gap] = await blockableGaps(server);
  const live = [];
  for (let i = 0; gap && i < RUNS; i++) {
    if (i > 0) {
      await server.graphql(people.lead.subject, `mutation($id: ID!) { recallDecision(input: { gapId: $id, rationale: "benchmark round" }) { gap { id } } }`, { id: gap.id });
    }
    live.push(await timeToLiveChange(lead, watcher, gap.models[0]));
  }
  console.log(live.length ? `decision in one context to the change painted in another: ${ms(live)}` : 'no blockable gap in the demo: live change not measured');
} finally {
  await browser.close();
  await server.stop();
}
