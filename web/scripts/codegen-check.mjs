// Fails when src/gql differs from what graph/schema.graphqls and the
// operations in src/ generate now: run `make generate` and commit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const out = mkdtempSync(path.join(tmpdir(), 'gql-'));
try {
  execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], {
    env: { ...process.env, GQL_OUT: out + '/' },
    stdio: 'inherit',
  });
  const names = new Set([...readdirSync(out), ...readdirSync('src/gql')]);
  const stale = [...names].filter((n) => {
    try {
      return readFileSync(path.join(out, n), 'utf8') !== readFileSync(path.join('src/gql', n), 'utf8');
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(`web/src/gql is stale (${stale.join(', ')}): run \`make generate\` and commit the result`);
    process.exit(1);
  }
  console.log('web/src/gql is current');
} finally {
  rmSync(out, { recursive: true, force: true });
}
