import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeDays, changesByGoal, FOLD_OVER } from './changes.ts';
import type { Change } from './history.ts';

const c = (date: string, kind: Change['kind'], plan: string, goal?: string): Change => ({ date, kind, plan, goal });

test('days come newest first, and unpublished plans (drafts) are left out', () => {
  const days = changeDays(
    [
      c('2024-01-01', 'goal-added', 'p', 'a'),
      c('2024-02-01', 'goal-reworded', 'p', 'a'),
      c('2024-03-01', 'goal-added', 'utkast', 'x'),
    ],
    new Set(['p']),
  );
  assert.deepEqual(
    days.map((d) => [d.date, d.lines.length]),
    [
      ['2024-02-01', 1],
      ['2024-01-01', 1],
    ],
  );
});

test('many changes of one kind to one plan on one day fold into a count; few stay one by one; a plan before its goals', () => {
  const many = Array.from({ length: FOLD_OVER + 1 }, (_, i) => c('2024-01-01', 'goal-added', 'p', `g${i}`));
  const few = Array.from({ length: FOLD_OVER }, (_, i) => c('2024-01-01', 'goal-added', 'q', `h${i}`));
  const [day] = changeDays([...many, ...few, c('2024-01-01', 'plan-added', 'p')], new Set(['p', 'q']));
  assert.deepEqual(
    day.lines.map((l) =>
      l.kind === 'many'
        ? `${l.plan} ${l.changeKind} ×${l.count}`
        : `${l.change.plan} ${l.change.goal ?? l.change.kind}`,
    ),
    ['p plan-added', 'p goal-added ×6', 'q h0', 'q h1', 'q h2', 'q h3', 'q h4'],
  );
});

test("a goal's changes include those under its earlier ids, newest first", () => {
  const changes = [
    c('2024-01-01', 'goal-added', 'p', 'old'),
    c('2024-02-01', 'goal-reworded', 'p', 'old'),
    c('2024-03-01', 'goal-renamed', 'p', 'new'),
    c('2024-03-01', 'goal-added', 'p', 'other'),
  ];
  assert.deepEqual(
    changesByGoal(changes)('new', ['old']).map((x) => `${x.date} ${x.kind}`),
    ['2024-03-01 goal-renamed', '2024-02-01 goal-reworded', '2024-01-01 goal-added'],
  );
  assert.deepEqual(changesByGoal(changes)('new'), [changes[2]]);
  assert.deepEqual(changesByGoal(changes)('none'), []);
});

test("changes under a goal's ids interleave in history order, each once", () => {
  const changes = [
    c('2024-01-01', 'goal-added', 'p', 'a'),
    c('2024-01-01', 'goal-added', 'p', 'b'),
    c('2024-02-01', 'goal-reworded', 'p', 'a'),
    c('2024-03-01', 'goal-owners', 'p', 'b'),
    c('2024-04-01', 'goal-timeframe', 'p', 'a'),
  ];
  assert.deepEqual(
    changesByGoal(changes)('a', ['b', 'a', 'b']).map((x) => `${x.date} ${x.goal}`),
    ['2024-04-01 a', '2024-03-01 b', '2024-02-01 a', '2024-01-01 b', '2024-01-01 a'],
  );
});
