// Ids are file names and URL segments: ASCII kebab-case, checked by ID_PATTERN and every schema using it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  areaMapSchema,
  goalSchema,
  ID_PATTERN,
  idSchema,
  ownerSchema,
  planSchema,
  regionSchema,
} from '../../src/schemas/index.ts';

const VALID = ['rcc-norr', 'norr22-opt', 'norr', 'a', '2022', 'stockholm-gotland', 'vagen-framat-2020-2022', 'x1-2y'];
const INVALID = [
  'RCC',
  'Rcc-norr',
  'rcc_norr',
  'rcc--norr',
  '-x',
  'x-',
  '-',
  'å',
  'vägen-framåt',
  'rcc norr',
  ' rcc-norr',
  'rcc-norr ',
  'rcc.norr',
  'rcc/norr',
  '',
  'rcc-norr\n',
];

describe('ID_PATTERN', () => {
  for (const id of VALID) test(`accepts ${JSON.stringify(id)}`, () => assert.match(id, ID_PATTERN));
  for (const id of INVALID) test(`rejects ${JSON.stringify(id)}`, () => assert.doesNotMatch(id, ID_PATTERN));
});

describe('idSchema', () => {
  test('accepts valid ids unchanged', () => {
    for (const id of VALID) assert.deepEqual(idSchema.safeParse(id), { success: true, data: id });
  });

  test('rejects invalid ids with the "id-format" message the validator translates', () => {
    for (const id of INVALID) {
      const result = idSchema.safeParse(id);
      assert.equal(result.success, false, id);
      assert.equal(result.error.issues[0].message, 'id-format', id);
    }
  });

  test('rejects non-strings', () => {
    for (const value of [2022, null, undefined, ['rcc-norr'], { id: 'rcc-norr' }]) {
      assert.equal(idSchema.safeParse(value).success, false, JSON.stringify(value));
    }
  });
});

const goal = {
  id: 'norr22-opt',
  chapter: 'prevention-och-tidig-diagnostik',
  text: 'Organiserad prostatacancertestning ska införas.',
};

describe('schemas use the id rule', () => {
  test('goal id, chapter and owners', () => {
    assert.equal(goalSchema.safeParse(goal).success, true);
    assert.equal(goalSchema.safeParse({ ...goal, id: 'Norr22-OPT' }).success, false);
    assert.equal(goalSchema.safeParse({ ...goal, chapter: 'prevention_och_tidig_diagnostik' }).success, false);
    assert.equal(goalSchema.safeParse({ ...goal, owners: ['rcc-norr', 'RCC Norr'] }).success, false);
  });

  test('the failing path points at the bad id', () => {
    const result = goalSchema.safeParse({ ...goal, owners: ['rcc-norr', 'RCC Norr'] });
    assert.equal(result.success, false);
    assert.deepEqual(
      result.error.issues.map((i) => [i.path, i.message]),
      [[['owners', 1], 'id-format']],
    );
  });

  test('goal defaults: no owners, no timeframe', () => {
    const result = goalSchema.safeParse(goal);
    assert.ok(result.success);
    assert.deepEqual(result.data.owners, []);
    assert.equal(result.data.timeframe, null);
  });

  test('owner id and region', () => {
    const owner = { id: 'norr-regionerna', name: 'Regionerna', kind: 'regionerna', region: 'norr' };
    assert.equal(ownerSchema.safeParse(owner).success, true);
    assert.equal(ownerSchema.safeParse({ ...owner, id: 'norr_regionerna' }).success, false);
    assert.equal(ownerSchema.safeParse({ ...owner, region: 'Norr' }).success, false);
    const { region: _region, ...national } = owner;
    assert.equal(ownerSchema.safeParse({ ...national, id: 'socialstyrelsen', kind: 'nationell' }).success, true);
  });

  test('region id', () => {
    const region = {
      id: 'stockholm-gotland',
      name: 'Sjukvårdsregion Stockholm Gotland',
      shortName: 'Stockholm Gotland',
      rcc: 'RCC Stockholm Gotland',
      members: ['Region Stockholm', 'Region Gotland'],
    };
    assert.equal(regionSchema.safeParse(region).success, true);
    assert.equal(regionSchema.safeParse({ ...region, id: 'stockholm gotland' }).success, false);
  });

  test('area map: direction ids as keys, area ids as values', () => {
    assert.equal(areaMapSchema.safeParse({ 'nationella-cancerstrategin': ['minska-risken'] }).success, true);
    assert.equal(areaMapSchema.safeParse({ 'nationella-cancerstrategin': ['Minska risken'] }).success, false);
    assert.equal(areaMapSchema.safeParse({ 'Nationella-cancerstrategin': ['minska-risken'] }).success, false);
    assert.equal(areaMapSchema.safeParse({ 'nationella-cancerstrategin': [] }).success, false, 'at least one area');
  });

  test('plan region, follows and gaps', () => {
    const plan = {
      region: 'norr',
      title: 'Cancerplan för norra sjukvårdsregionen 2022–2024',
      period: { from: 2022, to: 2024 },
      adoption: [],
      source: { title: 'Cancerplan', url: 'https://cancercentrum.se/norr/' },
      follows: ['nationella-cancerstrategin'],
      levels: { chapter: 'kapitel', goal: 'mål' },
      columns: [{ key: 'goal', label: 'Mål' }],
      status: 'complete',
      statusNote: 'Allt är överfört.',
      gaps: [{ direction: 'nationella-cancerstrategin', area: 'minska-risken', statedBy: 'plan', reason: 'Inga mål.' }],
    };
    assert.equal(planSchema.safeParse(plan).success, true);
    assert.equal(planSchema.safeParse({ ...plan, region: 'Norr' }).success, false);
    assert.equal(planSchema.safeParse({ ...plan, follows: ['vägen-framåt'] }).success, false);
    assert.equal(planSchema.safeParse({ ...plan, gaps: [{ ...plan.gaps[0], area: 'minska risken' }] }).success, false);
  });
});
