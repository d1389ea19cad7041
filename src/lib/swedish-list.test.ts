import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listSv } from './swedish-list.ts';

test('joins with commas and a last "och" or "eller"', () => {
  assert.equal(listSv([]), '');
  assert.equal(listSv(['a']), 'a');
  assert.equal(listSv(['a', 'b']), 'a och b');
  assert.equal(listSv(['a', 'b', 'c']), 'a, b och c');
  assert.equal(listSv(['a', 'b', 'c'], 'eller'), 'a, b eller c');
});
