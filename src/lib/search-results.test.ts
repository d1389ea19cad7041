import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TERMS_MARK, highlight, namedOwners, passageExcerpt } from './search-results.ts';

const marked = (segments: { text: string; marked: boolean }[]) => segments.filter((s) => s.marked).map((s) => s.text);

describe('highlight', () => {
  const text = 'Specialiserad palliativ konsultfunktion ska införas i samtliga regioner.';
  const content = `${text} konsult funktion`;

  test("marks the words at Pagefind's locations, without their punctuation, and keeps the text whole", () => {
    const segments = highlight(text, content, [1, 7]);
    assert.deepEqual(marked(segments), ['palliativ', 'regioner']);
    assert.equal(segments.map((s) => s.text).join(''), text);
  });

  test('a location among the extra words marks the compound that holds it', () => {
    // Location 9 is "funktion", a part of "konsultfunktion".
    assert.deepEqual(marked(highlight(text, content, [9])), ['konsultfunktion']);
  });

  test('no locations (a match in metadata only): nothing marked', () => {
    assert.deepEqual(highlight(text, content, []), [{ text, marked: false }]);
  });

  test('each matched word is marked on its own, the space between them is not', () => {
    assert.deepEqual(marked(highlight('tjock- och ändtarmscancer', 'tjock- och ändtarmscancer', [1, 2])), [
      'och',
      'ändtarmscancer',
    ]);
  });
});

describe('passageExcerpt', () => {
  const words = Array.from({ length: 60 }, (_, i) => `ord${i}`);
  words[10] = 'palliativ';
  words[11] = 'vård.';
  words[40] = 'vårdkedja';
  words[42] = 'vårdprogram';
  words[44] = 'vårdplan';
  const content = `${words.join(' ')} ${TERMS_MARK} vård`;
  const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

  test('shows the stretch with the most query words, marked, and "…" where the text goes on', () => {
    // Locations 10 and 11 are the phrase; 40, 42 and 44 match "vård" only as a prefix.
    const segments = passageExcerpt(content, [10, 11, 40, 42, 44], ['palliativ', 'vård'], 12);
    assert.deepEqual(marked(segments), ['palliativ', 'vård']);
    assert.equal(text(segments), `… ${words.slice(6, 18).join(' ')} …`);
  });

  test('without query words, the stretch with the most matches; never the extra words', () => {
    const segments = passageExcerpt(content, [10, 40, 42, 44], [], 12);
    assert.deepEqual(marked(segments), ['vårdkedja', 'vårdprogram', 'vårdplan']);
    assert.doesNotMatch(text(segments), new RegExp(TERMS_MARK));
  });

  test('a location among the extra words marks the compounds in the text that hold it', () => {
    // Location 61 is "vård" after the mark: it marks every word that contains it ("vård." and the three
    // compounds), and the stretch with the most of them is shown.
    assert.deepEqual(marked(passageExcerpt(content, [61], ['vård'], 12)), ['vårdkedja', 'vårdprogram', 'vårdplan']);
  });

  test('a short passage is shown whole, no "…"', () => {
    assert.equal(text(passageExcerpt('Kort text om vård.', [3], ['vård'])), 'Kort text om vård.');
  });
});

describe('namedOwners', () => {
  const labels = [
    'Barn- och ungdomscentrum, Region Västerbotten',
    'RCC Norr',
    'RCC Norrs processledare för ärftlig cancer',
    'Region Västerbotten',
    'Regionerna',
  ].map((name) => ({ label: name, name }));

  test('an owner named in full comes first, then owners whose name starts so', () => {
    assert.deepEqual(namedOwners(labels, ['region', 'västerbotten']), [
      'Region Västerbotten',
      'Barn- och ungdomscentrum, Region Västerbotten',
    ]);
    assert.deepEqual(namedOwners(labels, ['rcc', 'norr']), ['RCC Norr', 'RCC Norrs processledare för ärftlig cancer']);
  });

  test('words may be cut short, and diacritics left out', () => {
    assert.deepEqual(namedOwners(labels, ['region', 'vasterb']), [
      'Barn- och ungdomscentrum, Region Västerbotten',
      'Region Västerbotten',
    ]);
  });

  test('a word inside a name (not at its start) names no owner', () => {
    assert.deepEqual(namedOwners(labels, ['cancer']), []);
    assert.deepEqual(namedOwners(labels, ['västerbotten']), []);
    assert.deepEqual(namedOwners(labels, []), []);
  });

  test('a region added to a shared name is not part of the name', () => {
    const shared = [
      { label: 'Regionerna (Norr)', name: 'Regionerna' },
      { label: 'Regionerna (Syd)', name: 'Regionerna' },
    ];
    assert.deepEqual(namedOwners(shared, ['regionerna']), ['Regionerna (Norr)', 'Regionerna (Syd)']);
    assert.deepEqual(namedOwners(shared, ['regionerna', 'norr']), []);
  });

  test('a name with a bracket of its own is matched as written, not cut at the bracket', () => {
    const owners = [{ label: 'Centrum (CCC) för cancervård', name: 'Centrum (CCC) för cancervård' }];
    assert.deepEqual(namedOwners(owners, ['centrum', 'ccc', 'för', 'cancervård']), ['Centrum (CCC) för cancervård']);
  });
});
