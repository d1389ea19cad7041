// The terms list (content/terms.yaml) as search needs it: a text that abbreviates a term is also found by the
// written-out form, and a text that writes it out by the abbreviation. Pure, so tests check it without a build.
import type { Term } from '../schemas/index.ts';
import { perList } from './per-list.ts';

/** A text as a regular expression that matches it literally. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Any of the abbreviations as written (upper case), alone or in a hyphenated word ("SVF-arbetet"); where two
 * could match at one place, the one listed first. Also used to mark them on the pages (abbreviations.ts).
 */
export function abbreviationPattern(abbreviations: string[], flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${abbreviations.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, flags);
}

// One pattern per abbreviation (not global, so test() keeps no position between texts).
const abbreviationPatterns = new Map<string, RegExp>();

/** Whether the text has the abbreviation as written (upper case), alone or in a hyphenated word ("SVF-PREM"). */
export function hasAbbreviation(text: string, abbreviation: string): boolean {
  let re = abbreviationPatterns.get(abbreviation);
  if (!re) {
    re = abbreviationPattern([abbreviation]);
    abbreviationPatterns.set(abbreviation, re);
  }
  return re.test(text);
}

/** The written-out forms of a term: its term and its other forms. */
export const writtenForms = (term: Term): string[] => [term.term, ...(term.forms ?? [])];

// Each term's written-out forms in lower case: lower-casing them (Swedish rules) for every goal took about
// 0.3 s at 100× content.
const lowerForms = perList((terms: Term[]) =>
  terms.map((term) => writtenForms(term).map((f) => f.toLocaleLowerCase('sv'))),
);

/** The extra words a text is indexed under from the terms list, once each, in lower case. */
export function termWords(text: string, terms: Term[]): string[] {
  const lower = text.toLocaleLowerCase('sv');
  const forms = lowerForms(terms);
  const words = terms.flatMap((term, i) => {
    if (!term.abbreviation) return [];
    if (hasAbbreviation(text, term.abbreviation)) return writtenForms(term).flatMap((f) => f.split(/\s+/));
    if (forms[i].some((f) => lower.includes(f))) return [term.abbreviation];
    return [];
  });
  return [...new Set(words.map((w) => w.toLocaleLowerCase('sv')))];
}
