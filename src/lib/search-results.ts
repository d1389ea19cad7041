// How the search page shows results: which words of a goal's text to highlight, and which owners a query
// names (their goals are then grouped by owner). Pure, for the page's script and for unit tests.
import { withoutDiacritics, wordsOf } from './spelling.ts';

/** A piece of a goal's text, highlighted when a searched word matched it. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** Pagefind's content is split into words at whitespace; its match locations count these words. */
const SPACE = /[^\S\uFEFF]+/;

/**
 * Ends a passage's own text in its indexed content, before the extra words it is also found by (a goal's
 * text ends where its title does). A symbol, not a letter: no search can match it, and no plan writes it.
 */
export const TERMS_MARK = '\u241E';

/**
 * Which of the text's words (by position) a match marks: a location within the text marks that word; a
 * location among the extra words (compound parts, synonyms, a term's other form) marks the text's words
 * that contain the extra word (the compound it is a part of).
 */
function markedWords(words: string[], contentWords: string[], textLength: number, locations: number[]): Set<number> {
  const marked = new Set<number>();
  for (const location of locations) {
    if (location < textLength) {
      marked.add(location);
      continue;
    }
    const extra = wordsOf(contentWords[location] ?? '')[0];
    if (!extra || extra.length < 3) continue;
    words.forEach((word, i) => {
      if (word.toLocaleLowerCase('sv').includes(extra)) marked.add(i);
    });
  }
  return marked;
}

/** Words and the space between them (alternating, words at even positions) as highlighted pieces. */
function segmentsOf(tokens: string[], marked: (word: number) => boolean): Segment[] {
  const segments: Segment[] = [];
  const push = (piece: string, mark: boolean) => {
    if (!piece) return;
    const last = segments.at(-1);
    if (last && last.marked === mark) last.text += piece;
    else segments.push({ text: piece, marked: mark });
  };
  tokens.forEach((token, i) => {
    if (i % 2 === 1 || !marked(i / 2)) return push(token, false);
    // Only letters and digits are marked, not the punctuation around them.
    const [, before, core, after] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(token)!;
    push(before, false);
    push(core, true);
    push(after, false);
  });
  return segments;
}

/**
 * The goal's text cut into highlighted and plain pieces, from Pagefind's match locations in the indexed
 * content. The content starts with the goal's text (it is the only text indexed) and ends with the extra
 * words the goal is indexed under.
 */
export function highlight(text: string, content: string, locations: number[]): Segment[] {
  const tokens = text.split(/(\s+)/);
  const words = tokens.filter((_, i) => i % 2 === 0);
  const marked = markedWords(words, content.split(SPACE), words.length, locations);
  return segmentsOf(tokens, (i) => marked.has(i));
}

/** How many words of a passage its excerpt shows. */
export const EXCERPT_WORDS = 36;

/**
 * A passage's excerpt: the stretch of its text, `size` words long, that holds the most of the query's words
 * and then the most matched words (the first such stretch), those words highlighted, and "…" where the text
 * goes on. Only the passage's own words are shown, never the extra words after TERMS_MARK.
 */
export function passageExcerpt(
  content: string,
  locations: number[],
  queryWords: string[] = [],
  size = EXCERPT_WORDS,
): Segment[] {
  const contentWords = content.split(SPACE).filter((w) => w !== '');
  const mark = contentWords.indexOf(TERMS_MARK);
  const textLength = mark < 0 ? contentWords.length : mark;
  const words = contentWords.slice(0, textLength);
  const marked = markedWords(words, contentWords, textLength, locations);
  const plain = (word: string) => withoutDiacritics(word.toLocaleLowerCase('sv'));
  const wanted = [...new Set(queryWords.map(plain))];
  // A little context before the first matched word of the stretch.
  const LEAD = 4;
  let start = 0;
  let best = -1;
  for (const i of [...marked].sort((a, b) => a - b)) {
    const from = Math.max(0, Math.min(i - LEAD, textLength - size));
    const inside = [...marked].filter((j) => j >= from && j < from + size).map((j) => plain(words[j]));
    const covered = wanted.filter((q) => inside.some((w) => w.includes(q))).length;
    const score = covered * (size + 1) + inside.length;
    if (score > best) [best, start] = [score, from];
  }
  const end = Math.min(textLength, start + size);
  const tokens = words.slice(start, end).flatMap((w, i) => (i === 0 ? [w] : [' ', w]));
  const segments = segmentsOf(tokens, (i) => marked.has(start + i));
  if (start > 0) segments.unshift({ text: '… ', marked: false });
  if (end < textLength) segments.push({ text: ' …', marked: false });
  return segments;
}

/**
 * The owner labels a query names: those where the query's words begin a name, word by word (each may be
 * cut short), diacritics aside. A label can hold two names ("Barn- och ungdomscentrum, Region Västerbotten");
 * the query may begin either. The owner whose whole name the query is comes first, then the rest
 * alphabetically. Each label comes with the owner's name (a region added to a shared name is not part of it).
 */
export function namedOwners(owners: { label: string; name: string }[], queryWords: string[]): string[] {
  if (queryWords.length === 0) return [];
  const query = queryWords.map(withoutDiacritics);
  const same = (words: string[]) => words.length === query.length && query.every((q, i) => words[i] === q);
  const fit = (name: string): 'full' | 'start' | null => {
    if (same(wordsOf(name).map(withoutDiacritics))) return 'full';
    const starts = name.split(',').some((part) => {
      const words = wordsOf(part).map(withoutDiacritics);
      return words.length >= query.length && query.every((q, i) => words[i].startsWith(q));
    });
    return starts ? 'start' : null;
  };
  const found = owners.map(({ label, name }) => ({ label, fit: fit(name) })).filter((f) => f.fit !== null);
  return found
    .sort((a, b) => (a.fit === b.fit ? a.label.localeCompare(b.label, 'sv') : a.fit === 'full' ? -1 : 1))
    .map((f) => f.label);
}
