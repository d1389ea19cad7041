// The search vocabulary's compounds (content/search-vocabulary.yaml): whether parts spell a word, and which
// entries a text contains. Read by the search records and by the validator, so it knows no UI wording.
import type { VocabularyEntry } from '../schemas/index.ts';
import { perList } from './per-list.ts';

/** The linking letter Swedish puts between some parts of a compound (rehabilitering-s-behov). */
const LINK = 's';

/**
 * Whether the parts spell the word: concatenated, or with one linking "s" between two of them.
 * Compared in lower case; anything else a compound may do (dropped or changed letters) is left out.
 */
export function composes(word: string, parts: string[]): boolean {
  const w = word.toLowerCase();
  const p = parts.map((part) => part.toLowerCase());
  if (p.join('') === w) return true;
  for (let i = 1; i < p.length; i++) {
    if ([...p.slice(0, i), LINK, ...p.slice(i)].join('') === w) return true;
  }
  return false;
}

// The entries' words in lower case: a build asks for every goal.
const lowerWords = perList((vocabulary: VocabularyEntry[]) => vocabulary.map((entry) => entry.word.toLowerCase()));

/** Vocabulary entries whose word occurs in the text, also inside a longer word or an inflected form. */
export function matchingEntries(text: string, vocabulary: VocabularyEntry[]): VocabularyEntry[] {
  const haystack = text.toLowerCase();
  const words = lowerWords(vocabulary);
  return vocabulary.filter((_, i) => haystack.includes(words[i]));
}
