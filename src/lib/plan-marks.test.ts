import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Abbreviation } from './abbreviations.ts';
import { planHeadMarks } from './plan-marks.ts';
import type { PlanSummary } from './plan-summary.ts';

const abbr = (abbreviation: string, title: string): Abbreviation => ({ abbreviation, title, href: `/ord/#${title}` });
const ABBREVIATIONS = [abbr('NRF', 'Norra sjukvårdsregionförbundet'), abbr('RCC', 'regionalt cancercentrum')];
const plan = {
  adoption: [{ body: 'Förbundsdirektionen (NRF)', note: 'Beslutet nämns av NRF och RCC.' }, {}],
  source: { title: 'Nyhet från RCC Norr', url: 'https://example.org/', urlConfirmed: true },
  references: [{ title: 'RCC Norr, ledning', url: 'https://example.org/b', urlConfirmed: true }],
  statusNote: 'Alla mål finns här.',
};
const summary = (goals: number, owners: string[]): PlanSummary => ({
  goals,
  perChapter: new Map(),
  owners: owners.map((id, i) => ({ id, goals: 10 - i })),
  span: null,
});
const NAMES: Record<string, string> = { a: 'Regionerna', b: 'RCC Norr', c: 'X', d: 'Y', e: 'RCC Syd' };

test("marks the head's abbreviations in reading order: adoption, owners, then Om källan", () => {
  const seen = new Set<string>();
  const marks = planHeadMarks(plan, summary(10, ['a', 'b', 'c']), (id) => NAMES[id], ABBREVIATIONS, seen);
  assert.deepEqual(marks.bodies, [['Förbundsdirektionen (', ABBREVIATIONS[0], ')'], null]);
  assert.deepEqual(marks.ownerNames.get('b'), [ABBREVIATIONS[1], ' Norr']);
  assert.equal(marks.summarySource, null, 'a plan with goals links its source only in Om källan');
  // Already marked above: Om källan keeps its words as written.
  assert.deepEqual(marks.source, ['Nyhet från RCC Norr']);
  assert.deepEqual(marks.notes, [['Beslutet nämns av NRF och RCC.']]);
  assert.deepEqual([...seen].sort(), ['NRF', 'RCC']);
});

test('only the owners the summary names are marked; without goals the source link in the summary is', () => {
  const withOwners = planHeadMarks(
    plan,
    summary(10, ['a', 'c', 'd', 'c', 'e']),
    (id) => NAMES[id],
    ABBREVIATIONS,
    new Set(),
  );
  assert.equal(withOwners.ownerNames.size, 3);
  assert.ok(!withOwners.ownerNames.has('e'), 'the fifth owner is counted, not named');
  const noGoals = planHeadMarks(plan, summary(0, []), (id) => NAMES[id], ABBREVIATIONS, new Set(['NRF']));
  assert.deepEqual(noGoals.summarySource, ['Nyhet från ', ABBREVIATIONS[1], ' Norr']);
  assert.deepEqual(noGoals.source, ['Nyhet från RCC Norr']);
});
