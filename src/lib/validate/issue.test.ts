import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeIssue, MAX_VALUE, safeText } from './issue.ts';

test('control characters are shown as escapes, never raw', () => {
  assert.equal(safeText('a\u001b[31mb', 80), 'a\\u001b[31mb');
  assert.equal(
    safeText('nul\u0000 cr\r lf\n tab\t del\u007f', 80),
    'nul\\u0000 cr\\u000d lf\\u000a tab\\u0009 del\\u007f',
  );
  // Bidirectional overrides can make a line read as something else.
  assert.equal(safeText('x\u202ey', 80), 'x\\u202ey');
  assert.equal(safeText('Målet gäller hela regionen.', 80), 'Målet gäller hela regionen.');
});

test('long text is cut with an ellipsis, never inside an escape or a surrogate pair', () => {
  assert.equal(safeText('a'.repeat(80), 80), 'a'.repeat(80));
  assert.equal(safeText('a'.repeat(81), 80), `${'a'.repeat(79)}…`);
  const cut = safeText(`${'a'.repeat(75)}\u001b${'b'.repeat(10)}`, 80);
  assert.equal(cut, `${'a'.repeat(75)}…`);
  const emoji = safeText(`${'a'.repeat(78)}😀😀`, 80);
  assert.equal(emoji, `${'a'.repeat(78)}…`);
});

test('every parameter, the file and the field of an issue are made safe', () => {
  const issue = makeIssue(
    'unknown-owner',
    { value: `\u001b]8;;https://evil\u0007${'x'.repeat(500)}`, suggestion: '' },
    { file: 'plans/a\u001b[2J/goals.yaml', line: 1, col: 1, field: '[0].owners\r[0]' },
  );
  const text = JSON.stringify(issue);
  assert.doesNotMatch(`${issue.message}${issue.fix}${issue.file}${issue.field}`, /[\u0000-\u001f\u007f]/);
  assert.ok(text.includes('\\\\u001b]8;;https://evil\\\\u0007'));
  assert.equal(issue.file, 'plans/a\\u001b[2J/goals.yaml');
  assert.equal(issue.field, '[0].owners\\u000d[0]');
  const quoted = /"([^"]*)"/.exec(issue.message)![1];
  assert.ok(quoted.length <= MAX_VALUE, quoted);
});
