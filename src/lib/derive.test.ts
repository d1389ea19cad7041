import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goal, model, plan } from '../../tests/support/model.ts';
import { areaIndex, areasOfGoal, endsIn, goalYears, goalsInArea, goalsInYear, goalsOfOwner, groupByPlan, isCurrent, movedGoals, movedPlans, plansOfRegion, sameAreaElsewhere } from './derive.ts';

const norrOld = plan('norr-2019-2021', 'norr', {
  goals: [goal('norr-2019-2021', 'n19-a', { owners: ['o1'], timeframe: '2019–2021', years: { from: 2019, to: 2021 } })],
});
const norr = plan('norr-2022-2024', 'norr', {
  goals: [
    goal('norr-2022-2024', 'n22-a', { owners: ['o1'], timeframe: '2022–2024', years: { from: 2022, to: 2024 } }),
    goal('norr-2022-2024', 'n22-b', { owners: ['o1'], timeframe: '2023', years: { from: 2023, to: 2023 }, areas: { vf: ['a2'] } }),
  ],
});
const syd = plan('syd-2023-2025', 'syd', {
  goals: [goal('syd-2023-2025', 's23-a', { owners: ['o2'], timeframe: '2025', years: { from: 2025, to: 2025 } })],
});
const m = model([norrOld, norr, syd]);

test('plan versions come newest first and only the newest is current', () => {
  assert.deepEqual(plansOfRegion(m, 'norr').map((p) => p.id), ['norr-2022-2024', 'norr-2019-2021']);
  assert.equal(isCurrent(m, norr), true);
  assert.equal(isCurrent(m, norrOld), false);
});

test('goals reach areas through their chapter unless they override it', () => {
  assert.deepEqual(goalsInArea(m, 'vf', 'a1').map((g) => g.id), ['n19-a', 'n22-a', 's23-a']);
  assert.deepEqual(goalsInArea(m, 'vf', 'a2').map((g) => g.id), ['n22-b']);
  assert.deepEqual(areasOfGoal(m, norr.goals[1]), [{ direction: 'vf', area: 'a2' }]);
});

test('the same area in other regions leaves out the goal’s own region and is bounded per region', () => {
  const index = areaIndex(m);
  assert.deepEqual(index.get('vf/a1')?.map((g) => g.id), ['n19-a', 'n22-a', 's23-a']);
  assert.deepEqual(sameAreaElsewhere(m, index, norr.goals[0]), [
    { direction: 'vf', area: 'a1', regions: [{ region: 'syd', total: 1, sample: [syd.goals[0]] }] },
  ]);
  assert.deepEqual(sameAreaElsewhere(m, index, norr.goals[1]), [{ direction: 'vf', area: 'a2', regions: [] }]);
  // Many goals elsewhere: the count is whole, the sample is not.
  const many = plan('syd-2026-2028', 'syd', {
    goals: Array.from({ length: 10 }, (_, i) => goal('syd-2026-2028', `s26-${i}`)),
  });
  const big = model([norr, syd, many]);
  const [found] = sameAreaElsewhere(big, areaIndex(big), norr.goals[0], 3);
  assert.equal(found.regions[0].total, 11);
  assert.equal(found.regions[0].sample.length, 3);
});

test('a year lists goals whose timeframe covers it, and marks the ones due that year', () => {
  assert.deepEqual(goalYears(m), [2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  assert.deepEqual(goalsInYear(m, 2023).map((g) => g.id), ['n22-a', 'n22-b']);
  assert.deepEqual(goalsInYear(m, 2025).map((g) => g.id), ['s23-a']);
  assert.equal(endsIn(norr.goals[0], 2023), false);
  assert.equal(endsIn(norr.goals[0], 2024), true);
  assert.equal(endsIn(goal('x', 'no-time'), 2024), false);
});

test('owner pages and groups keep plan order and skip plans without goals', () => {
  assert.deepEqual(goalsOfOwner(m, 'o1').map((g) => g.id), ['n19-a', 'n22-a', 'n22-b']);
  assert.deepEqual(groupByPlan(m, goalsOfOwner(m, 'o2')).map((g) => [g.plan.id, g.goals.length]), [['syd-2023-2025', 1]]);
});

test('redirects lead old goal ids to goals and old plan ids to plans, each only to its own kind', () => {
  const p = plan('norr-2022-2024', 'norr', { goals: [goal('norr-2022-2024', 'g1')] });
  const m = { ...model([p]), redirects: [{ from: 'g0', to: 'g1' }, { from: 'norr-2022-2023', to: 'norr-2022-2024' }] };
  assert.deepEqual(movedGoals(m).map((r) => [r.from, r.goal.id]), [['g0', 'g1']]);
  assert.deepEqual(movedPlans(m).map((r) => [r.from, r.plan.id]), [['norr-2022-2023', 'norr-2022-2024']]);
});
