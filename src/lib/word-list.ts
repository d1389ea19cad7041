// The word list the search page corrects typos against (src/lib/spelling.ts): every word the goal pages are
// indexed under, with the number of goal pages that have it. Built from what Pagefind itself indexed (each
// page's searchable text and metadata), so a word is in the list exactly when a search can find it.
// Written as JSON with the words sorted and the counts beside them, small and gzip-friendly.
import { gunzipSync } from 'node:zlib';
import { wordsOf, type WordList } from './spelling.ts';

/** What one indexed page contributes: its searchable text and metadata values. */
export interface IndexedPage {
  content: string;
  meta: Record<string, string>;
}

/** Each word with the number of pages that contain it, in a fixed order (by code point). */
export function wordList(pages: IndexedPage[]): WordList {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const words = new Set(wordsOf([page.content, ...Object.values(page.meta)].join(' ')));
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const words = [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { version: 1, words, counts: words.map((w) => counts.get(w)!) };
}

/** The file's text: one JSON object, a line per array so diffs of the file stay readable. */
export function wordListJson(list: WordList): string {
  return `{"version":${list.version},\n"words":${JSON.stringify(list.words)},\n"counts":${JSON.stringify(list.counts)}}\n`;
}

/** Pagefind writes each page's data as gzipped JSON, after a signature. */
const SIGNATURE = 'pagefind_dcd';

/** The text and metadata of one page from its Pagefind fragment file; throws when it is not one. */
export function readFragment(bytes: Uint8Array): IndexedPage {
  const raw = gunzipSync(bytes);
  const start = raw.subarray(0, SIGNATURE.length).toString('latin1') === SIGNATURE ? SIGNATURE.length : 0;
  const data = JSON.parse(raw.subarray(start).toString('utf8')) as Partial<IndexedPage>;
  if (typeof data.content !== 'string' || typeof data.meta !== 'object' || data.meta === null) {
    throw new Error('the fragment has no content and meta');
  }
  return { content: data.content, meta: data.meta };
}
