import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goal, plan } from '../../tests/support/model.ts';
import { planSummary } from './plan-summary.ts';

test('a plan’s summary counts goals per chapter and per owner, and spans their timeframes', () => {
  const p = plan('norr-2022-2024', 'norr', {
    goals: [
      goal('norr-2022-2024', 'g1', { chapter: 'k1', owners: ['a', 'b'], years: { from: 2023, to: 2024 } }),
      goal('norr-2022-2024', 'g2', { chapter: 'k2', owners: ['b'], years: { from: 2022, to: 2022 } }),
      goal('norr-2022-2024', 'g3', { chapter: 'k2', owners: ['c'], years: null }),
    ],
  });
  const s = planSummary(p);
  assert.equal(s.goals, 3);
  assert.deepEqual(
    [...s.perChapter],
    [
      ['k1', 1],
      ['k2', 2],
    ],
  );
  // Most goals first; a tie keeps the order the plan names them in.
  assert.deepEqual(s.owners, [
    { id: 'b', goals: 2 },
    { id: 'a', goals: 1 },
    { id: 'c', goals: 1 },
  ]);
  assert.deepEqual(s.span, { from: 2022, to: 2024 });
});

test('a plan without goals or timeframes has no span, never an invented one', () => {
  assert.deepEqual(planSummary(plan('syd-2023-2025', 'syd')), {
    goals: 0,
    perChapter: new Map(),
    owners: [],
    span: null,
  });
  const noYears = plan('syd-2023-2025', 'syd', { goals: [goal('syd-2023-2025', 'g1')] });
  assert.equal(planSummary(noYears).span, null);
});
