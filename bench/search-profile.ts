// What the header-form search waits for, in Chromium: one query typed into the header's search field on
// another page (/ar/) and sent, then, relative to the submit, when each request of /sok/ started and
// finished (resource timing), when the page's own events came, the main thread's long tasks, and when the
// first result link appeared. Each run in a fresh browser context (nothing cached), like bench/search.ts.
//   node bench/search-profile.ts SITE_ROOT DIST [--query palliativ] [--runs 3]
import { parseArgs } from 'node:util';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  FIRST_RESULT_MESSAGE,
  firstResultLogged,
  searchFromHeader,
  startServer,
} from './search.ts';

interface Row {
  name: string;
  start: number;
  end: number;
  bytes: number;
}

/** Runs in /sok/: long tasks and the first result link, against the page's own clock. */
const OBSERVE = (message: string) => {
  const w = window as unknown as { __prof: { longTasks: [number, number][]; first: number | null } };
  w.__prof = { longTasks: [], first: null };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__prof.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this browser
  }
  new MutationObserver(() => {
    if (
      w.__prof.first === null &&
      location.pathname.startsWith('/sok/') &&
      document.querySelector('a[href*="/mal/"]')
    ) {
      w.__prof.first = performance.now();
      console.debug(message);
    }
  }).observe(document, { childList: true, subtree: true });
};

async function profile(base: string, q: string) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(OBSERVE, FIRST_RESULT_MESSAGE);
  // Waited for by its log message, not by polling the page (see FIRST_RESULT_MESSAGE).
  const shown = firstResultLogged(page);
  await searchFromHeader(page, base, q);
  if (!(await shown)) throw new Error(`no result for "${q}"`);
  // Let the rest of the first screen (passages, later batches) arrive too.
  await page.waitForFunction(() => !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'));
  const data = await page.evaluate(() => {
    const submit = Number(sessionStorage.getItem('benchSubmit'));
    const shift = performance.timeOrigin - submit;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const prof = (window as unknown as { __prof: { longTasks: [number, number][]; first: number } }).__prof;
    const rows = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
      name: new URL(r.name).pathname,
      start: r.startTime + shift,
      end: r.responseEnd + shift,
      bytes: r.encodedBodySize,
    }));
    return {
      nav: {
        request: nav.requestStart + shift,
        response: nav.responseStart + shift,
        html: nav.responseEnd + shift,
        interactive: nav.domInteractive + shift,
        domContentLoaded: nav.domContentLoadedEventEnd + shift,
        load: nav.loadEventEnd + shift,
      },
      longTasks: prof.longTasks.map(([s, d]) => [s + shift, d]),
      first: prof.first + shift,
      rows,
      navigationStart: shift,
    };
  });
  await context.close();
  await browser.close();
  return data;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { query: { type: 'string', default: 'palliativ' }, runs: { type: 'string', default: '3' } },
  });
  const [siteRoot, dist] = positionals;
  if (!siteRoot || !dist) throw new Error('usage: node bench/search-profile.ts SITE_ROOT DIST [--query Q] [--runs N]');
  const server = await startServer(siteRoot, dist);
  const f = (n: number) => n.toFixed(0).padStart(6);
  try {
    for (let i = 0; i < Number(values.runs); i++) {
      const d = await profile(server.url, values.query);
      console.log(`\nrun ${i + 1}: "${values.query}", ms after the submit`);
      console.log(`${f(d.navigationStart)} navigation starts`);
      for (const [k, v] of Object.entries(d.nav)) console.log(`${f(v)} ${k}`);
      for (const r of [...d.rows].sort((a: Row, b: Row) => a.start - b.start))
        console.log(`${f(r.start)} → ${f(r.end)}  ${String(r.bytes).padStart(7)} B  ${r.name}`);
      for (const [s, dur] of d.longTasks) console.log(`${f(s)} long task ${dur.toFixed(0)} ms`);
      console.log(`${f(d.first)} FIRST RESULT`);
    }
  } finally {
    server.child.kill();
  }
}
