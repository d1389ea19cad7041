// The browser tests' extra sites (tests/e2e/site-server.ts) remove their temporary folder when they are
// stopped, also while their build still runs: Playwright stops them with SIGTERM to the process group
// (playwright.config.ts), and before this each stopped run left its build in the system's temp folder.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PROJECT } from '../support/build.ts';

const ours = () => readdirSync(tmpdir()).filter((name) => name.startsWith('rcp-sub-path-'));

test('a site stopped with SIGTERM during its build removes its temporary folder', async () => {
  const before = new Set(ours());
  // A process group of its own, stopped as a whole, as Playwright stops a web server.
  const site = spawn(process.execPath, [join(PROJECT, 'tests', 'e2e', 'sub-path-site.ts'), '--port', '0'], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, NODE_TEST_CONTEXT: undefined },
  });
  const exited = new Promise<NodeJS.Signals | null>((done) => site.on('exit', (_code, signal) => done(signal)));
  // Until its folder exists: the build has started.
  const deadline = Date.now() + 30_000;
  while (!ours().some((name) => !before.has(name))) {
    assert.ok(Date.now() < deadline, 'the site made no temporary folder within 30 s');
    await new Promise((done) => setTimeout(done, 50));
  }
  process.kill(-site.pid!, 'SIGTERM');
  // It ends on its own (the stopped build is a failed build), not killed by the signal before it could clean up.
  assert.equal(await exited, null);
  assert.deepEqual(
    ours().filter((name) => !before.has(name)),
    [],
  );
});
