// Search latency for the benchmark (bench/README.md), in Chromium through Playwright, against a built site
// served locally by the site's own static server (scripts/serve.ts).
//
// - typing: on the search page /sok/, a reader clicks the search field and types a query (80 ms between
//   keys); measured from the last keystroke's input event to the first result link (/mal/<id>/) in the
//   page. Each query in a fresh browser context, so nothing is cached. This is what the reader waits.
// - pasted: the same, with the whole query put into the field at once (one input event), soon after the
//   page has loaded: nothing of the search is loaded by earlier keystrokes.
// - header form: on another page (/ar/), the query is typed into the header's search field and sent with
//   Enter; measured from the submit to the first result link on /sok/ (navigation and load included).
// - hits: how many goals the search page lists for each query (its own count, once every result is shown).
// - engine, cold: Pagefind's JS API alone in a fresh context: import /pagefind/pagefind.js, init(),
//   search(q), the first result's data().
// - engine, warm: the same API once the index is loaded: search(q) and the first result's data().
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import { freePort } from '../tests/support/free-port.ts';
import { median } from './measure.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
/** Queries from the goals' own words: narrow ones and a broad one that matches every goal. */
export const QUERIES = [
  'screening',
  'kontaktsjuksköterska',
  'prostatacancer',
  'palliativ',
  'rehabilitering',
  'palliativ vård',
  'vård',
  'cancer',
];
const TYPE_DELAY = 80;
/** How long the typing measure waits for a first result before it gives up on the query. */
export const TYPING_TIMEOUT_MS = 120_000;

/** Median and slowest ms over the queries; per query, null when no result came within TYPING_TIMEOUT_MS (counted as that long in median and max). */
export interface PathTimes {
  median: number;
  max: number;
  perQuery: Record<string, number | null>;
}

export interface SearchTimes {
  /** What was measured against: the search page, or Pagefind's API when the site has no /sok/ page. */
  mode: 'search-page' | 'pagefind-api';
  typing: PathTimes | null;
  pasted?: PathTimes | null;
  header?: PathTimes | null;
  /** Goals the search page lists per query (null: it did not finish within TYPING_TIMEOUT_MS). */
  hits?: Record<string, number | null>;
  engineCold: { median: number; max: number };
  engineWarm: { median: number; max: number };
  /** Bytes the first query fetched from /pagefind/ (median over queries, uncompressed). */
  fetchedBytes: number | null;
  /** Results the broad query returned. */
  broadHits: number;
}

export async function startServer(siteRoot: string, dist: string): Promise<{ url: string; child: ChildProcess }> {
  // Given a content root instead of the project, the server would never start and say nothing about why.
  if (!existsSync(join(siteRoot, 'scripts', 'serve.ts')))
    throw new Error(`SITE_ROOT is the project, with scripts/serve.ts (not a content root): ${siteRoot}`);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(siteRoot, 'scripts', 'serve.ts'), '--port', String(port), '--dir', dist],
    {
      cwd: siteRoot,
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, child };
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('the static server did not start');
}

const ENGINE = `async ([q, cold]) => {
  const t0 = performance.now();
  const pf = await import('/pagefind/pagefind.js');
  if (cold) await pf.init();
  const t1 = performance.now();
  const search = await pf.search(q);
  const first = search.results[0] ? await search.results[0].data() : null;
  const t2 = performance.now();
  return { total: t2 - t0, search: t2 - t1, hits: search.results.length, url: first ? first.url : null };
}`;

async function engine(browser: Browser, base: string, q: string, cold: boolean, warmup?: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The start page has no search script of its own, so only the API is measured.
  await page.goto(`${base}/`);
  const run = await page.evaluateHandle(ENGINE);
  if (warmup)
    await page.evaluate(([fn, w]) => (fn as (a: unknown[]) => Promise<unknown>)([w, true]), [run, warmup] as const);
  const result = (await page.evaluate(([fn, query, c]) => (fn as (a: unknown[]) => Promise<unknown>)([query, c]), [
    run,
    q,
    cold,
  ] as const)) as {
    total: number;
    search: number;
    hits: number;
    url: string | null;
  };
  await context.close();
  return result;
}

/**
 * What the page logs when it has recorded the first result. The bench waits for this message instead of
 * polling the page: Playwright's polling (waitForFunction) first injects its own script into the new page,
 * about 330 KB to compile and run on the main thread (70 ms in the full browser here) just as the search
 * starts, which a reader's browser never does.
 */
export const FIRST_RESULT_MESSAGE = 'bench: first result';

/** Resolves when the page logs FIRST_RESULT_MESSAGE; false after the timeout. Call before the search starts. */
export function firstResultLogged(page: Page, timeout = TYPING_TIMEOUT_MS): Promise<boolean> {
  return page.waitForEvent('console', { predicate: (m) => m.text() === FIRST_RESULT_MESSAGE, timeout }).then(
    () => true,
    () => false,
  );
}

/** Records, in every document of the page, when the first result link of the whole query appears. */
const OBSERVE_FIRST = ([query, message]: [string, string]) => {
  const w = window as unknown as { __bench: { lastInput: number; first: number | null } };
  w.__bench = { lastInput: 0, first: null };
  document.addEventListener(
    'input',
    () => void (w.__bench.lastInput = performance.timeOrigin + performance.now()),
    true,
  );
  // The first result of the whole query: a result link added while the address (which the page keeps in
  // step with the search it runs) holds the whole query, so results of a half-typed query are not counted.
  const isLink = (n: Node) =>
    n instanceof Element && (n.matches('a[href*="/mal/"]') || n.querySelector('a[href*="/mal/"]') !== null);
  new MutationObserver((mutations) => {
    if (w.__bench.first !== null || !location.pathname.startsWith('/sok/')) return;
    if (new URLSearchParams(location.search).get('q') !== query) return;
    if (mutations.some((m) => [...m.addedNodes].some(isLink))) {
      w.__bench.first = performance.timeOrigin + performance.now();
      console.debug(message);
    }
  }).observe(document, { childList: true, subtree: true });
};

type Path = 'typing' | 'pasted' | 'header';

/**
 * On another page (/ar/), types the query into the header's search field and sends it with Enter; the
 * submit's time (epoch ms) is kept in the tab's session storage ("benchSubmit") across the navigation.
 */
export async function searchFromHeader(page: Page, base: string, q: string): Promise<void> {
  await page.goto(`${base}/ar/`, { waitUntil: 'load' });
  const field = page.locator('header input[type="search"]').first();
  await field.fill(q);
  await page.evaluate(() =>
    document.addEventListener(
      'submit',
      () => sessionStorage.setItem('benchSubmit', String(performance.timeOrigin + performance.now())),
      true,
    ),
  );
  await field.press('Enter');
  await page.waitForURL(/\/sok\//);
}

/** One query along one path, in a fresh context: ms from the reader's last action to the first result. */
async function entry(
  browser: Browser,
  base: string,
  q: string,
  path: Path,
): Promise<{ ms: number | null; bytes: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    if (!request.url().includes('/pagefind/')) return;
    pending.push(
      request.sizes().then(
        (s) => void (bytes += s.responseBodySize),
        () => undefined,
      ),
    );
  });
  await page.addInitScript(OBSERVE_FIRST, [q, FIRST_RESULT_MESSAGE] as [string, string]);
  const shown = firstResultLogged(page);
  let start: () => Promise<number>;
  if (path === 'header') {
    await searchFromHeader(page, base, q);
    start = () => page.evaluate(() => Number(sessionStorage.getItem('benchSubmit')));
  } else {
    await page.goto(`${base}/sok/`, { waitUntil: 'load' });
    const field = page.locator('main input[type="search"]').first();
    await field.waitFor();
    await field.click();
    if (path === 'typing') await page.keyboard.type(q, { delay: TYPE_DELAY });
    else await field.fill(q);
    start = () => page.evaluate(() => (window as unknown as { __bench: { lastInput: number } }).__bench.lastInput);
  }
  if (!(await shown)) {
    await context.close();
    return { ms: null, bytes };
  }
  const first = await page.evaluate(() => (window as unknown as { __bench: { first: number } }).__bench.first);
  const ms = first - (await start());
  await Promise.all(pending);
  await context.close();
  return { ms, bytes };
}

/** How many goals the search page lists for the query, by its own status line, once every result is shown. */
async function hitCount(browser: Browser, base: string, q: string): Promise<number | null> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${base}/sok/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(
      () =>
        !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy') &&
        /hittades/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
      null,
      { timeout: TYPING_TIMEOUT_MS },
    );
    const text = (await page.locator('[data-search-status]').textContent()) ?? '';
    return /^Inga/.test(text) ? 0 : Number(/^(\d+)/.exec(text)?.[1] ?? NaN);
  } catch {
    return null;
  } finally {
    await context.close();
  }
}

const summary = (perQuery: Record<string, number | null>): PathTimes => {
  const times = Object.values(perQuery).map((t) => t ?? TYPING_TIMEOUT_MS);
  return { median: median(times), max: Math.max(...times), perQuery };
};

/** Measures search on the site built in `dist` (served with `siteRoot`'s scripts/serve.ts). */
export async function measureSearch(siteRoot: string, dist: string, queries = QUERIES): Promise<SearchTimes> {
  const { chromium } = await import('@playwright/test');
  const server = await startServer(siteRoot, dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const hasPage = (await fetch(`${server.url}/sok/`)).ok;
    const paths: Record<Path, Record<string, number | null>> = { typing: {}, pasted: {}, header: {} };
    const hits: Record<string, number | null> = {};
    const bytes: number[] = [];
    if (hasPage) {
      for (const q of queries) {
        for (const path of ['typing', 'pasted', 'header'] as const) {
          const t = await entry(browser, server.url, q, path);
          paths[path][q] = t.ms;
          if (path === 'typing') bytes.push(t.bytes);
        }
        hits[q] = await hitCount(browser, server.url, q);
      }
    }
    const cold: number[] = [];
    const warm: number[] = [];
    let broadHits = 0;
    for (const [i, q] of queries.entries()) {
      const c = await engine(browser, server.url, q, true);
      cold.push(c.total);
      // Warm: the index is already loaded by an earlier query on the same page.
      const w = await engine(browser, server.url, q, false, queries[(i + 1) % queries.length]);
      warm.push(w.search);
      if (q === queries.at(-1)) broadHits = c.hits;
    }
    return {
      mode: hasPage ? 'search-page' : 'pagefind-api',
      typing: hasPage ? summary(paths.typing) : null,
      pasted: hasPage ? summary(paths.pasted) : null,
      header: hasPage ? summary(paths.header) : null,
      hits: hasPage ? hits : undefined,
      engineCold: { median: median(cold), max: Math.max(...cold) },
      engineWarm: { median: median(warm), max: Math.max(...warm) },
      fetchedBytes: hasPage ? median(bytes) : null,
      broadHits,
    };
  } finally {
    await browser.close();
    server.child.kill();
  }
}

if (import.meta.main) {
  const [siteRoot, dist] = parseArgs({ allowPositionals: true }).positionals;
  if (!siteRoot || !dist) throw new Error('usage: node bench/search.ts SITE_ROOT DIST');
  console.log(JSON.stringify(await measureSearch(siteRoot, dist), null, 2));
}
