// `npm test`'s runner (scripts/test.ts) on a package of its own whose scripts are small Node programs: lanes
// really run side by side, a failure stops the stages after it but not its own stage, output held for a
// parallel step is printed whole, and the plan names only scripts package.json has.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { STAGES, runStages, summary } from '../../scripts/test.ts';

const REPO = join(import.meta.dirname, '..', '..');

/** A script that runs `code` in Node (no shell syntax beyond the double quotes npm passes on). */
const node = (code: string) => `node -e "${code}"`;

const SCRIPTS = {
  ok: node("console.log('ok-output')"),
  after: node("console.log('after-output')"),
  fail: node("console.log('fail-output'); process.exit(3)"),
  // `wait` succeeds only if `make` runs at the same time: it gives up after 20 s.
  make: node("setTimeout(() => require('fs').writeFileSync('made', ''), 300)"),
  wait: node(
    "const fs = require('fs'); const t = Date.now(); (function w() { if (fs.existsSync('made')) return console.log('saw it'); if (Date.now() - t > 20000) process.exit(5); setTimeout(w, 50); })()",
  ),
  // Two steps whose lines interleave as they come (slow 1, quick 1, quick 2, slow 2), held in that order by
  // files, not delays: under load npm's own start varies by more than any delay here. `quick` ends first, and
  // `slow` 1.5 s after it, more than npm's own exit after a script takes under load.
  slow: node(
    "const fs = require('fs'); console.log('slow 1'); fs.writeFileSync('slow-started', ''); const t = Date.now(); (function w() { if (fs.existsSync('quick-done')) return setTimeout(() => console.log('slow 2'), 1500); if (Date.now() - t > 20000) process.exit(5); setTimeout(w, 50); })()",
  ),
  quick: node(
    "const fs = require('fs'); const t = Date.now(); (function w() { if (!fs.existsSync('slow-started')) return Date.now() - t > 20000 ? process.exit(5) : setTimeout(w, 50); console.log('quick 1'); setTimeout(() => { console.log('quick 2'); fs.writeFileSync('quick-done', ''); }, 100); })()",
  ),
};

const dir = mkdtempSync(join(tmpdir(), 'rcp-test-runner-'));
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'runner-test', private: true, scripts: SCRIPTS }));

async function run(stages: string[][][]) {
  for (const file of ['made', 'slow-started', 'quick-done']) rmSync(join(dir, file), { force: true });
  let text = '';
  const results = await runStages(stages, { cwd: dir, write: (t) => (text += t) });
  return { results, text, codes: Object.fromEntries(results.map((r) => [r.script, r.code])) };
}

describe("npm test's runner", () => {
  test('runs the lanes of a stage side by side, then the next stage', async () => {
    const { codes, text } = await run([
      [['wait'], ['make']],
      [['ok'], ['after']],
    ]);
    assert.deepEqual(codes, { wait: 0, make: 0, ok: 0, after: 0 }, text);
    assert.match(text, /saw it/);
    assert.ok(text.indexOf('saw it') < text.indexOf('ok-output'), text);
    assert.match(text, /npm run wait: ok, \d+\.\d s/);
  });

  test('a failure lets its own stage finish and stops the stages after it', async () => {
    const { results, codes, text } = await run([[['fail', 'ok'], ['make']], [['after']]]);
    assert.deepEqual(codes, { fail: 3, ok: 0, make: 0, after: null });
    assert.match(text, /fail-output/);
    assert.match(text, /ok-output/);
    assert.doesNotMatch(text, /after-output/);
    assert.match(text, /npm run fail: FAILED \(exit code 3\)/);
    const lines = summary(results);
    assert.match(lines, /npm run fail: FAILED \(exit code 3\), \d+\.\d s/);
    assert.match(lines, /npm run ok: ok/);
    assert.match(lines, /npm run after: not run$/m);
  });

  test('prints the output of parallel steps whole, each when it ends', async () => {
    const { text } = await run([[['slow'], ['quick']]]);
    assert.match(text, /quick 1\nquick 2\n[^]*slow 1\nslow 2\n/);
  });

  test('a stage of one step prints as it goes (the runner holds nothing)', () => {
    const script = `import('${join(REPO, 'scripts', 'test.ts')}').then((m) => m.runStages([[['ok']]], { cwd: ${JSON.stringify(dir)}, write: () => process.exit(9) }))`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    assert.match(child.stdout, /ok-output/);
  });

  test('npm test runs only scripts package.json has, each once, the check first and alone', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const steps = STAGES.flat(2);
    assert.deepEqual(
      steps.filter((s) => !(s in pkg.scripts)),
      [],
    );
    assert.equal(new Set(steps).size, steps.length);
    assert.deepEqual(STAGES[0], [['check']]);
    assert.equal(pkg.scripts.test, 'node scripts/test.ts');
  });
});
