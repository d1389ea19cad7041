// Node's compile cache stays in the repository (scripts/compile-cache.ts): Astro's command line would keep it
// in the system's temporary folder, where no command of ours may write.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const PROJECT = join(import.meta.dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'rcp-compile-cache-'));
after(() => rmSync(temp, { recursive: true, force: true }));

test("Astro's command line, run as the npm scripts run it, writes nothing to the temporary folder", () => {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp };
  // Astro turns its cache on only outside CI and when no folder is given.
  delete env.CI;
  delete env.NODE_COMPILE_CACHE;
  const run = spawnSync(process.execPath, [join(PROJECT, 'scripts', 'astro.ts'), '--version'], {
    cwd: PROJECT,
    env,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /\d+\.\d+\.\d+/);
  assert.deepEqual(readdirSync(temp), []);
  assert.ok(existsSync(join(PROJECT, 'node_modules', '.cache', 'node-compile-cache')));
});
