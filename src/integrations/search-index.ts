// The build's search index: after Astro has written the site, Pagefind's Node API indexes it and the index's
// files are written to <site>/pagefind/, so `astro build` is the whole build. Two kinds of records: the goal
// pages (mal/<id>/, those with data-pagefind-body), and the passages of the published plans' text
// (src/lib/passages.ts), added as custom records from the build's validated content, each pointing to its
// section on the plan page. Fails, with a Swedish message, when Pagefind reports any error, when the records
// it indexed are not exactly those, or when the index is not Swedish (then Swedish words would not be
// stemmed). Then makes the word list the search page corrects typos against (src/lib/word-list.ts) from
// everything Pagefind indexed, stores the engine's WebAssembly and the index's metadata inflated
// (src/lib/engine-files.ts) and adds the index's first files to the search page's preload hints
// (src/lib/index-hints.ts). Pagefind hands its files over rather than writing them: each is written once, in
// its final form, in place of an earlier index's (Pagefind's own writer leaves those beside the new ones),
// and without that writer's hundreds of threads creating files at once (about 1 s of CPU at 100× content).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildValidation, loaderContent } from '../lib/build-validation.ts';
import { contentRoot } from '../lib/content-root.ts';
import { inflatedEngineFile, withShorterStartWait, withoutGraphemeSegmenter } from '../lib/engine-files.ts';
import { SEARCH_PAGE_FILE, withIndexHints } from '../lib/index-hints.ts';
import { GOALS_FOLDER } from '../lib/paths.ts';
import { modelLookups, passageRecords, type PassageRecord } from '../lib/search.ts';
import { WORD_LIST_FILE } from '../lib/spelling.ts';
import { readFragment, wordList, wordListJson } from '../lib/word-list.ts';

/**
 * The goal pages under the site, as site-relative paths, that mark a searchable body. Only they are read,
 * here and by Pagefind: no other page has one (tests/build/search.test.ts), and the other pages are most of
 * the site's HTML (at 100× content, reading them took 2 s of every build).
 */
function searchablePages(dir: string): string[] {
  const goals = join(dir, GOALS_FOLDER);
  if (!existsSync(goals)) return [];
  // Searched as bytes: the marker is ASCII, and decoding every page as UTF-8 took as long again.
  return readdirSync(goals)
    .map((name) => `${GOALS_FOLDER}/${name}/index.html`)
    .filter((page) => existsSync(join(dir, page)) && readFileSync(join(dir, page)).includes('data-pagefind-body'))
    .sort();
}

/** The index's files by their path in its folder ("fragment/sv_….pf_fragment"), as Pagefind hands them over. */
type Bundle = Map<string, Uint8Array>;

/** The word list from the pages Pagefind indexed (its fragment files), or the problem that stopped it. */
function wordListFrom(bundle: Bundle): { json: string } | { problem: string } {
  const pages = [];
  for (const path of bundle.keys()) {
    if (!path.startsWith('fragment/')) continue;
    try {
      pages.push(readFragment(bundle.get(path)!));
    } catch (error) {
      return { problem: `Sidan ${path} i sökindexet kunde inte läsas för ordlistan (${(error as Error).message}).` };
    }
  }
  return { json: wordListJson(wordList(pages)) };
}

/**
 * Stores the engine's WebAssembly and the index's metadata inflated, shortens the wait of a search for the
 * engine's start, and has a Swedish query split without a grapheme segmenter (src/lib/engine-files.ts).
 */
function prepareEngineFiles(bundle: Bundle, hash: string): string[] {
  const problems: string[] = [];
  for (const name of ['wasm.sv.pagefind', `pagefind.${hash}.pf_meta`]) {
    const bytes = bundle.get(name);
    const inflated = bytes ? inflatedEngineFile(bytes) : null;
    if (inflated) bundle.set(name, inflated);
    else problems.push(`pagefind/${name} saknas eller är inte en Pagefind-fil.`);
  }
  const script = bundle.get('pagefind.js');
  if (script)
    bundle.set(
      'pagefind.js',
      Buffer.from(withoutGraphemeSegmenter(withShorterStartWait(Buffer.from(script).toString('utf8')))),
    );
  return problems;
}

/** Writes the index's files to `out`, in place of whatever an earlier index left there. */
function writeBundle(out: string, bundle: Bundle): string[] {
  const targets = [...bundle.keys()].map((path) => ({ path, file: resolve(out, path) }));
  // Pagefind's own paths; still, none may lead out of the folder.
  const outside = targets.filter(({ file }) => !file.startsWith(out + sep)).map(({ path }) => path);
  if (outside.length > 0) return [`Pagefind gav filer utanför sökindexets mapp: ${outside.join(', ')}.`];
  rmSync(out, { recursive: true, force: true });
  const made = new Set<string>();
  for (const { path, file } of targets) {
    const dir = dirname(file);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(file, bundle.get(path)!);
  }
  return [];
}

/** Adds the index's entry and metadata files to the search page's hints, when the site has the page. */
function hintIndexFiles(site: string, hash: string): string[] {
  const page = join(site, SEARCH_PAGE_FILE);
  if (!existsSync(page)) return [];
  const html = withIndexHints(readFileSync(page, 'utf8'), hash);
  if (html === null)
    return [`${SEARCH_PAGE_FILE} saknar förladdningen av Pagefinds WebAssembly (wasm.sv.pagefind) i sitt head.`];
  writeFileSync(page, html);
  return [];
}

export interface IndexResult {
  /** Why the index cannot be used; empty when it was written. */
  problems: string[];
  /** One line for the build log when it was written. */
  summary?: string;
}

/**
 * The passages of the content root's published plans as search records, from the build's validation (or a
 * new one, for the command line); none when the content has errors (the build has stopped before this).
 */
export function contentPassages(root = contentRoot()): PassageRecord[] {
  const result = buildValidation(root);
  const accepted = loaderContent(result);
  if ('report' in accepted) return [];
  // A passage's areas are its chapter's; no goal is looked up.
  return passageRecords(
    modelLookups(result.model, () => []),
    accepted.content.passages,
  );
}

/** Indexes the built site in `site`, with the passages of plan text, and writes its search files. */
export async function indexSite(site: string, passages: PassageRecord[] = []): Promise<IndexResult> {
  try {
    return await indexSiteOpen(site, passages);
  } finally {
    await pagefind.close();
  }
}

async function indexSiteOpen(site: string, passages: PassageRecord[]): Promise<IndexResult> {
  if (!existsSync(join(site, 'index.html')))
    return { problems: [`${site} innehåller ingen byggd webbplats (index.html saknas). Kör astro build först.`] };
  const expected = searchablePages(site);
  if (expected.length === 0)
    return { problems: ['Ingen sida har data-pagefind-body, så sökningen skulle indexera hela webbplatsen.'] };

  const problems: string[] = [];
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return { problems: ['Pagefind kunde inte starta.', ...errors] };
  problems.push(...errors);

  // page_count counts every HTML file read; the pages kept in the index are counted per language below.
  const added = await index.addDirectory({ path: site, glob: `${GOALS_FOLDER}/*/index.html` });
  problems.push(...added.errors);
  // Sent all at once: Pagefind's service takes its messages one by one in the order they come, so the index
  // is the same, without a round trip's wait per passage (800 passages at 100× content waited about 1 s).
  const records = await Promise.all(passages.map((p) => index.addCustomRecord({ ...p, language: 'sv' })));
  for (const record of records) problems.push(...record.errors);

  const handed = await index.getFiles();
  problems.push(...handed.errors);
  const bundle: Bundle = new Map(handed.files.map((file) => [file.path, file.content]));
  const out = resolve(site, 'pagefind');

  const entry = bundle.get('pagefind-entry.json');
  let hash = '';
  if (!entry) {
    problems.push('Pagefind gav ingen pagefind-entry.json.');
  } else {
    const { languages } = JSON.parse(Buffer.from(entry).toString('utf8')) as {
      languages: Record<string, { page_count: number; hash: string }>;
    };
    hash = languages.sv?.hash ?? '';
    const codes = Object.keys(languages);
    if (codes.join() !== 'sv')
      problems.push(`Indexet har språken ${codes.join(', ') || '(inga)'}, inte bara sv (lang="sv" på sidorna).`);
    const indexed = Object.values(languages).reduce((sum, l) => sum + l.page_count, 0);
    if (indexed !== expected.length + passages.length) {
      problems.push(
        `Pagefind indexerade ${indexed} poster, men ${expected.length} sidor har data-pagefind-body (målsidorna) och planernas text har ${passages.length} avsnitt.`,
      );
    }
  }
  let words = '';
  if (problems.length === 0) {
    const list = wordListFrom(bundle);
    if ('problem' in list) problems.push(list.problem);
    else words = list.json;
  }
  if (problems.length === 0) problems.push(...prepareEngineFiles(bundle, hash));
  if (problems.length === 0) problems.push(...writeBundle(out, bundle));
  if (problems.length === 0) {
    const wordFile = join(site, WORD_LIST_FILE);
    mkdirSync(dirname(wordFile), { recursive: true });
    writeFileSync(wordFile, words);
    problems.push(...hintIndexFiles(site, hash));
  }
  if (problems.length > 0) return { problems };
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const where = relative(process.cwd(), out) || out;
  return {
    problems,
    summary: `Sökindex: ${expected.length} målsidor och ${passages.length} textavsnitt indexerade på ${seconds} s, skrivet till ${where}.`,
  };
}

/** The Swedish report of a failed indexing, as the build and the CLI print it. */
export function indexFailure(problems: string[]): string {
  return `Sökindexeringen misslyckades; bygget avbryts.\n${problems.map((p) => `  - ${p}`).join('\n')}`;
}

/** Indexes the site at the end of `astro build`; a failed index ends the build with exit status 1. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'regionala-cancerplaner:search-index',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const { problems, summary } = await indexSite(fileURLToPath(dir), contentPassages());
        if (problems.length === 0) {
          process.stdout.write(`${summary}\n`);
          return;
        }
        // A refusal, not a crash: the Swedish reasons and exit status 1, without Astro's stack trace.
        process.stderr.write(`${indexFailure(problems)}\n`);
        process.exit(1);
      },
    },
  };
}
