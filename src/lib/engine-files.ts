// Pagefind's WebAssembly and its index metadata are written gzip-compressed, and its script inflates them in
// JavaScript, on the main thread, before the first search: in Chromium on this machine that inflating was
// the largest single task of a cold start (a few hundred milliseconds for the WebAssembly alone). The script
// skips inflating a file that already starts with Pagefind's signature, so the build stores these two files
// inflated; the index chunks and fragments, which grow with the content, stay compressed (a server that sends
// them as gzip content has the browser inflate them, as scripts/serve.ts does). The site's copy of the script
// also shortens the steps in which a search asked for before the engine has started waits, and splits a
// Swedish query without the browser's grapheme segmenter (see withoutGraphemeSegmenter).
import { gunzipSync } from 'node:zlib';

/** What Pagefind's inflated files start with (its script checks for it before inflating). */
const SIGNATURE = 'pagefind_dcd';

/**
 * The file's bytes inflated, when it is gzip and holds a Pagefind file; the bytes as they are when they are
 * inflated already (a second indexing of the same site); null when they are neither.
 */
export function inflatedEngineFile(bytes: Uint8Array): Uint8Array | null {
  const starts = (b: Uint8Array) => Buffer.from(b.subarray(0, SIGNATURE.length)).toString('latin1') === SIGNATURE;
  if (starts(bytes)) return bytes;
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return null;
  try {
    const inflated = gunzipSync(bytes);
    return starts(inflated) ? inflated : null;
  } catch {
    return null;
  }
}

/** How Pagefind 1.6's script waits for its WebAssembly before a search: it looks again every 50 ms. */
const PTR_WAIT =
  'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';
/** How long the site's copy waits between looks instead. */
export const PTR_WAIT_MS = 4;

/**
 * Pagefind's script with a shorter wait between its looks for a started WebAssembly: a search asked for
 * while the engine starts (the header-form path always does) otherwise loses up to 50 ms. The script as it
 * is when it does not have that exact code (another Pagefind version: tests/build/search.test.ts notices).
 */
export function withShorterStartWait(script: string): string {
  return script.replace(PTR_WAIT, PTR_WAIT.replace('asyncSleep(50)', `asyncSleep(${PTR_WAIT_MS})`));
}

/** How Pagefind 1.6's search begins to split a query: with a grapheme segmenter, for every language. */
const SEGMENTED =
  'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){const graphemeSegmenter=new Intl.Segmenter(trueLanguage,{granularity:"grapheme"});if(needsWordSegmentation(trueLanguage)){';

/**
 * Pagefind's script with its grapheme segmenter kept for the languages it splits into words (Chinese,
 * Japanese, Thai and others written without spaces). For the rest, Swedish among them, it splits the query
 * character by character, its own way in a browser without Intl.Segmenter: the first segmenter a page makes
 * cost 30–60 ms of the first search here (the browser loads its break rules), and for these languages the
 * outcome is the same, since Pagefind lower-cases the query and removes its diacritical marks either way. The
 * script as it is when it does not have that exact code (tests/build/search.test.ts notices).
 */
export function withoutGraphemeSegmenter(script: string): string {
  return script.replace(
    SEGMENTED,
    SEGMENTED.replace(
      'typeof Intl.Segmenter!=="undefined"',
      'typeof Intl.Segmenter!=="undefined"&&needsWordSegmentation(trueLanguage)',
    ),
  );
}
