import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeDays, changesOfGoal, FOLD_OVER } from './changes.ts';
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
    changesOfGoal(changes, 'new', ['old']).map((x) => `${x.date} ${x.kind}`),
    ['2024-03-01 goal-renamed', '2024-02-01 goal-reworded', '2024-01-01 goal-added'],
  );
  assert.deepEqual(changesOfGoal(changes, 'new'), [changes[2]]);
});
