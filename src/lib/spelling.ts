// What a search query's words mean against the words the goal pages are indexed under (the word list the
// build writes, src/lib/word-list.ts): known words are searched as typed, a misspelt word is corrected to the
// nearest indexed word, and a word that is neither matches nothing (Pagefind itself would fall back to the
// longest prefix it knows, so "norrxyz" would find every goal with "norr"). Pure, so the search page's script
// uses it and unit tests check it without a browser.
import { typoDistance } from './edit-distance.ts';

/** Where the build writes the word list, under the site's root (scripts/search-index.ts). */
export const WORD_LIST_FILE = 'sok/ordlista.json';

/** The word list as the build writes it: indexed words, sorted, with how many goal pages have each. */
export interface WordList {
  version: 1;
  words: string[];
  counts: number[];
}

/**
 * The words of a query or a text, as Pagefind splits them: lower case, letters and digits. Composed first,
 * so a letter typed as a base letter and a combining mark ("a" and a ring) is one letter ("å").
 */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLocaleLowerCase('sv')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** A word without diacritics, as Pagefind compares words by default ("vard" finds "vård"). */
export function withoutDiacritics(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

const VOWELS = 'aeiouyäåö';
const STEP1 = [
  'heterna',
  'hetens',
  'anden',
  'heten',
  'heter',
  'arnas',
  'ernas',
  'ornas',
  'andes',
  'arens',
  'andet',
  'arna',
  'erna',
  'orna',
  'ande',
  'arne',
  'aste',
  'aren',
  'ades',
  'erns',
  'ade',
  'are',
  'ern',
  'ens',
  'het',
  'ast',
  'ad',
  'en',
  'ar',
  'er',
  'or',
  'as',
  'es',
  'at',
  'a',
  'e',
];
const S_ENDING = 'bcdfghjklmnoprtvy';

/**
 * The Swedish Snowball stem of a lower-case word (the algorithm Pagefind stems Swedish pages with): common
 * endings removed from the part after the first vowel–consonant pair, at least three letters in.
 */
export function stem(word: string): string {
  let r1 = word.length;
  for (let i = 1; i < word.length; i++) {
    if (!VOWELS.includes(word[i]) && VOWELS.includes(word[i - 1])) {
      r1 = Math.max(i + 1, 3);
      break;
    }
  }
  let w = word;
  const inR1 = (suffix: string) => w.endsWith(suffix) && w.length - suffix.length >= r1;
  const ending = STEP1.find(inR1);
  if (ending) w = w.slice(0, -ending.length);
  else if (inR1('s') && S_ENDING.includes(w.at(-2) ?? '')) w = w.slice(0, -1);
  if (['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'].some(inR1)) w = w.slice(0, -1);
  if (inR1('fullt')) w = w.slice(0, -1);
  else if (inR1('löst')) w = w.slice(0, -1);
  else {
    const last = ['lig', 'els', 'ig'].find(inR1);
    if (last) w = w.slice(0, -last.length);
  }
  return w;
}

/** How many edits a word of this length may be away from the word it is corrected to. */
export const typoLimit = (word: string) => (word.length <= 6 ? 1 : 2);

/** The indexed words, prepared for lookups. */
export interface Lexicon {
  words: string[];
  counts: number[];
  /** The words without diacritics, in the same order. */
  plain: string[];
}

export function lexicon(list: WordList): Lexicon {
  return { words: list.words, counts: list.counts, plain: list.words.map(withoutDiacritics) };
}

/**
 * The indexed words a query word finds: those that start with its stem, diacritics aside (Pagefind matches
 * a stemmed query word as a prefix). Empty when the word is unknown.
 */
export function extensions(lex: Lexicon, word: string): string[] {
  const prefix = withoutDiacritics(stem(word));
  return lex.words.filter((_, i) => lex.plain[i].startsWith(prefix));
}

/** Indexed words within `limit` edits of the word, nearest first, then the most common, then alphabetically. */
export function nearest(lex: Lexicon, word: string, limit: number, max: number): string[] {
  const found: { word: string; distance: number; count: number }[] = [];
  lex.words.forEach((candidate, i) => {
    if (Math.abs(candidate.length - word.length) > limit) return;
    const distance = typoDistance(word, candidate);
    if (distance <= limit) found.push({ word: candidate, distance, count: lex.counts[i] });
  });
  found.sort(
    (a, b) => a.distance - b.distance || b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0),
  );
  return found.slice(0, max).map((f) => f.word);
}

export interface QueryWord {
  /** As the reader wrote it (lower case). */
  typed: string;
  /** What is searched for: the word itself, its correction, or null when it matches nothing. */
  used: string | null;
}

export interface PlannedQuery {
  words: QueryWord[];
  /** Whether some word was corrected. */
  corrected: boolean;
  /** The query Pagefind runs (known and corrected words), or null when some word matches nothing. */
  search: string | null;
  /** Every indexed word the searched words extend to (Pagefind must load the index for each). */
  extensions: string[];
}

/** Digits are not corrected: a year or a number is either indexed or not. */
const correctable = (word: string) => /^\p{L}+$/u.test(word);

/**
 * How a query is searched: known words as typed; unknown words corrected to the nearest indexed word unless
 * `exact`; and no search at all when a word is neither (it would otherwise match through a shorter prefix).
 */
export function planQuery(lex: Lexicon, query: string, exact = false): PlannedQuery {
  const all = new Set<string>();
  const words = wordsOf(query).map((typed): QueryWord => {
    let found = extensions(lex, typed);
    let used: string | null = typed;
    if (found.length === 0) {
      const correction = !exact && correctable(typed) ? nearest(lex, typed, typoLimit(typed), 1)[0] : undefined;
      used = correction ?? null;
      found = correction ? extensions(lex, correction) : [];
    }
    for (const w of found) all.add(w);
    return { typed, used };
  });
  const unknown = words.some((w) => w.used === null);
  return {
    words,
    corrected: words.some((w) => w.used !== null && w.used !== w.typed),
    search: unknown || words.length === 0 ? null : words.map((w) => w.used).join(' '),
    extensions: [...all],
  };
}

/** Real words to offer for a word that matches nothing: the closest indexed words, looser than a correction. */
export function suggestionsFor(lex: Lexicon, word: string, max = 3): string[] {
  return nearest(lex, word, Math.max(2, Math.ceil(word.length / 2)), max);
}
