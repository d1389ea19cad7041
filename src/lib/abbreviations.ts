// Abbreviations explained where they appear: on a goal or plan page, the first use of each abbreviation of
// content/terms.yaml whose written-out form has a source is marked <abbr title="written-out form"> and linked
// to its entry on the glossary. The text itself is never changed, only wrapped. Pure: the pages pass one
// `seen` set per page through its texts in reading order, so each abbreviation is marked once per page.
import type { Term } from '../schemas/index.ts';
import { termPath } from './paths.ts';
import { perList } from './per-list.ts';
import { abbreviationPattern } from './terms.ts';

export interface Abbreviation {
  abbreviation: string;
  /** The written-out form, as the glossary gives it. */
  title: string;
  /** Its entry on the glossary. */
  href: string;
}

/** A piece of a text: as written, or an abbreviation to mark. */
export type Piece = string | Abbreviation;

/** The abbreviations to mark: terms that have one and a source for their written-out form. */
export function abbreviationsOf(terms: Term[]): Abbreviation[] {
  return terms
    .filter((t) => t.abbreviation && (t.termSources ?? []).length > 0)
    .map((t) => ({ abbreviation: t.abbreviation!, title: t.term, href: termPath(t) }));
}

/** Any of the abbreviations as written, alone or in a hyphenated word ("SVF-arbetet"), longest first. */
function pattern(abbreviations: Abbreviation[]): RegExp | null {
  if (abbreviations.length === 0) return null;
  const names = abbreviations.map((a) => a.abbreviation).sort((a, b) => b.length - a.length);
  return abbreviationPattern(names, 'gu');
}

/**
 * Each list's lookup and patterns, made once: every text of every page is marked with the same list and one
 * of few sets of abbreviations not yet seen (at 100× content, making them for each text took 0.2 s a build).
 * matchAll copies a pattern, so one is shared safely.
 */
const compiledFor = perList((abbreviations: Abbreviation[]) => ({
  byName: new Map(abbreviations.map((a) => [a.abbreviation, a])),
  patterns: new Map<string, RegExp | null>(),
}));

/**
 * The text in pieces, the first use of each abbreviation not yet `seen` on the page marked (and then
 * seen). Joined, the pieces are the text exactly.
 */
export function abbreviate(text: string, abbreviations: Abbreviation[], seen: Set<string>): Piece[] {
  const { byName, patterns } = compiledFor(abbreviations);
  const left = abbreviations.filter((a) => !seen.has(a.abbreviation));
  const key = left.map((a) => a.abbreviation).join('\n');
  if (!patterns.has(key)) patterns.set(key, pattern(left));
  const re = patterns.get(key);
  if (!re) return [text];
  const pieces: Piece[] = [];
  let from = 0;
  for (const match of text.matchAll(re)) {
    if (seen.has(match[0])) continue;
    seen.add(match[0]);
    if (match.index > from) pieces.push(text.slice(from, match.index));
    pieces.push(byName.get(match[0])!);
    from = match.index + match[0].length;
  }
  if (from < text.length) pieces.push(text.slice(from));
  return pieces;
}

const escapeAttribute = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * A marked abbreviation as HTML: the glossary link around the <abbr>; inside a link (an owner's name), the
 * <abbr> alone, since a link cannot hold another.
 */
export function abbreviationHtml(a: Abbreviation, inLink = false): string {
  const abbr = `<abbr title="${escapeAttribute(a.title)}">${a.abbreviation}</abbr>`;
  return inLink ? abbr : `<a class="term" href="${escapeAttribute(a.href)}">${abbr}</a>`;
}

/** Elements whose text is never marked: links (no link in a link), code, and what is already marked. */
const SKIP = new Set(['a', 'code', 'pre', 'abbr']);

/**
 * Rendered prose (the site's own Markdown output: well-formed, no raw HTML) with the first use of each
 * abbreviation not yet `seen` marked, in its text only, never in a tag or inside a link or code.
 */
export function abbreviateHtml(html: string, abbreviations: Abbreviation[], seen: Set<string>): string {
  let skipped = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => {
      if (i % 2 === 1) {
        const tag = /^<(\/?)([a-z][a-z0-9]*)/i.exec(part);
        if (tag && SKIP.has(tag[2].toLowerCase()) && !part.endsWith('/>')) skipped += tag[1] ? -1 : 1;
        return part;
      }
      if (skipped > 0 || part === '') return part;
      return abbreviate(part, abbreviations, seen)
        .map((piece) => (typeof piece === 'string' ? piece : abbreviationHtml(piece)))
        .join('');
    })
    .join('');
}
