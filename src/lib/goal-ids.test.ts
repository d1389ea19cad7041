import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ID_PATTERN, MAX_ID_LENGTH } from '../schemas/ids.ts';
import { goalIdFromText, goalIdTag, newGoalIdsFor } from './goal-ids.ts';

describe('goalIdTag', () => {
  test("is the tag most of the plan's goals use", () => {
    assert.equal(goalIdTag('stockholm-gotland-2020-2023', ['sg20-hpv', 'sg20-screening', 'norr22-x']), 'sg20');
  });
  test('is made from the plan id as new-plan makes it when no goal has one', () => {
    assert.equal(goalIdTag('norr-2025-2027', []), 'norr25');
    assert.equal(goalIdTag('stockholm-gotland-2024-2027', ['screening']), 'stockholm24');
    assert.equal(goalIdTag('vast-2015', []), 'vast15');
  });
});

describe('goalIdFromText', () => {
  test('takes the first words that carry meaning, without å, ä, ö', () => {
    const text = 'Norra sjukvårdsregionen ska genomföra en förstudie för lungcancerscreening.';
    assert.equal(goalIdFromText(text, 'norr22', new Set()), 'norr22-norra-sjukvardsregionen-genomfora');
  });
  test('stops before the words grow past 40 characters', () => {
    const id = goalIdFromText(
      'Kontaktsjuksköterskor patientföreningar standardiserade vårdförlopp',
      'syd23',
      new Set(),
    );
    assert.equal(id, 'syd23-kontaktsjukskoterskor-patientforeningar');
  });
  test('is unique among the taken ids', () => {
    const taken = new Set(['norr22-opt-inforas', 'norr22-opt-inforas-2']);
    assert.equal(goalIdFromText('OPT ska införas.', 'norr22', taken), 'norr22-opt-inforas-3');
  });
  test('is an id for any text: empty, only filler words, symbols, one endless word', () => {
    const texts = [
      '',
      '   ',
      'och i en ett',
      '!!! ???',
      'x'.repeat(500),
      `${'Å'.repeat(90)} ${'ö'.repeat(90)}`,
      '😀 2024',
    ];
    for (const text of texts) {
      const id = goalIdFromText(text, 'norr22', new Set());
      assert.match(id, ID_PATTERN, text);
      assert.ok(id.length <= MAX_ID_LENGTH, id);
      assert.ok(id.startsWith('norr22-'), id);
    }
    assert.equal(goalIdFromText('', 'norr22', new Set()), 'norr22-mal');
  });
});

describe('newGoalIdsFor', () => {
  test('gives ids only to goals without one, never changing an existing id', () => {
    const goals = [
      { id: 'norr22-opt', text: 'OPT ska införas.' },
      { text: 'OPT ska införas.' },
      { id: '', text: 'Ett nytt mål om screening.' },
      { id: null, text: 'OPT ska införas.' },
    ];
    const ids = newGoalIdsFor('norr-2022-2024', goals);
    assert.deepEqual(
      [...ids],
      [
        [1, 'norr22-opt-inforas'],
        [2, 'norr22-nytt-mal-screening'],
        [3, 'norr22-opt-inforas-2'],
      ],
    );
  });
  test("avoids the list's ids and those taken elsewhere", () => {
    const goals = [{ id: 'norr22-opt-inforas', text: 'x' }, { text: 'OPT ska införas.' }];
    const ids = newGoalIdsFor('norr-2022-2024', goals, new Set(['norr22-opt-inforas-2']));
    assert.equal(ids.get(1), 'norr22-opt-inforas-3');
  });
  test('a list with no goal lacking an id gets nothing', () => {
    assert.equal(newGoalIdsFor('norr-2022-2024', [{ id: 'norr22-a', text: 'a' }]).size, 0);
  });
});
