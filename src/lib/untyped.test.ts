import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRecord, recordsOf, stringField } from './untyped.ts';

test('isRecord accepts plain objects only', () => {
  assert.equal(isRecord({ id: 'a' }), true);
  for (const v of [null, undefined, [], 'x', 3, true]) assert.equal(isRecord(v), false, String(v));
});

test('stringField reads a string field and nothing else', () => {
  assert.equal(stringField({ id: 'a' }, 'id'), 'a');
  assert.equal(stringField({ id: 3 }, 'id'), undefined);
  assert.equal(stringField({ id: { toString: () => 'x' } }, 'id'), undefined);
  assert.equal(stringField(['id'], '0'), undefined);
  assert.equal(stringField(null, 'id'), undefined);
});

test('recordsOf keeps the records of a list', () => {
  assert.deepEqual(recordsOf([{ a: 1 }, null, 'x', [1], { b: 2 }]), [{ a: 1 }, { b: 2 }]);
  assert.deepEqual(recordsOf({ a: 1 }), []);
  assert.deepEqual(recordsOf(undefined), []);
});
