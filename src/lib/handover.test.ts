import assert from 'node:assert/strict';
import { test } from 'node:test';
import { handover } from './handover.ts';

test('a value is taken only for the key it was handed over for, and a later one replaces it', () => {
  const h = handover<number>('test-keyed');
  assert.equal(h.take('/a'), undefined);
  h.put('/a', 1);
  assert.equal(h.take('/a'), 1);
  assert.equal(h.take('/b'), undefined);
  h.put('/b', 2);
  assert.equal(h.take('/b'), 2);
  assert.equal(h.take('/a'), undefined);
});

test('the same name is one handover wherever it is made (another module graph); another name is another', () => {
  // Two handovers made apart, as the gate and the pages each make their own.
  handover<string>('test-shared').put('/root', 'validated');
  assert.equal(handover<string>('test-shared').take('/root'), 'validated');
  assert.equal(handover<string>('test-other').take('/root'), undefined);
});
