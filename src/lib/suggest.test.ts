import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { suggest } from './suggest.ts';

describe('suggest', () => {
  const goalFields = ['id', 'chapter', 'number', 'text', 'owners', 'timeframe', 'areas'];

  test('suggests "owners" for "owner"', () => {
    assert.equal(suggest('owner', goalFields), 'owners');
  });

  test('suggests field names for common typos', () => {
    assert.equal(suggest('timframe', goalFields), 'timeframe');
    assert.equal(suggest('chapters', goalFields), 'chapter');
    assert.equal(suggest('area', goalFields), 'areas');
  });

  test('suggests file names', () => {
    assert.equal(suggest('goal.yaml', ['plan.yaml', 'goals.yaml', 'inledning.mdx', 'kapitel']), 'goals.yaml');
  });

  test('suggests ids', () => {
    assert.equal(suggest('rcc-nor', ['norr-regionerna', 'rcc-norr', 'rcc-syd']), 'rcc-norr');
  });

  test('returns undefined when nothing is close', () => {
    assert.equal(suggest('tidsram', goalFields), undefined);
    assert.equal(suggest('xyz', ['norr-regionerna', 'rcc-norr']), undefined);
  });

  test('returns undefined without candidates', () => {
    assert.equal(suggest('owner', []), undefined);
  });

  test('allows 2 edits for short words and about a quarter of the length for long ones', () => {
    assert.equal(suggest('ab', ['abcd']), 'abcd');
    assert.equal(suggest('ab', ['abcde']), undefined);
    // The limit follows the length of the value typed, not of the candidate.
    const long = 'prevention-och-tidig-diagnostik';
    assert.equal(suggest('prevention-tidig-diagnostik', [long]), long); // 4 edits, limit floor(27/4) = 6
    assert.equal(suggest('prevention-och-tidig-diag', [long]), long); // 6 edits, limit floor(25/4) = 6
    assert.equal(suggest('prevention-och-tidig-dia', [long]), undefined); // 7 edits, limit floor(24/4) = 6
  });

  test('picks the closest candidate', () => {
    assert.equal(suggest('rcc-norr-', ['rcc-norr-processledare', 'rcc-norr']), 'rcc-norr');
  });

  test('keeps the first of equally close candidates', () => {
    assert.equal(suggest('rcc-x', ['rcc-a', 'rcc-b']), 'rcc-a');
  });

  test('accepts any iterable', () => {
    assert.equal(suggest('owner', new Set(goalFields)), 'owners');
    assert.equal(suggest('rcc-nor', new Map([['rcc-norr', 1]]).keys()), 'rcc-norr');
  });
});
