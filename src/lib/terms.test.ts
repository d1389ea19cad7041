import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Term } from '../schemas/index.ts';
import { hasAbbreviation, termWords } from './terms.ts';

const svf: Term = { abbreviation: 'SVF', term: 'standardiserat vårdförlopp', forms: ['standardiserade vårdförlopp'] };
const cc: Term = { abbreviation: 'CC', term: 'Cancer Center' };
const ccc: Term = { abbreviation: 'CCC', term: 'Comprehensive Cancer Center' };

test('an abbreviation counts alone or in a hyphenated word, never inside another word or in lower case', () => {
  assert.ok(hasAbbreviation('Följa upp SVF-PREM årligen.', 'SVF'));
  assert.ok(hasAbbreviation('Ledtider inom SVF.', 'SVF'));
  assert.ok(!hasAbbreviation('Ackreditering som CCC.', 'CC'));
  assert.ok(!hasAbbreviation('svf i gemener', 'SVF'));
});

test('a text with the abbreviation is found by the written-out words; one writing it out, by the abbreviation', () => {
  assert.deepEqual(termWords('Inklusion i SVF ska öka.', [svf, cc, ccc]), [
    'standardiserat',
    'vårdförlopp',
    'standardiserade',
  ]);
  assert.deepEqual(termWords('Ledtiderna i Standardiserade vårdförlopp kortas.', [svf]), ['svf']);
  assert.deepEqual(termWords('NUS ackrediteras som CCC.', [cc, ccc]), ['comprehensive', 'cancer', 'center']);
  assert.deepEqual(termWords('Ingen term här.', [svf, cc]), []);
  // Each term is matched by its own written-out forms, wherever it is in the list.
  assert.deepEqual(termWords('Ackreditering som Comprehensive Cancer Center.', [svf, ccc]), ['ccc']);
});
