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
 * The goal's text cut into highlighted and plain pieces, from Pagefind's match locations in the indexed
 * content. The content starts with the goal's text (it is the only text indexed) and ends with the extra
 * words the goal is indexed under (compound parts and synonyms); a location among those marks the text's
 * words that contain the extra word (the compound it is a part of). Only letters and digits are marked,
 * not the punctuation around them.
 */
export function highlight(text: string, content: string, locations: number[]): Segment[] {
  const tokens = text.split(/(\s+)/);
  const words = tokens.filter((_, i) => i % 2 === 0);
  const contentWords = content.split(SPACE);
  const marked = new Set<number>();
  for (const location of locations) {
    if (location < words.length) {
      marked.add(location);
      continue;
    }
    const extra = wordsOf(contentWords[location] ?? '')[0];
    if (!extra || extra.length < 3) continue;
    words.forEach((word, i) => {
      if (word.toLocaleLowerCase('sv').includes(extra)) marked.add(i);
    });
  }
  const segments: Segment[] = [];
  const push = (piece: string, mark: boolean) => {
    if (!piece) return;
    const last = segments.at(-1);
    if (last && last.marked === mark) last.text += piece;
    else segments.push({ text: piece, marked: mark });
  };
  tokens.forEach((token, i) => {
    if (i % 2 === 1 || !marked.has(i / 2)) return push(token, false);
    const [, before, core, after] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(token)!;
    push(before, false);
    push(core, true);
    push(after, false);
  });
  return segments;
}

/**
 * The owner labels a query names: those where the query's words begin a name, word by word (each may be
 * cut short), diacritics aside. A label can hold two names ("Barn- och ungdomscentrum, Region Västerbotten");
 * the query may begin either. The owner whose whole name the query is comes first, then the rest
 * alphabetically; a region added in brackets to a shared name is not part of the name.
 */
export function namedOwners(labels: string[], queryWords: string[]): string[] {
  if (queryWords.length === 0) return [];
  const query = queryWords.map(withoutDiacritics);
  const same = (words: string[]) => words.length === query.length && query.every((q, i) => words[i] === q);
  const fit = (label: string): 'full' | 'start' | null => {
    const [name] = label.split('(');
    if (same(wordsOf(name).map(withoutDiacritics))) return 'full';
    const starts = name.split(',').some((part) => {
      const words = wordsOf(part).map(withoutDiacritics);
      return words.length >= query.length && query.every((q, i) => words[i].startsWith(q));
    });
    return starts ? 'start' : null;
  };
  const found = labels.map((label) => ({ label, fit: fit(label) })).filter((f) => f.fit !== null);
  return found
    .sort((a, b) => (a.fit === b.fit ? a.label.localeCompare(b.label, 'sv') : a.fit === 'full' ? -1 : 1))
    .map((f) => f.label);
}
