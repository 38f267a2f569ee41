#!/usr/bin/env node
// `npm test`: installs test prerequisites, type-checks, builds the API and the SPAs the browser tests drive, runs every
// jest project (libs, api, browser), and ends with one summary line: "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const step = (name, cmd, args) => {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`✖ ${name} failed`);
    process.exit(r.status ?? 1);
  }
};

step('test prerequisites (chromium)', process.execPath, ['scripts/test-setup.mjs']);
step('type-check', 'npm', ['run', 'typecheck']);
step('build the API (what npm start runs)', 'npm', ['run', 'build', '-w', 'apps/api']);
step('build the web apps for the browser tests', 'npm', ['run', 'build', '-w', 'apps/dashboard', '-w', 'apps/club']);

const out = mkdtempSync(join(tmpdir(), 'peyvand-jest-'));
const resultFile = join(out, 'results.json');
console.log('\n▶ jest (libs, api, browser)');
const jest = spawnSync('npx', ['jest', '--json', `--outputFile=${resultFile}`, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
let summary = 'tests: 0 passed, 1 failed';
try {
  const r = JSON.parse(readFileSync(resultFile, 'utf8'));
  summary = `tests: ${r.numPassedTests} passed, ${r.numFailedTests + r.numRuntimeErrorTestSuites} failed, ${r.numPendingTests + r.numTodoTests} skipped`;
} catch {
  /* jest crashed before writing results: the default summary reports a failure */
}
rmSync(out, { recursive: true, force: true });
console.log(`\n${summary}`);
process.exit(jest.status ?? 1);
