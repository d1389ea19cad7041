// The bench's CPU count (bench/measure.ts): a command's CPU time with its system (kernel) part beside it,
// and the report prints both where every run has them.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { run } from '../../bench/measure.ts';
import { emptyScaleResult, report, type ScaleResult, type Timed } from '../../bench/report.ts';

const dir = mkdtempSync(join(tmpdir(), 'rcp-measure-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a command that writes files has system time, within its CPU time', async () => {
  const script = join(dir, 'write.cjs');
  // A fixed amount of work, not a time: under load the same time holds less CPU.
  writeFileSync(
    script,
    `const fs = require('fs'); for (let i = 0; i < 20000; i++) fs.writeFileSync(__dirname + '/f' + (i % 50), 'x');`,
  );
  const result = await run(`'${process.execPath}' '${script}'`, { cwd: dir });
  assert.ok(result.ok, result.output);
  assert.ok(result.cpuS !== null && result.cpuS > 0, `CPU ${result.cpuS}`);
  assert.ok(result.sysS !== null && result.sysS > 0 && result.sysS <= result.cpuS, `system ${result.sysS}`);
});

const timed = (cpuS: number, sysS?: number): Timed => ({
  ms: cpuS * 1000,
  cpuS,
  sysS,
  peakRss: 0,
  maxRss: null,
  ok: true,
});

const content = { factor: 1, regions: 0, owners: 0, plans: 0, goals: 0, chapters: 0, redirects: 0 };
function scale(build: Timed[]): ScaleResult {
  const result = emptyScaleResult(1, build.length, content);
  return { ...result, pages: 10, build: build.map((total) => ({ total, logged: { astro: null, searchIndex: null } })) };
}

test('the report shows the system part where every run has it, and only then', () => {
  assert.match(report([scale([timed(6, 1), timed(8, 3), timed(7, 2)])], {}).markdown, /\(CPU 7\.0 s, system 2\.0 s\)/);
  // Results from before the system part was measured, or one run without it: CPU alone.
  const older = report([scale([timed(6), timed(8, 3), timed(7, 2)])], {}).markdown;
  assert.match(older, /\(CPU 7\.0 s\)/);
  assert.doesNotMatch(older, /system \d/);
});
