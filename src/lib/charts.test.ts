import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CELL_STYLE, yearSpan } from './charts.ts';

test('a year span covers whole years on the axis', () => {
  assert.deepEqual(yearSpan(2022, 2024, 2022, 2024, 10, 300), { x: 10, width: 300 });
  assert.deepEqual(yearSpan(2023, 2023, 2022, 2024, 10, 300), { x: 110, width: 100 });
});

test('every coverage state is written as text, not only coloured', () => {
  for (const [state, style] of Object.entries(CELL_STYLE)) assert.ok(style.label(3).length > 0, state);
  assert.equal(CELL_STYLE.covered.label(7), '7');
});
