import assert from 'node:assert/strict';
import { typoDistance } from './edit-distance.ts';
import { describe, test } from 'node:test';
import {
  extensions,
  lexicon,
  nearest,
  planQuery,
  stem,
  suggestionsFor,
  typoLimit,
  withoutDiacritics,
  wordsOf,
} from './spelling.ts';

// A small word list in the shape the build writes (src/lib/word-list.ts): sorted words, pages per word.
const list = {
  version: 1 as const,
  words: [
    'behandling',
    'cancer',
    'cancerplan',
    'kontaktsjuksköterska',
    'ledtider',
    'norr',
    'norra',
    'palliativ',
    'screening',
    'vård',
    'vårdprocesser',
    'väntetider',
    'år',
  ],
  counts: [5, 40, 46, 2, 1, 43, 43, 1, 3, 10, 7, 1, 4],
};
const lex = lexicon(list);

describe('words and stems', () => {
  test('a query splits into lower-case words of letters and digits', () => {
    assert.deepEqual(wordsOf('Tjock- och ÄNDTARMSCANCER, 2024!'), ['tjock', 'och', 'ändtarmscancer', '2024']);
  });

  test('a letter written as a base letter and a combining mark stays one letter of its word', () => {
    // "vård" and "Skåne" as some keyboards and pasted text give them: a + U+030A COMBINING RING ABOVE.
    assert.deepEqual(wordsOf('pallitiv va\u030Ard i Ska\u030Ane'), ['pallitiv', 'vård', 'i', 'skåne']);
  });

  test('diacritics are set aside as Pagefind does', () => {
    assert.equal(withoutDiacritics('vårdprocesser för äldre'), 'vardprocesser for aldre');
  });

  test('Swedish stems: inflections share a stem, short words keep theirs', () => {
    assert.equal(stem('kontaktsjuksköterskor'), stem('kontaktsjuksköterska'));
    assert.equal(stem('vården'), 'vård');
    assert.equal(stem('regionerna'), 'region');
    assert.equal(stem('behandlingen'), 'behandling');
    assert.equal(stem('år'), 'år');
  });
});

describe('typoDistance', () => {
  test('one insertion, deletion, substitution or swap of neighbours is one edit', () => {
    assert.equal(typoDistance('paliativ', 'palliativ'), 1);
    assert.equal(typoDistance('screeninng', 'screening'), 1);
    assert.equal(typoDistance('palliaitv', 'palliativ'), 1);
    assert.equal(typoDistance('vörd', 'vård'), 1);
    assert.equal(typoDistance('cancer', 'cancer'), 0);
  });

  test('more edits add up', () => {
    assert.equal(typoDistance('kitten', 'sitting'), 3);
    assert.equal(typoDistance('', 'år'), 2);
  });

  test('longer words may be two edits off, shorter ones one', () => {
    assert.equal(typoLimit('vård'), 1);
    assert.equal(typoLimit('palliativ'), 2);
  });
});

describe('extensions: the indexed words a query word finds', () => {
  test('by prefix of its stem, diacritics aside', () => {
    assert.deepEqual(extensions(lex, 'vård'), ['vård', 'vårdprocesser']);
    assert.deepEqual(extensions(lex, 'vard'), ['vård', 'vårdprocesser']);
    assert.deepEqual(extensions(lex, 'kontaktsjuksköterskor'), ['kontaktsjuksköterska']);
    assert.deepEqual(extensions(lex, 'canc'), ['cancer', 'cancerplan']);
  });

  test('none for a word no indexed word starts with', () => {
    assert.deepEqual(extensions(lex, 'norrxyz'), []);
    assert.deepEqual(extensions(lex, 'zebrafink'), []);
  });
});

describe('nearest', () => {
  test('nearest first, then the most common', () => {
    // "norr" and "norra" are both one edit from "norrr"; equally common, so alphabetical.
    assert.deepEqual(nearest(lex, 'norrr', 1, 3), ['norr', 'norra']);
    assert.deepEqual(nearest(lex, 'cancee', 2, 3), ['cancer']);
  });
});

describe('planQuery', () => {
  test('known words are searched as typed, with every word they extend to', () => {
    const plan = planQuery(lex, 'Palliativ vård');
    assert.equal(plan.search, 'palliativ vård');
    assert.equal(plan.corrected, false);
    assert.deepEqual(plan.extensions, ['palliativ', 'vård', 'vårdprocesser']);
  });

  test('a misspelt word is corrected to the nearest indexed word', () => {
    for (const [typo, word] of [
      ['paliativ', 'palliativ'],
      ['screeninng', 'screening'],
      ['palliaitv', 'palliativ'],
      ['behandlnig', 'behandling'],
      ['ledtder', 'ledtider'],
    ]) {
      const plan = planQuery(lex, typo);
      assert.equal(plan.search, word, typo);
      assert.equal(plan.corrected, true, typo);
      assert.deepEqual(plan.words, [{ typed: typo, used: word }]);
    }
  });

  test('in a query of several words only the misspelt one changes', () => {
    assert.equal(planQuery(lex, 'paliativ vård').search, 'palliativ vård');
  });

  test('a known inflection is not corrected', () => {
    const plan = planQuery(lex, 'kontaktsjuksköterskor');
    assert.equal(plan.corrected, false);
    assert.equal(plan.search, 'kontaktsjuksköterskor');
  });

  test('a word neither indexed nor close to an indexed word matches nothing', () => {
    for (const query of ['norrxyz', 'zebrafink', 'screening qwerty']) {
      const plan = planQuery(lex, query);
      assert.equal(plan.search, null, query);
      assert.ok(
        plan.words.some((w) => w.used === null),
        query,
      );
    }
  });

  test('a short word gets one edit only', () => {
    // "vrdd" is two edits from "vård".
    assert.equal(planQuery(lex, 'vrdd').search, null);
    assert.equal(planQuery(lex, 'vrd').search, 'vård');
  });

  test('exact: no correction, so a misspelt word matches nothing', () => {
    assert.equal(planQuery(lex, 'paliativ', true).search, null);
    assert.equal(planQuery(lex, 'palliativ', true).search, 'palliativ');
  });

  test('numbers are never corrected', () => {
    assert.equal(planQuery(lex, '2025').search, null);
  });

  test('an empty query searches nothing', () => {
    assert.equal(planQuery(lex, ' , ').search, null);
  });
});

describe('suggestionsFor', () => {
  test('the closest real words, looser than a correction', () => {
    assert.deepEqual(suggestionsFor(lex, 'norrxyz'), ['norr', 'norra']);
    assert.deepEqual(suggestionsFor(lex, 'qqqqqqqq'), []);
  });
});
