import assert from 'node:assert/strict';
import { test } from 'node:test';
import { perList } from './per-list.ts';

test('perList makes its value once per list object, and again for another list', () => {
  let calls = 0;
  const lengths = perList((list: string[]) => {
    calls++;
    return list.map((s) => s.length);
  });
  const a = ['ab', 'c'];
  assert.deepEqual(lengths(a), [2, 1]);
  assert.equal(lengths(a), lengths(a));
  assert.equal(calls, 1);
  assert.deepEqual(lengths(['abc']), [3]);
  assert.equal(calls, 2);
});
