import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { typoDistance } from './edit-distance.ts';

describe('typoDistance (shared by suggestions and search corrections)', () => {
  test('identical strings', () => {
    assert.equal(typoDistance('owners', 'owners'), 0);
    assert.equal(typoDistance('', ''), 0);
  });

  test('to and from the empty string', () => {
    assert.equal(typoDistance('', 'abc'), 3);
    assert.equal(typoDistance('abc', ''), 3);
  });

  test('one insertion, deletion or substitution', () => {
    assert.equal(typoDistance('owner', 'owners'), 1);
    assert.equal(typoDistance('owners', 'owner'), 1);
    assert.equal(typoDistance('rcc-nord', 'rcc-norr'), 1);
  });

  test('two swapped neighbours count as one edit (the commonest typo)', () => {
    assert.equal(typoDistance('tiemframe', 'timeframe'), 1);
  });

  test('classic example', () => {
    assert.equal(typoDistance('kitten', 'sitting'), 3);
  });

  test('is symmetric', () => {
    for (const [a, b] of [
      ['goal.yaml', 'goals.yaml'],
      ['norr', 'syd'],
      ['', 'x'],
      ['regionerna', 'region'],
    ]) {
      assert.equal(typoDistance(a, b), typoDistance(b, a), `${a} / ${b}`);
    }
  });

  test('counts Swedish letters as single characters', () => {
    assert.equal(typoDistance('vägen', 'vagen'), 1);
  });
});
