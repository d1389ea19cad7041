// Text is what it looks like. Invisible format characters (direction overrides, zero-width spaces and
// joiners, soft hyphens …) make a goal read differently from what it says, split or join search words
// and hide in ids; decomposed letters (a + U+0308 for ä, as PDFs and macOS copy them) look right but
// are other text to search and to compare. No plan writes either, so the check refuses them, in every
// YAML value and in prose, and shows each one as \uXXXX. Text is stored as NFC: refused, not normalised,
// so that the file says exactly what is published.
import { makeIssue, type Issue, type Location } from './issue.ts';
import type { LoadedFiles } from './load.ts';
import { locate } from './source.ts';
import { walkStrings, yamlSources } from './spreadsheet.ts';
import { cutText } from '../cut-text.ts';

/** Unicode format characters (Cf) and the blank letters that render as nothing, as a character class's body. */
const INVISIBLE_CHARS = String.raw`\p{Cf}\u034f\u115f\u1160\u3164\uffa0`;
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'gu');
/** Where the first refused character is: an invisible one, or a combining mark after another character. */
const FIRST_REFUSED = new RegExp(`[${INVISIBLE_CHARS}]|\\P{M}\\p{M}`, 'u');
/** A character the checks below may refuse: an invisible one, or any combining mark. */
const SUSPECT = new RegExp(`[${INVISIBLE_CHARS}\\p{M}]`, 'u');

const hex = (ch: string) => (ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0');
const codePoint = (ch: string) => `U+${hex(ch).toUpperCase()}`;

/** What an invisible character does, in Swedish, for the message. */
function describe(ch: string): string {
  if (/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/.test(ch)) return `\\u${hex(ch)} (styr skrivriktningen)`;
  if (/[\u200b-\u200d\u2060\ufeff]/.test(ch)) return `\\u${hex(ch)} (osynligt tecken utan bredd)`;
  if (ch === '\u00ad') return '\\u00ad (mjukt bindestreck)';
  return `\\u${hex(ch)} (osynligt tecken)`;
}

/** Each different invisible character in a text, described; empty when there is none. */
function invisibleIn(text: string): string[] {
  return [...new Set(text.match(INVISIBLE) ?? [])].map(describe);
}

/** Decomposed letters (a letter and its combining marks that NFC makes one letter), shown by code point. */
function decomposedIn(text: string): string[] {
  const found = (text.match(/\P{M}\p{M}+/gu) ?? []).filter((seq) => seq.normalize('NFC') !== seq);
  return [...new Set(found)].map(
    (seq) =>
      `${[...seq].map((ch, i) => (i === 0 ? ch : codePoint(ch))).join(' + ')} (ska vara ${seq.normalize('NFC')})`,
  );
}

/** The issues for one text at one place (`at`, asked for only when there is an issue). */
function textIssues(text: string, at: () => Location, blankCounts: boolean): Issue[] {
  // Nearly every text has no suspect character: then only blankness is left to judge, and the slower
  // searches below are skipped (they were a sixth of the check's time at 100× content).
  if (!SUSPECT.test(text))
    return blankCounts && text !== '' && text.trim() === '' ? [makeIssue('text-blank', {}, at())] : [];
  const issues: Issue[] = [];
  const where = at();
  // Quoted from a little before the first character that is refused, so the message shows it.
  const first = text.search(FIRST_REFUSED);
  const from = first > 20 ? first - 20 : 0;
  const rest = text.slice(from);
  const quoted = `${from > 0 ? '…' : ''}${cutText(rest)}`;
  const invisible = invisibleIn(text);
  if (invisible.length > 0)
    issues.push(makeIssue('text-invisible', { value: quoted, chars: invisible.join(', ') }, where));
  const decomposed = decomposedIn(text);
  if (decomposed.length > 0)
    issues.push(makeIssue('text-not-nfc', { value: quoted, letters: decomposed.join(', ') }, where));
  if (blankCounts && invisible.length === 0 && text !== '' && text.trim() === '')
    issues.push(makeIssue('text-blank', {}, where));
  return issues;
}

/** Every string value of every YAML document the loader read. */
export function checkTextChars(files: LoadedFiles): Issue[] {
  return yamlSources(files).flatMap((source) =>
    walkStrings(source.data).flatMap(({ value, path }) => textIssues(value, () => locate(source, path), true)),
  );
}

/** The lines of a prose body; `bodyLine` is the file line the body starts on. One issue per line and kind. */
export function checkProseChars(file: string, body: string, bodyLine: number): Issue[] {
  return body.split('\n').flatMap((line, i) => textIssues(line, () => ({ file, line: bodyLine + i, col: 1 }), false));
}
