import assert from 'node:assert/strict';
import { test } from 'node:test';
import { model as baseModel } from '../../tests/support/model.ts';
import { ownerHierarchy } from './owner-hierarchy.ts';
import type { Owner } from '../schemas/index.ts';

// Norr with four member regions, one of which (Västerbotten) also owns goals in its own name.
function norrModel(extraOwners: Owner[] = []) {
  const m = baseModel([]);
  m.regions[0] = { ...m.regions[0], members: ['Region Norrbotten', 'Region Västerbotten', 'Region Västernorrland'] };
  m.owners = [
    { id: 'norr-regionerna', name: 'Regionerna', kind: 'regionerna', region: 'norr' },
    { id: 'region-vasterbotten', name: 'Region Västerbotten', kind: 'region', region: 'norr' },
    { id: 'rcc-norr', name: 'RCC Norr', kind: 'rcc', region: 'norr' },
    ...extraOwners,
  ];
  return m;
}

test('"Regionerna" stands for every member region, linked to the ones that are owners themselves', () => {
  const m = norrModel();
  const members = ownerHierarchy(m).regionsRepresented(m.owners[0]);
  assert.deepEqual(
    members.map((r) => [r.name, r.owner?.id ?? null]),
    [
      ['Region Norrbotten', null],
      ['Region Västerbotten', 'region-vasterbotten'],
      ['Region Västernorrland', null],
    ],
  );
});

test('only a "regionerna" owner stands for several regions', () => {
  const m = norrModel();
  assert.deepEqual(ownerHierarchy(m).regionsRepresented(m.owners[1]), []);
  assert.deepEqual(ownerHierarchy(m).regionsRepresented(m.owners[2]), []);
});

test('a member region shares the goals of its healthcare region\'s "Regionerna", not another region\'s', () => {
  // A Syd "Regionerna" and a same-named region owner in the wrong healthcare region must not be joined.
  const m = norrModel([
    { id: 'syd-regionerna', name: 'Regionerna', kind: 'regionerna', region: 'syd' },
    { id: 'vasterbotten-i-syd', name: 'Region Västerbotten', kind: 'region', region: 'syd' },
  ]);
  assert.deepEqual(
    ownerHierarchy(m)
      .sharedOwnersOf(m.owners[1])
      .map((o) => o.id),
    ['norr-regionerna'],
  );
  assert.deepEqual(ownerHierarchy(m).sharedOwnersOf(m.owners[4]), [], 'not a member of Syd');
  assert.deepEqual(ownerHierarchy(m).sharedOwnersOf(m.owners[2]), [], 'an RCC is no member region');
});

test('member regions of an unknown healthcare region are none, and names must match exactly', () => {
  const m = norrModel([{ id: 'vb', name: 'Västerbotten', kind: 'region', region: 'norr' }]);
  assert.deepEqual(ownerHierarchy(m).memberRegions('finns-inte'), []);
  assert.equal(
    ownerHierarchy(m)
      .memberRegions('norr')
      .find((r) => r.name === 'Region Västerbotten')?.owner?.id,
    'region-vasterbotten',
  );
  assert.ok(
    ownerHierarchy(m)
      .memberRegions('norr')
      .every((r) => r.owner?.id !== 'vb'),
  );
});
