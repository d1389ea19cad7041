import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CELL_STYLE, wrapLabel, yearSpan } from './charts.ts';

test('a year span covers whole years on the axis', () => {
  assert.deepEqual(yearSpan(2022, 2024, 2022, 2024, 10, 300), { x: 10, width: 300 });
  assert.deepEqual(yearSpan(2023, 2023, 2022, 2024, 10, 300), { x: 110, width: 100 });
});

test('every coverage state is written as text, not only coloured', () => {
  for (const [state, style] of Object.entries(CELL_STYLE)) assert.ok(style.label(3).length > 0, state);
  assert.equal(CELL_STYLE.covered.label(7), '7');
});

test('chart labels wrap at spaces and keep every word', () => {
  const title = 'Förbättra kvaliteten i omhändertagandet, utifrån ett tydligt patientperspektiv';
  const lines = wrapLabel(title, 36);
  assert.deepEqual(lines, ['Förbättra kvaliteten i', 'omhändertagandet, utifrån ett', 'tydligt patientperspektiv']);
  assert.equal(lines.join(' '), title, 'nothing is cut');
  assert.ok(lines.every((l) => l.length <= 36));
  assert.deepEqual(wrapLabel('Kort', 36), ['Kort']);
  assert.deepEqual(wrapLabel('  a   b  ', 36), ['a b']);
  // A word longer than a line is kept whole on its own line.
  assert.deepEqual(wrapLabel('Cancerrehabiliteringsverksamheterna i regionen', 10), [
    'Cancerrehabiliteringsverksamheterna',
    'i regionen',
  ]);
});
