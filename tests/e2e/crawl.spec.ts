// Crawls the built site from `/` through every internal link (GitHub issue 3): every page answers 200,
// every #anchor exists, every goal in /data/goals.json is reachable from its plan, area, owner and year
// pages, and nothing is fetched from another origin and no cookie is set.
//
// The crawl runs at 320 px, so it also checks that no page scrolls sideways on a phone.
import { expect, test, type Browser } from '@playwright/test';
import { loadGoals, MOBILE, type OpenDataGoal } from './support.ts';

interface CrawledPage {
  status: number;
  /** Where the server redirected to, when the link did not point at the page itself (else null). */
  redirectedTo: string | null;
  contentType: string;
  /** Internal link targets, as paths without query or fragment. */
  links: Set<string>;
  ids: string[];
  cookie: string;
  /** scrollWidth - clientWidth of the document at 320 px. */
  overflow: number;
  /** Addresses of resources in the markup (src, srcset, link rel=stylesheet/icon/…, inline url()). */
  resources: string[];
}

interface Crawl {
  origin: string;
  pages: Map<string, CrawledPage>;
  files: Map<string, { status: number; contentType: string }>;
  /** target path → the pages that link to it */
  referrers: Map<string, Set<string>>;
  anchors: { from: string; path: string; id: string }[];
  requests: string[];
  /** Console reports of Content-Security-Policy violations, with the page they happened on. */
  cspViolations: string[];
  badResponses: string[];
  setCookies: string[];
  browserCookies: string[];
  externalLinks: Set<string>;
}

const LOADING_RELS =
  /\b(stylesheet|icon|preload|prefetch|preconnect|dns-prefetch|modulepreload|manifest|apple-touch-icon|mask-icon)\b/i;

async function runCrawl(browser: Browser, base: string): Promise<Crawl> {
  const origin = new URL(base).origin;
  const context = await browser.newContext({ baseURL: base, viewport: MOBILE, locale: 'sv-SE' });
  const page = await context.newPage();
  const c: Crawl = {
    origin,
    pages: new Map(),
    files: new Map(),
    referrers: new Map(),
    anchors: [],
    requests: [],
    cspViolations: [],
    badResponses: [],
    setCookies: [],
    browserCookies: [],
    externalLinks: new Set(),
  };
  const pending: Promise<unknown>[] = [];
  // Set once the crawl is over: a late response (a prefetch finishing while the context closes) is not read,
  // since reading its headers then fails; the context's cookie jar is still checked below.
  let finished = false;
  page.on('request', (r) => c.requests.push(r.url()));
  // Chromium reports every blocked load or inline script as a console error naming the policy.
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) c.cspViolations.push(`${new URL(page.url()).pathname}: ${m.text()}`);
  });
  page.on('websocket', (ws) => c.requests.push(ws.url()));
  page.on('response', (r) => {
    if (finished) return;
    if (r.status() >= 400 && r.request().resourceType() !== 'document')
      c.badResponses.push(`${r.url()} → ${r.status()}`);
    pending.push(
      r
        .headersArray()
        .then((headers) => {
          for (const h of headers)
            if (h.name.toLowerCase() === 'set-cookie') c.setCookies.push(`${r.url()}: ${h.value}`);
        })
        .catch((error: unknown) => {
          if (!finished) throw error;
        }),
    );
  });

  const isFile = (path: string) => {
    const last = path.split('/').pop() ?? '';
    return last.includes('.') && !last.endsWith('.html');
  };
  const queue = ['/'];
  const queued = new Set(queue);

  while (queue.length > 0) {
    const path = queue.shift()!;
    if (isFile(path)) {
      // Data files (goals.csv would start a download in the browser): fetched directly, without redirects.
      const r = await context.request.get(path, { maxRedirects: 0 });
      for (const h of r.headersArray())
        if (h.name.toLowerCase() === 'set-cookie') c.setCookies.push(`${path}: ${h.value}`);
      c.files.set(path, { status: r.status(), contentType: r.headers()['content-type'] ?? '' });
      await r.dispose();
      continue;
    }
    const response = await page.goto(path);
    const info = await page.evaluate((loadingRels) => {
      const rels = new RegExp(loadingRels, 'i');
      const abs = (u: string) => new URL(u, document.baseURI).href;
      const resources: string[] = [];
      for (const el of document.querySelectorAll('[src]')) resources.push(abs(el.getAttribute('src')!));
      for (const el of document.querySelectorAll('[srcset]')) {
        for (const part of el.getAttribute('srcset')!.split(','))
          if (part.trim()) resources.push(abs(part.trim().split(/\s+/)[0]));
      }
      for (const el of document.querySelectorAll('link[href]'))
        if (rels.test(el.getAttribute('rel') ?? '')) resources.push(abs(el.getAttribute('href')!));
      for (const el of document.querySelectorAll('object[data], video[poster]'))
        resources.push(abs(el.getAttribute('data') ?? el.getAttribute('poster')!));
      for (const el of document.querySelectorAll('image[href], use[href], image[*|href], use[*|href]')) {
        const href = el.getAttribute('href') ?? el.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
        if (href && !href.startsWith('#')) resources.push(abs(href));
      }
      for (const el of document.querySelectorAll('[style*="url("]')) {
        for (const m of (el.getAttribute('style') ?? '').matchAll(/url\(\s*['"]?([^'")]+)/g)) resources.push(abs(m[1]));
      }
      for (const style of document.querySelectorAll('style')) {
        for (const m of (style.textContent ?? '').matchAll(/url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)/g))
          resources.push(abs(m[1] ?? m[2]));
      }
      return {
        links: [
          ...[...document.querySelectorAll('a[href], area[href]')].map((a) => (a as HTMLAnchorElement).href),
          // A GET form (the header search) leads to its action page like a link does.
          ...[...document.querySelectorAll('form')].filter((f) => f.method === 'get').map((f) => f.action),
        ],
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
        cookie: document.cookie,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        resources,
      };
    }, LOADING_RELS.source);
    const redirected = response?.request().redirectedFrom();
    const entry: CrawledPage = {
      status: response?.status() ?? 0,
      redirectedTo: redirected ? new URL(page.url()).pathname : null,
      contentType: (await response?.allHeaders())?.['content-type'] ?? '',
      links: new Set(),
      ids: info.ids,
      cookie: info.cookie,
      overflow: info.overflow,
      resources: info.resources,
    };
    c.pages.set(path, entry);
    // A missing page shows the 404 page: its links are not the site's links from here.
    if (entry.status !== 200) continue;

    for (const href of info.links) {
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        continue;
      }
      if (url.origin !== origin) {
        if (/^https?:$/.test(url.protocol)) c.externalLinks.add(url.href);
        continue;
      }
      const id = url.hash.length > 1 ? decodeURIComponent(url.hash.slice(1)) : '';
      url.hash = '';
      url.search = '';
      const target = url.pathname;
      entry.links.add(target);
      if (!c.referrers.has(target)) c.referrers.set(target, new Set());
      c.referrers.get(target)!.add(path);
      if (id) c.anchors.push({ from: path, path: target, id });
      if (!queued.has(target)) {
        queued.add(target);
        queue.push(target);
      }
    }
  }
  await Promise.all(pending);
  finished = true;
  c.browserCookies = (await context.cookies()).map((k) => `${k.domain}${k.path} ${k.name}`);
  await context.close();
  return c;
}

/** A list for a failure message: at most 15 entries, then how many more there are. */
const capped = (items: string[]) =>
  items.length > 15 ? [...items.slice(0, 15), `… and ${items.length - 15} more`] : items;

// One test: the crawl is done once even when a check fails (a failing test would make Playwright start a
// new worker and crawl again for every further test). Each check is a step with a soft assertion, so
// every failing check is reported.
test('crawl from /: links, anchors, goal reachability, no third parties, no cookies', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const crawl = await runCrawl(browser, testInfo.project.use.baseURL!);
  const goals = await loadGoals(request);
  const from = (path: string) => [...(crawl.referrers.get(path) ?? [])].slice(0, 3).join(', ');
  const summary = `${crawl.pages.size} pages, ${crawl.files.size} files, ${crawl.anchors.length} anchor links, ${crawl.requests.length} requests, ${crawl.externalLinks.size} external links (not followed)`;
  testInfo.annotations.push({ type: 'crawl', description: summary });
  console.log(`crawl: ${summary}`);

  await test.step('more than 50 pages; every page and file answers 200 without a redirect', () => {
    expect.soft(crawl.pages.size, 'HTML pages visited').toBeGreaterThan(50);
    const broken: string[] = [];
    for (const [path, p] of crawl.pages) {
      if (p.status !== 200) broken.push(`${path} answered ${p.status} (linked from ${from(path)})`);
      else if (p.redirectedTo)
        broken.push(`${path} redirects to ${p.redirectedTo} (linked from ${from(path)}): link the final address`);
      else if (!p.contentType.startsWith('text/html')) broken.push(`${path} is ${p.contentType}, not HTML`);
    }
    for (const [path, f] of crawl.files) {
      if (f.status !== 200) broken.push(`${path} answered ${f.status} (linked from ${from(path)})`);
    }
    expect.soft(capped(broken), 'broken internal links').toEqual([]);
    expect.soft(capped(crawl.badResponses), 'resources (CSS, scripts, images, …) that failed').toEqual([]);
    // The open data is linked from the site, so the crawl checked it too.
    expect
      .soft([...crawl.files.keys()], 'open data files linked')
      .toEqual(
        expect.arrayContaining([
          '/data/goals.json',
          '/data/goals.csv',
          '/data/plans.json',
          '/data/plans.csv',
          '/data/katalog.rdf',
        ]),
      );
  });

  await test.step('no page breaks its Content-Security-Policy', () => {
    expect.soft(capped(crawl.cspViolations), 'CSP violations').toEqual([]);
  });

  await test.step('every #anchor in an internal link exists on its target page', () => {
    expect.soft(crawl.anchors.length, 'anchor links seen').toBeGreaterThan(0);
    const missing = crawl.anchors
      .filter((a) => crawl.pages.get(a.path)?.status === 200 && !crawl.pages.get(a.path)!.ids.includes(a.id))
      .map((a) => `${a.from} links to ${a.path}#${a.id}, but ${a.path} has no element with id="${a.id}"`);
    expect.soft(capped([...new Set(missing)]), 'missing anchor targets').toEqual([]);
  });

  await test.step('ids are unique on every page (so every anchor has one target)', () => {
    const duplicates: string[] = [];
    for (const [path, p] of crawl.pages) {
      const seen = new Set<string>();
      for (const id of p.ids) {
        if (seen.has(id)) duplicates.push(`${path}: id="${id}"`);
        seen.add(id);
      }
    }
    expect.soft(capped([...new Set(duplicates)]), 'duplicate ids').toEqual([]);
  });

  await test.step('no request goes to another origin; the markup loads nothing from another origin', () => {
    expect.soft(crawl.requests.length, 'requests recorded').toBeGreaterThan(crawl.pages.size);
    const isRemote = (u: string) => /^(https?|wss?):/i.test(u) && new URL(u).origin !== crawl.origin;
    expect.soft(capped([...new Set(crawl.requests.filter(isRemote))]), 'requests to other origins').toEqual([]);
    // Also what the browser did not fetch during the crawl (lazy images below the fold, icons, preconnects).
    const inMarkup: string[] = [];
    for (const [path, p] of crawl.pages) for (const r of p.resources) if (isRemote(r)) inMarkup.push(`${path}: ${r}`);
    expect.soft(capped([...new Set(inMarkup)]), 'resources from other origins in the markup').toEqual([]);
  });

  await test.step('no cookies: no Set-Cookie header, document.cookie empty, nothing in the cookie jar', () => {
    expect.soft(capped(crawl.setCookies), 'Set-Cookie headers').toEqual([]);
    const withCookie = [...crawl.pages].filter(([, p]) => p.cookie !== '').map(([path, p]) => `${path}: ${p.cookie}`);
    expect.soft(capped(withCookie), 'pages where document.cookie is not empty (in crawl order)').toEqual([]);
    expect.soft(crawl.browserCookies, 'cookies in the browser after the crawl').toEqual([]);
  });

  await test.step('no crawled page scrolls horizontally at 320 px', () => {
    const wide = [...crawl.pages]
      .filter(([, p]) => p.overflow > 0)
      .map(([path, p]) => `${path}: ${p.overflow} px too wide`);
    expect.soft(capped(wide), 'pages wider than 320 px').toEqual([]);
  });

  await test.step('the goal pages on the site are exactly the goals in goals.json, each at its url', () => {
    const onSite = [...crawl.pages]
      .filter(([path, p]) => /^\/mal\/[^/]+\/$/.test(path) && p.status === 200)
      .map(([path]) => path);
    expect.soft(onSite.sort(), 'goal pages reached by the crawl').toEqual(goals.map((g) => `/mal/${g.id}/`).sort());
    const wrongUrl = goals.filter((g) => !g.url.endsWith(`/mal/${g.id}/`)).map((g) => `${g.id}: ${g.url}`);
    expect.soft(wrongUrl, 'goals whose url is not /mal/<id>/').toEqual([]);
  });

  /** The listing pages that do not link to a goal they should list. */
  const unreachable = (pagesFor: (g: OpenDataGoal) => string[]): string[] => {
    const problems: string[] = [];
    for (const g of goals) {
      for (const path of pagesFor(g)) {
        const p = crawl.pages.get(path);
        if (!p) problems.push(`${path} was not reached by the crawl (it should list ${g.id})`);
        else if (p.status !== 200) problems.push(`${path} answered ${p.status} (it should list ${g.id})`);
        else if (!p.links.has(`/mal/${g.id}/`)) problems.push(`${path} does not link to /mal/${g.id}/`);
      }
    }
    return capped([...new Set(problems)]);
  };

  await test.step('every goal is linked from its plan page', () => {
    expect
      .soft(
        unreachable((g) => [`/planer/${g.plan}/`]),
        'plan pages missing goals',
      )
      .toEqual([]);
  });

  await test.step('every goal is linked from each of its area pages', () => {
    const pagesFor = (g: OpenDataGoal) =>
      Object.entries(g.areas).flatMap(([dir, areas]) => areas.map((a) => `/ramverk/${dir}/${a}/`));
    expect
      .soft(
        goals.some((g) => pagesFor(g).length > 0),
        'some goals have areas',
      )
      .toBe(true);
    expect.soft(unreachable(pagesFor), 'area pages missing goals').toEqual([]);
  });

  await test.step('every goal is linked from the page of each of its owners', () => {
    const pagesFor = (g: OpenDataGoal) => g.owners.map((o) => `/ansvariga/${o.id}/`);
    expect
      .soft(
        goals.some((g) => g.owners.length > 0),
        'some goals have owners',
      )
      .toBe(true);
    expect.soft(unreachable(pagesFor), 'owner pages missing goals').toEqual([]);
  });

  await test.step('every goal with a timeframe is linked from the page of every year from..to', () => {
    const pagesFor = (g: OpenDataGoal) => {
      const years: string[] = [];
      for (let y = g.timeframe?.from ?? 1; y <= (g.timeframe?.to ?? 0); y++) years.push(`/ar/${y}/`);
      return years;
    };
    expect
      .soft(
        goals.some((g) => g.timeframe && g.timeframe.to > g.timeframe.from),
        'some timeframes span several years',
      )
      .toBe(true);
    expect.soft(unreachable(pagesFor), 'year pages missing goals').toEqual([]);
  });
});
