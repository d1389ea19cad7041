// The bench's CPU profile summary (bench/profile.ts) and the step times it reads from a build's log
// (bench/report.ts), on small made-up inputs.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { summarizeProfiles } from '../../bench/profile.ts';
import { loggedSeconds } from '../../bench/report.ts';

const site = mkdtempSync(join(tmpdir(), 'rcp-profile-'));
after(() => rmSync(site, { recursive: true, force: true }));

describe('summarizeProfiles', () => {
  mkdirSync(join(site, 'src', 'lib'), { recursive: true });
  mkdirSync(join(site, 'src', 'components'), { recursive: true });
  mkdirSync(join(site, 'profiles'));
  writeFileSync(
    join(site, 'src', 'lib', 'derive.ts'),
    'export function sameAreaElsewhere() {}\nexport const goalsOf = (x: number) => x;\n',
  );
  writeFileSync(join(site, 'src', 'components', 'GoalFacts.astro'), '---\n---\n<p></p>\n');
  const url = (path: string) => pathToFileURL(join(site, path)).href;
  const frame = (id: number, functionName: string, file = '') => ({
    id,
    callFrame: { functionName, url: file, lineNumber: 0 },
  });
  // Self time per node, in ms: the sample's delta is the time it stands for.
  const nodes: [ReturnType<typeof frame>, number][] = [
    [frame(1, '(root)'), 0],
    [frame(2, '(idle)'), 500],
    [frame(3, 'sameAreaElsewhere', url('dist/.prerender/chunks/pages_Ab12Cd34.mjs')), 30],
    [frame(4, '(anonymous)', url('dist/.prerender/chunks/derive_Zz99Yy88.mjs')), 10],
    [frame(5, '$$GoalFacts', url('dist/.prerender/chunks/pages_Ab12Cd34.mjs')), 5],
    [frame(6, 'renderPage', url('dist/.prerender/chunks/server_Qq11Ww22.mjs')), 20],
    [frame(7, 'validate', url('src/lib/validate/index.ts')), 15],
    [frame(8, 'readFileSync', 'node:fs'), 10],
    [frame(9, 'build', url('node_modules/astro/dist/core/build/index.js')), 8],
    [frame(10, '(garbage collector)'), 2],
  ];
  const profile = {
    nodes: nodes.map(([n]) => n),
    samples: nodes.flatMap(([n, ms]) => (ms ? [n.id] : [])),
    timeDeltas: nodes.flatMap(([, ms]) => (ms ? [ms * 1000] : [])),
  };
  writeFileSync(join(site, 'profiles', 'CPU.1.cpuprofile'), JSON.stringify(profile));
  writeFileSync(join(site, 'profiles', 'CPU.2.cpuprofile'), JSON.stringify(profile));
  const summary = summarizeProfiles(join(site, 'profiles'), site, 3);

  test('sums every process, idle left out', () => {
    assert.equal(summary.processes, 2);
    assert.equal(summary.totalMs, 2 * 100);
  });

  test('recognises the project in bundles by function, component and chunk name, and by path in src/', () => {
    const project = summary.byCategory.find((c) => c.category === 'project');
    assert.equal(project?.ms, 2 * (30 + 10 + 5 + 15));
    assert.deepEqual(
      summary.topProject.map((e) => [e.name, e.share]),
      [
        ['sameAreaElsewhere', 0.3],
        ['validate', 0.15],
        ['(anonymous)', 0.1],
      ],
    );
    assert.equal(summary.topProject[1].where, 'src/lib/validate/index.ts:1');
  });

  test('puts Astro, Node and garbage collection apart', () => {
    const ms = Object.fromEntries(summary.byCategory.map((c) => [c.category, c.ms]));
    assert.deepEqual(ms, { project: 120, 'astro and its bundles': 56, node: 20, 'garbage collection': 4 });
    assert.deepEqual(
      summary.top.map((e) => e.name),
      ['sameAreaElsewhere', 'renderPage', 'validate'],
    );
  });
});

test('loggedSeconds reads the times the build steps print', () => {
  assert.deepEqual(
    loggedSeconds('12:00 [build] 98 page(s) built in 11.29s\nSökindex: 46 målsidor indexerade på 0.8 s, skrivet'),
    { astro: 11.29, searchIndex: 0.8 },
  );
  assert.deepEqual(loggedSeconds('[build] 5489 page(s) built in 4m 1s'), { astro: 241, searchIndex: null });
  assert.deepEqual(loggedSeconds('[build] 1 page(s) built in 950ms'), { astro: 0.95, searchIndex: null });
  assert.deepEqual(loggedSeconds('nothing'), { astro: null, searchIndex: null });
});
