// The benchmark's synthetic content (bench/generate.ts): every multiple of the real content must
// pass the real check, or the benchmark would time a failing build. The benchmark itself (`npm run bench`)
// is slow and not part of the tests; this only checks the structure it builds on.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { generate, shiftTimeframe } from '../../bench/generate.ts';
import { validate } from '../../src/lib/validate/index.ts';
import { runScript } from '../support/run-script.ts';

const REPO = resolve(import.meta.dirname, '..', '..');
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function generated(factor: number, generations?: number) {
  const out = mkdtempSync(join(tmpdir(), `rcp-bench-${factor}x-`));
  dirs.push(out);
  return { out, summary: generate({ source: REPO, out, factor, generations }) };
}

/** The real CLI on a content root, as `npm run check -- --root DIR` runs it. */
function check(root: string) {
  return runScript('check.ts', ['--root', root]);
}

/** Pages of the growing types: one per plan folder, one per goal. */
function pageCounts(root: string) {
  const model = validate(root).model;
  return { plans: readdirSync(join(root, 'plans')).length, goals: model.plans.reduce((n, p) => n + p.goals.length, 0) };
}

describe('synthetic benchmark content', () => {
  const one = generated(1);
  const two = generated(2);

  // The real content names no publisher or contact route yet, which the check warns about (site-contact-missing,
  // issue 18): that one warning, and no other issue, is what the real content and its copies give.
  const onlyContactWarning = (stdout: string) => {
    assert.match(stdout, /0 fel och 1 varning i 1 fil\./);
    assert.match(stdout, /content\/site\.yaml:\d+:\d+ {2}varning \[site-contact-missing\]/);
  };

  test('2× passes the real check with no issue but the missing contact route', () => {
    const result = check(two.out);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    onlyContactWarning(result.stdout);
  });

  test('2× has twice the plan and goal pages of 1×', () => {
    const a = pageCounts(one.out);
    const b = pageCounts(two.out);
    assert.ok(a.plans > 0 && a.goals > 0);
    assert.deepEqual(b, { plans: 2 * a.plans, goals: 2 * a.goals });
    assert.equal(two.summary.plans, b.plans);
    assert.equal(two.summary.goals, b.goals);
  });

  test('1× is the real content, unchanged', () => {
    assert.deepEqual(readdirSync(join(one.out, 'plans')).sort(), readdirSync(join(REPO, 'plans')).sort());
  });

  test('a second region set (synthetic regions and owners) also passes the check', () => {
    const { out, summary } = generated(2, 1);
    assert.equal(summary.regions, 2 * one.summary.regions);
    const result = check(out);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    onlyContactWarning(result.stdout);
  });
});

describe('shiftTimeframe', () => {
  test('keeps the form of the timeframe', () => {
    assert.equal(shiftTimeframe('2024', 3), '2027');
    assert.equal(shiftTimeframe('2022–2024', 3), '2025–2027');
    assert.equal(shiftTimeframe('2022-24', 9), '2031-33');
    assert.equal(shiftTimeframe('2022 - 2024', 0), '2022 - 2024');
  });
});
