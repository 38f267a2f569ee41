#!/usr/bin/env node
// `npm start`: builds whatever is not built yet (API, dashboard, club), then runs the whole product.
// With DATABASE_URL unset the API starts an embedded PostgreSQL under ./.data/ — nothing else to install.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function needsBuild(output, sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((s) => existsSync(s) && newestMtime(s) > built);
}

function run(args) {
  const result = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const libs = join(root, 'libs');
if (needsBuild(join(root, 'apps/api/dist/apps/api/src/main.js'), [join(root, 'apps/api/src'), libs])) run(['run', 'build', '-w', 'apps/api']);
if (needsBuild(join(root, 'apps/dashboard/dist/index.html'), [join(root, 'apps/dashboard/src'), libs])) run(['run', 'build', '-w', 'apps/dashboard']);
if (needsBuild(join(root, 'apps/club/dist/index.html'), [join(root, 'apps/club/src'), libs])) run(['run', 'build', '-w', 'apps/club']);

const child = spawn(process.execPath, ['--enable-source-maps', join(root, 'apps/api/dist/apps/api/src/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { LOG_PRETTY: 'true', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
