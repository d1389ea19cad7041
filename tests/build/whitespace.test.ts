// Astro drops whitespace that holds a line break next to an element in some templates (and Prettier wraps
// lines at element boundaries), so a word can end up glued to a link or a badge: "i de<a>öppna data".
// This reads every built page for a word that touches an inline element's start or end tag.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlFiles, readDist } from '../support/dist.ts';

const INLINE = 'a|strong|em|b|i|time|abbr|code|span';
// A letter, digit or closing punctuation right before an inline start tag whose content starts a word…
const GLUED_BEFORE = new RegExp(`[\\p{L}\\p{N}.,;:!?)]<(?:${INLINE})\\b[^>]*>[\\p{L}\\p{N}(]`, 'gu');
// …or an inline end tag right before a word.
const GLUED_AFTER = new RegExp(`[\\p{L}\\p{N}.)]</(?:${INLINE})>[\\p{L}\\p{N}(]`, 'gu');
// Hidden labels (the coverage table's per-cell region name) are laid out as their own line, not read.
const HIDDEN_LABEL = /<span[^>]*aria-hidden="true"[^>]*>[^<]*<\/span>/g;

function gluedWords(html: string): string[] {
  const text = html.replace(HIDDEN_LABEL, ' ');
  return [GLUED_BEFORE, GLUED_AFTER].flatMap((re) =>
    [...text.matchAll(re)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20)),
  );
}

test('the check finds a word glued to a link or a badge, and not one spaced from it', () => {
  assert.equal(gluedWords('<p>i de<a href="/x">öppna data</a>, som</p>').length, 1);
  assert.equal(gluedWords('<dd>2019–2021<span class="badge">Gäller</span></dd>').length, 1);
  assert.equal(gluedWords('<p><strong>Klart.</strong>En plan</p>').length, 1);
  assert.equal(gluedWords('<p>i de <a href="/x">öppna data</a>, som <strong>a</strong> b</p>').length, 0);
  assert.equal(gluedWords('<td><span class="cell-label" aria-hidden="true">Norr</span>Lucka</td>').length, 0);
});

test('no built page glues a word to an inline element', () => {
  const found = htmlFiles().flatMap((file) => gluedWords(readDist(file)).map((at) => `${file}: ${at}`));
  assert.deepEqual(found, []);
});
