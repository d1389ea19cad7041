// The place lookup over the site's own content/places.yaml: every form of a county, municipalities of
// several regions, and Halland's split.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { findPlaces, placeIndex, placesIn } from './places.ts';
import { validate } from './validate/index.ts';

const model = validate(join(import.meta.dirname, '..', '..')).model;
const index = placeIndex(model, (id) => `/regioner/${id}/`);
const answer = (query: string) =>
  findPlaces(index, query).map((p) => [p.kind, p.name, p.regions.map((r) => r.id).join('+')]);

test('a county by its SCB name, short name, region name and without "län"', () => {
  for (const query of ['Värmlands län', 'värmland', 'Region Värmland', 'Värmland län', '  VÄRMLAND '])
    assert.deepEqual(answer(query), [['county', 'Värmlands län', 'mellansverige']], query);
  assert.deepEqual(answer('Västra Götalandsregionen'), [['county', 'Västra Götalands län', 'vast']]);
});

test('municipalities of several regions, with "kommun" or hyphens written differently', () => {
  assert.deepEqual(answer('Kiruna'), [['municipality', 'Kiruna', 'norr']]);
  assert.deepEqual(answer('Växjö kommun'), [['municipality', 'Växjö', 'syd']]);
  assert.deepEqual(answer('upplands bro'), [['municipality', 'Upplands-Bro', 'stockholm-gotland']]);
  assert.deepEqual(answer('Vimmerby'), [['municipality', 'Vimmerby', 'sydost']]);
});

test('a name that is both county and municipality gives the county first, unless "kommun" is written', () => {
  assert.deepEqual(answer('Uppsala'), [
    ['county', 'Uppsala län', 'mellansverige'],
    ['municipality', 'Uppsala', 'mellansverige'],
  ]);
  assert.equal(answer('Uppsala kommun')[0][0], 'municipality');
});

test('Halland offers both regions, naming the municipalities; its towns find their own region', () => {
  const [halland] = findPlaces(index, 'Halland');
  assert.deepEqual(
    halland.regions.map((r) => [r.id, index.regions[r.id].href, r.municipalities]),
    [
      ['syd', '/regioner/syd/', ['Hylte', 'Halmstad', 'Laholm']],
      ['vast', '/regioner/vast/', ['Falkenberg', 'Varberg', 'Kungsbacka']],
    ],
  );
  assert.match(halland.split?.quote ?? '', /Regionalt Cancercentrum Syd och Regionalt Cancercentrum Väst/);
  assert.deepEqual(answer('Laholm'), [['municipality', 'Laholm', 'syd']]);
  assert.deepEqual(answer('Varberg'), [['municipality', 'Varberg', 'vast']]);
});

test('words that are not a whole place name find no place', () => {
  assert.deepEqual(answer('screening'), []);
  assert.deepEqual(answer('screening i Kiruna'), []);
  assert.deepEqual(answer(''), []);
});

describe('a place among other words', () => {
  // Words the plans use, as the search page's word list would say.
  const planWords = new Set([
    'vård',
    'palliativ',
    'screening',
    'i',
    'vara',
    'jämlik',
    'lund',
    'region',
    'västerbotten',
  ]);
  const named = (query: string) => {
    const found = placesIn(index, query, (w) => planWords.has(w));
    return [found.places.map((p) => [p.kind, p.name, p.regions.map((r) => r.id).join('+')]), found.rest];
  };

  test('is found in any position and form, and the other words are left to search for', () => {
    assert.deepEqual(named('palliativ vård i Gävleborg'), [
      [['county', 'Gävleborgs län', 'mellansverige']],
      ['palliativ', 'vård'],
    ]);
    assert.deepEqual(named('Region Jönköpings län, screening'), [
      [['county', 'Jönköpings län', 'sydost']],
      ['screening'],
    ]);
    assert.deepEqual(named('screening Upplands-Bro'), [
      [['municipality', 'Upplands-Bro', 'stockholm-gotland']],
      ['screening'],
    ]);
    assert.deepEqual(named('Kiruna screening'), [[['municipality', 'Kiruna', 'norr']], ['screening']]);
  });

  test('a preposition before a place left to the place answer is left out with it', () => {
    assert.deepEqual(named('screening inom Region Kronoberg'), [[['county', 'Kronobergs län', 'syd']], ['screening']]);
    assert.deepEqual(named('vård i Region Västerbotten'), [
      [['county', 'Västerbottens län', 'norr']],
      ['vård', 'i', 'region', 'västerbotten'],
    ]);
  });

  test('several places are each answered once; a split county keeps both regions', () => {
    assert.deepEqual(named('Halland Borås Borås'), [
      [
        ['county', 'Hallands län', 'syd+vast'],
        ['municipality', 'Borås', 'vast'],
      ],
      [],
    ]);
  });

  test("a name the plans' text has is answered and still searched for (an owner, say); one it lacks is not searched", () => {
    assert.deepEqual(named('screening Region Västerbotten'), [
      [['county', 'Västerbottens län', 'norr']],
      ['screening', 'region', 'västerbotten'],
    ]);
    assert.deepEqual(named('Västerbotten palliativ'), [
      [['county', 'Västerbottens län', 'norr']],
      ['västerbotten', 'palliativ'],
    ]);
    assert.deepEqual(named('palliativ Region Kronoberg'), [[['county', 'Kronobergs län', 'syd']], ['palliativ']]);
  });

  test('a word the plans use that names only a municipality is a place only with "kommun", "län" or "stad"', () => {
    assert.deepEqual(named('vård ska vara jämlik'), [[], ['vård', 'ska', 'vara', 'jämlik']]);
    assert.deepEqual(named('Vara kommun screening'), [[['municipality', 'Vara', 'vast']], ['screening']]);
    assert.deepEqual(named('Lund stad palliativ'), [[['municipality', 'Lund', 'syd']], ['palliativ']]);
  });

  test('a query without a place is left as it is', () => {
    assert.deepEqual(named('screening av tjock- och ändtarmscancer'), [
      [],
      ['screening', 'av', 'tjock', 'och', 'ändtarmscancer'],
    ]);
    assert.deepEqual(named('  '), [[], []]);
  });
});
