import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cutText } from './cut-text.ts';

describe('cutText', () => {
  test('leaves short text, cuts long text to the limit with an ellipsis', () => {
    assert.equal(cutText('kort'), 'kort');
    assert.equal(cutText('x'.repeat(60)), 'x'.repeat(60));
    assert.equal(cutText('x'.repeat(61)), `${'x'.repeat(57)}…`);
    assert.equal(cutText('abcdef', 5), 'ab…');
  });
});
