// Text is what it looks like: invisible format characters, decomposed letters and blank values are
// refused, and the message shows each character as \uXXXX.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkProseChars } from './text-chars.ts';

const check = (line: string) => checkProseChars('k.mdx', `${line}\n`, 7);

test('every kind of invisible format character is refused and shown by its code point', () => {
  const cases: [string, RegExp][] = [
    ['omvänd \u202etext', /\\u202e \(styr skrivriktningen\)/],
    ['isolerad \u2066text\u2069', /\\u2066 \(styr skrivriktningen\), \\u2069/],
    ['höger\u200fmarkör', /\\u200f \(styr skrivriktningen\)/],
    ['noll\u200bbredd', /\\u200b \(osynligt tecken utan bredd\)/],
    ['ord\u2060fog', /\\u2060 \(osynligt tecken utan bredd\)/],
    ['bom\ufeffmitt', /\\ufeff \(osynligt tecken utan bredd\)/],
    ['mjukt\u00adbindestreck', /\\u00ad \(mjukt bindestreck\)/],
    ['hangul\u3164fyllnad', /\\u3164 \(osynligt tecken\)/],
  ];
  for (const [text, shown] of cases) {
    const issues = check(text);
    assert.deepEqual(
      issues.map((i) => [i.code, i.line]),
      [['text-invisible', 7]],
      text,
    );
    assert.match(issues[0].message, shown, text);
    // The quoted text shows the character escaped, never the raw character.
    assert.doesNotMatch(issues[0].message, /[\p{Cf}\u3164]/u, text);
  }
});

test('a decomposed letter is refused with the letter it should be; composed text and other marks pass', () => {
  const [issue] = check('Na\u0308rstående och o\u0308vriga');
  assert.equal(issue.code, 'text-not-nfc');
  assert.match(issue.message, /a \+ U\+0308 \(ska vara ä\), o \+ U\+0308 \(ska vara ö\)/);
  assert.match(issue.fix, /NFC/);
  assert.deepEqual(check('Närstående, café, 90 %, 2022–2024, Hårt\u00a0mellanslag'), []);
  // Marks that NFC leaves as they are (no composed letter exists, or no letter before them) pass too.
  assert.deepEqual(check('q\u0307 och \u0308a'), []);
});
