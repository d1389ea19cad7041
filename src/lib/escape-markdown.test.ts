import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeMarkdown } from './escape-markdown.ts';

test('markup characters are escaped, everything else is left as it is', () => {
  assert.equal(
    escapeMarkdown('a*b_c `d` [e](f) <g> | h ~~i~~ \\'),
    'a\\*b\\_c \\`d\\` \\[e\\](f) \\<g\\> \\| h \\~\\~i\\~\\~ \\\\',
  );
  assert.equal(escapeMarkdown('Mål 2:1 – 90 % (2022–2024).'), 'Mål 2:1 – 90 % (2022–2024).');
});
