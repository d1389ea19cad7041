// The site built for an address with a path and served only under it (tests/e2e/sub-path-site.ts): every
// link, asset, form, the search engine and its word list stay under the path; canonical, sitemap, feed and
// open data addresses are absolute under the site's address.
import { expect, test, type APIRequestContext } from '@playwright/test';

const ORIGIN = `http://127.0.0.1:${process.env.E2E_SUB_PATH_PORT}`;
const PATH = '/cancerplaner/';
const SITE = 'https://example.invalid/cancerplaner/';

/** Every address a page refers to: links, stylesheets, scripts, images, form actions, meta refreshes. */
function references(html: string): string[] {
  const attrs = [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => m[1]);
  const refresh = [...html.matchAll(/http-equiv="refresh" content="\d+; url=([^"]+)"/g)].map((m) => m[1]);
  return [...attrs, ...refresh].map((a) => a.replace(/&amp;/g, '&'));
}

async function crawl(request: APIRequestContext) {
  const seen = new Set<string>([`${ORIGIN}${PATH}`]);
  const queue = [`${ORIGIN}${PATH}`];
  const problems: string[] = [];
  let pages = 0;
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200) {
      problems.push(`${url}: ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
    pages++;
    for (const ref of references(await response.text())) {
      const target = new URL(ref, url);
      if (target.origin !== ORIGIN) continue; // sources on other sites, not this one's
      if (!target.pathname.startsWith(PATH)) problems.push(`${url} → ${ref}: leaves ${PATH}`);
      target.hash = '';
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  return { pages, problems, seen };
}

test('a crawl from the start page finds no broken link or asset and none leaving the path', async ({ request }) => {
  const { pages, problems, seen } = await crawl(request);
  expect(problems).toEqual([]);
  expect(pages).toBeGreaterThan(100);
  for (const asset of ['_astro/', 'favicon.svg', 'andringar.xml', 'data/goals.csv'])
    expect(
      [...seen].some((u) => u.startsWith(`${ORIGIN}${PATH}${asset}`)),
      asset,
    ).toBe(true);
  // Nothing is served outside the path, as on the real host.
  expect((await request.get(`${ORIGIN}/om/`)).status()).toBe(404);
});

test('search works under the path: engine, word list and results', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${ORIGIN}${PATH}sok/?q=screening`);
  const first = page.locator('[data-search-results] .goal-item > a').first();
  await expect(first).toBeVisible({ timeout: 20_000 });
  expect(await first.getAttribute('href')).toMatch(/^\/cancerplaner\/mal\/[a-z0-9-]+\/$/);
  expect(requests.some((p) => p === `${PATH}pagefind/pagefind.js`)).toBe(true);
  expect(requests.some((p) => p === `${PATH}sok/ordlista.json`)).toBe(true);
  expect(requests.filter((p) => !p.startsWith(PATH))).toEqual([]);
  await first.click();
  await expect(page).toHaveURL(/\/cancerplaner\/mal\//);
});

test('the header form on another page searches under the path', async ({ page }) => {
  await page.goto(`${ORIGIN}${PATH}om/`);
  await page
    .locator('form[role="search"] input[type="search"], form[role="search"] input[name="q"]')
    .first()
    .fill('vård');
  await page.locator('form[role="search"] button').first().click();
  await expect(page).toHaveURL(new RegExp(`${PATH}sok/\\?q=v%C3%A5rd`));
});

test('canonical, Open Graph, sitemap, robots.txt, feed and open data use absolute addresses under the site', async ({
  request,
}) => {
  const about = await (await request.get(`${ORIGIN}${PATH}om/`)).text();
  expect(about).toContain(`<link rel="canonical" href="${SITE}om/">`);
  expect(about).toContain(`<meta property="og:url" content="${SITE}om/">`);
  expect(about).toContain('<meta property="og:locale" content="sv_SE">');
  expect(about).toMatch(/<meta property="og:description" content="[^"]+">/);

  const robots = await (await request.get(`${ORIGIN}${PATH}robots.txt`)).text();
  expect(robots).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
  const index = await (await request.get(`${ORIGIN}${PATH}sitemap-index.xml`)).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(sitemaps.length).toBeGreaterThan(0);
  const locs: string[] = [];
  for (const sitemap of sitemaps) {
    expect(sitemap.startsWith(SITE)).toBe(true);
    const xml = await (await request.get(`${ORIGIN}/${sitemap.slice('https://example.invalid/'.length)}`)).text();
    locs.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
  }
  expect(locs.length).toBeGreaterThan(100);
  expect(locs.filter((l) => !l.startsWith(SITE))).toEqual([]);
  expect(locs).not.toContain(`${SITE}404/`);

  const goals = (await (await request.get(`${ORIGIN}${PATH}data/goals.json`)).json()) as { goals: { url: string }[] };
  expect(goals.goals.every((g) => g.url.startsWith(`${SITE}mal/`))).toBe(true);
  const catalog = await (await request.get(`${ORIGIN}${PATH}data/katalog.rdf`)).text();
  const abouts = [...catalog.matchAll(/rdf:(?:about|resource)="([^"]+)"/g)].map((m) => m[1]);
  expect(
    abouts.filter(
      (a) => a.startsWith('http://example.invalid') || (a.startsWith('https://example.invalid') && !a.startsWith(SITE)),
    ),
  ).toEqual([]);
  expect(abouts.some((a) => a === `${SITE}data/goals.csv`)).toBe(true);
  const feed = await (await request.get(`${ORIGIN}${PATH}andringar.xml`)).text();
  expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${SITE}andringar.xml"/>`);
});
