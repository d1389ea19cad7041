import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goal, model, plan } from '../../tests/support/model.ts';
import { goalsCsv, goalsJson, openGoals } from './open-data.ts';

const p = plan('norr-2022-2024', 'norr', {
  goals: [
    goal('norr-2022-2024', 'g1', { text: 'Mål med "citat", komma\noch radbrytning', owners: ['o1'], timeframe: '2022-24', years: { from: 2022, to: 2024 } }),
    goal('norr-2022-2024', 'g2', { number: '2:1' }),
  ],
});
const goals = openGoals(model([p]));

test('open goals carry owners as written, parsed timeframes and inherited areas', () => {
  assert.deepEqual(goals[0].owners, [{ id: 'o1', name: 'Regionerna' }]);
  assert.deepEqual(goals[0].timeframe, { label: '2022-24', from: 2022, to: 2024 });
  assert.deepEqual(goals[0].areas, { vf: ['a1'] });
  assert.equal(goals[0].url, '/mal/g1/');
  assert.equal(goals[1].timeframe, null);
  assert.equal(goals[1].number, '2:1');
  assert.equal(openGoals(model([p]), 'https://example.se/')[0].url, 'https://example.se/mal/g1/');
});

test('CSV quotes fields with quotes, commas and line breaks (RFC 4180)', () => {
  const csv = goalsCsv(goals);
  assert.ok(csv.includes(',"Mål med ""citat"", komma\noch radbrytning",o1,Regionerna,2022-24,2022,2024,vf:a1,/mal/g1/\r\n'));
  assert.ok(csv.endsWith('\r\n'));
});

test('JSON wraps goals with a format version', () => {
  const data = JSON.parse(goalsJson(goals));
  assert.equal(data.version, 1);
  assert.equal(data.goals.length, 2);
});
