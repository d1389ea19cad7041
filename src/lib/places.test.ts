// The place lookup over the site's own content/places.yaml: every form of a county, municipalities of
// several regions, and Halland's split.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { findPlaces, placeIndex } from './places.ts';
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
