// The search page's head names the index's own first files, so that a search that starts on arrival (the
// header form's path) finds them loaded: Pagefind otherwise fetches its entry file, then the metadata it
// names, one after the other and only once its script runs. Their names are known only once the index is
// written, after the pages, so the indexing step adds these hints to the built page.

/** The search page, relative to the built site. */
export const SEARCH_PAGE_FILE = 'sok/index.html';

/** The preload the page's head already has for Pagefind's WebAssembly (sok.astro); the hints follow it. */
const WASM_HINT = /<link rel="preload" href="([^"]*\/)wasm\.sv\.pagefind"[^>]*>/;

/** Hints an earlier indexing of the same page added (the site can be indexed again without a build). */
const OLD_HINTS =
  /<link rel="preload" href="[^"]*\/(?:pagefind-entry\.json\?ts=[^"]*|pagefind\.[\w-]+\.pf_meta)"[^>]*>/g;

/**
 * The entry file's address with a fixed cache tag (Pagefind's `metaCacheTag` option): without one, Pagefind
 * adds the time to it, and a hint could never match. The tag is the index's own hash, so it changes with the
 * index.
 */
export const entryHref = (bundle: string, hash: string) => `${bundle}pagefind-entry.json?ts=${hash}`;

/**
 * The page's HTML with hints for the entry file and the metadata of the index whose language hash is
 * `hash` (pagefind-entry.json: languages.sv.hash); null when the page has no WebAssembly hint to follow.
 */
export function withIndexHints(page: string, hash: string): string | null {
  const html = page.replace(OLD_HINTS, '');
  const wasm = WASM_HINT.exec(html);
  if (!wasm || !/^[\w-]+$/.test(hash)) return null;
  const bundle = wasm[1];
  const hint = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`;
  const hints = hint(entryHref(bundle, hash)) + hint(`${bundle}pagefind.${hash}.pf_meta`);
  const end = wasm.index + wasm[0].length;
  return `${html.slice(0, end)}${hints}${html.slice(end)}`;
}

/** The cache tag a page's entry hint carries (what the page's script gives Pagefind); null without one. */
export function entryTag(href: string): string | null {
  return /pagefind-entry\.json\?ts=([\w-]+)$/.exec(href)?.[1] ?? null;
}
