// Node's compile cache stays in the repository (scripts/compile-cache.mjs): Astro's command line would keep it
// in the system's temporary folder, where no command of ours may write.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';

const PROJECT = join(import.meta.dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'rcp-compile-cache-'));
after(() => rmSync(temp, { recursive: true, force: true }));

for (const [given, value] of [
  ['no cache folder', undefined],
  ['an empty cache folder', ''],
] as const) {
  test(`Astro's command line, run as the npm scripts run it with ${given}, writes nothing to the temporary folder`, () => {
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp };
    // Astro turns its cache on only outside CI and when no folder is given.
    delete env.CI;
    if (value === undefined) delete env.NODE_COMPILE_CACHE;
    else env.NODE_COMPILE_CACHE = value;
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
}

test('the npm scripts that start Node on TypeScript preload the cache in plain JavaScript', () => {
  const { scripts } = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  for (const name of ['dev', 'check', 'build', 'typecheck', 'test:unit', 'test:build'])
    assert.match(scripts[name], /^node (?:--\S+ )*--import \.\/scripts\/compile-cache\.mjs /, name);
});

test("once the cache holds the check's code, the check never starts Node's type stripper", () => {
  // The stripper's own start (its WebAssembly) cost about 0.1 s per process; a preload written in TypeScript
  // started it just to strip itself, before the cache was on.
  const probe = join(temp, 'probe.mjs');
  writeFileSync(
    probe,
    "process.on('exit', () => process.stderr.write(`stripper: ${process.moduleLoadList.some((m) => m.includes('amaro'))}\\n`));\n",
  );
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_COMPILE_CACHE;
  const check = () =>
    spawnSync(
      process.execPath,
      ['--import', './scripts/compile-cache.mjs', '--import', pathToFileURL(probe).href, 'scripts/check.ts'],
      { cwd: PROJECT, env, encoding: 'utf8' },
    );
  check(); // fills the cache, when a change left it without some file
  const run = check();
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stderr, /stripper: false/);
});
