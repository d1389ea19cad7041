// Astro's floor in the bench (bench/bare-site.ts, bench/report.ts): the bare site has exactly the pages asked
// for, and the report subtracts its build from ours and from what 0.5× Starlight's per page allows.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writeBareSite } from '../../bench/bare-site.ts';
import { emptyScaleResult, report, type ScaleResult, type Timed } from '../../bench/report.ts';

const dir = mkdtempSync(join(tmpdir(), 'rcp-bare-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the bare site has as many pages as asked, built through npm', () => {
  writeBareSite(dir, 676);
  const page = readFileSync(join(dir, 'src', 'pages', '[n].astro'), 'utf8');
  assert.match(page, /Array\.from\(\{ length: 676 \}/);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  assert.equal(pkg.scripts.build, 'astro build');
  for (const pages of [0, -1, 1.5, Number.NaN]) assert.throws(() => writeBareSite(dir, pages), /page count/);
});

const run = (seconds: number): Timed => ({ ms: seconds * 1000, cpuS: seconds, peakRss: 0, maxRss: null, ok: true });

function result(bare: ScaleResult['bare']): ScaleResult {
  const content = { factor: 10, regions: 0, owners: 0, plans: 0, goals: 0, chapters: 0, redirects: 0 };
  return {
    ...emptyScaleResult(10, 1, content),
    build: [{ total: run(6), logged: { astro: null, searchIndex: null } }],
    pages: 100,
    starlight: {
      pages: 80,
      build: [run(8)],
      output: { bytes: 0, files: 0 },
      index: { bytes: 0, files: 0 },
      pageTypes: [],
    },
    bare,
  };
}

test("the floor's row: per page against Starlight's, our build less it, and what the target leaves", () => {
  const { markdown } = report([result({ pages: 100, build: [run(5), run(4), run(3)] })], {});
  // Floor 4 s (median) for 100 pages: 40 ms a page against Starlight's 100 ms; ours 6 s less 4 s; the target
  // allows 0.5 × 100 ms × 100 pages = 5 s, less the floor 1 s.
  assert.match(markdown, /\| 10× \| 100 \| 4\.00 s \(CPU 4\.0 s\) \| 40 ms \| 0\.400× \| 2\.00 s \| 1\.00 s \|/);
});

test('no floor section without a bare build (older results, or no Starlight)', () => {
  assert.doesNotMatch(report([result(null)], {}).markdown, /Astro's floor/);
  assert.doesNotMatch(report([result(undefined)], {}).markdown, /Astro's floor/);
});

test("the build target shows each run's ratio beside the medians, or none when a run has no CPU figure", () => {
  const two = result(null);
  two.build.push({ total: run(4), logged: { astro: null, searchIndex: null } });
  two.starlight!.build.push(run(10));
  // Per page: 6/100 against 8/80 is 0.600; 4/100 against 10/80 is 0.320.
  const { targets } = report([two], {});
  const build = targets.find((t) => t.target.startsWith('Full build'))!;
  assert.match(build.measured, /10×: .* CPU \(.* wall; each run 0\.600, 0\.320\)/);
  two.starlight!.build[1] = { ...run(10), cpuS: null };
  const without = report([two], {}).targets.find((t) => t.target.startsWith('Full build'))!;
  assert.doesNotMatch(without.measured, /each run/);
});
