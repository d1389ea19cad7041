// Paged lists (src/lib/paging.ts), in the small site built with a small page (tests/e2e/paged-site.ts): an owner,
// a year, an area and the coverage overview each split into pages. The second page of each is read at a
// phone's and a desktop's width (axe, no sideways scroll, its number in title and heading, the pager's
// links), and an owner's pages together hold each of its goals exactly once.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { DESKTOP, PAGED_SITE_PAGE_ENTRIES, PHONE } from './support.ts';

const BASE = `http://127.0.0.1:${process.env.E2E_PAGED_PORT}`;
const PAGER = 'nav[aria-label="Sidor"]';

/** The first list among the links of an index page whose first page has a pager. */
async function firstPaged(request: APIRequestContext, index: string, link: RegExp): Promise<string> {
  const html = await (await request.get(`${BASE}${index}`)).text();
  const lists = [...new Set([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]).filter((h) => link.test(h)))];
  for (const list of lists) {
    if ((await (await request.get(`${BASE}${list}`)).text()).includes('aria-label="Sidor"')) return list;
  }
  throw new Error(`no list linked from ${index} (${lists.length} links like ${link}) has more than one page`);
}

const LISTS: { type: string; find: (r: APIRequestContext) => Promise<string> }[] = [
  { type: 'owner', find: (r) => firstPaged(r, '/ansvariga/', /^\/ansvariga\/[^/]+\/$/) },
  { type: 'year', find: (r) => firstPaged(r, '/ar/', /^\/ar\/\d{4}\/$/) },
  // An area lists only the plan versions with goals (or a gap) there: the 2009 strategy's areas hold the most.
  { type: 'area', find: (r) => firstPaged(r, '/ramverk/nationella-cancerstrategin/', /^\/ramverk\/[^/]+\/[^/]+\/$/) },
  { type: 'coverage', find: () => Promise.resolve('/tackning/') },
];

async function pageCount(page: Page): Promise<number> {
  const numbers = await page.locator(`${PAGER} a:not([rel])`).allTextContents();
  return Math.max(...numbers.map((t) => Number(t.replace(/\D/g, ''))));
}

for (const list of LISTS) {
  test.describe(`${list.type} list, page 2`, () => {
    for (const viewport of [PHONE, DESKTOP]) {
      test(`at ${viewport.width} px: axe, no sideways scroll, its number, the pager`, async ({ page, request }) => {
        const base = await list.find(request);
        await page.setViewportSize(viewport);
        const response = await page.goto(`${BASE}${base}sida/2/`);
        expect(response?.status()).toBe(200);
        const total = await pageCount(page);
        expect(total).toBeGreaterThanOrEqual(2);

        await expect(page).toHaveTitle(new RegExp(`sida 2 av ${total}\\b`));
        await expect(page.locator('h1')).toContainText(`sida 2 av ${total}`);
        const current = page.locator(`${PAGER} [aria-current="page"]`);
        await expect(current).toHaveCount(1);
        await expect(current).toHaveText(/Sida\s*2$/);
        await expect(page.locator(`${PAGER} a[rel="prev"]`)).toHaveAttribute('href', base);
        await expect(page.locator(`${PAGER} a[rel="next"]`)).toHaveCount(total > 2 ? 1 : 0);
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${base}sida/2/$`));

        await expectNoAxeViolations(page, `${base}sida/2/ at ${viewport.width} px`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'sideways scroll of the page').toBeLessThanOrEqual(0);
      });
    }
  });
}

test("an owner's pages hold each of its goals once, as many as its facts say", async ({ page, request }) => {
  const base = await firstPaged(request, '/ansvariga/', /^\/ansvariga\/[^/]+\/$/);
  await page.goto(`${BASE}${base}`);
  // Its own goals, and those it shares with the other member regions (listed after its own).
  const own = Number(await page.locator('dt:text-is("Antal mål") + dd').textContent());
  const shared = (await page.locator('dt:text-is("Gemensamma mål") + dd').allTextContents()).map((t) =>
    parseInt(t, 10),
  );
  const stated = own + shared.reduce((a, b) => a + b, 0);
  const total = await pageCount(page);
  const seen: string[] = [];
  for (let n = 1; n <= total; n++) {
    if (n > 1) await page.goto(`${BASE}${base}sida/${n}/`);
    // Each goal is one item in a plan's group, linked to its own page.
    seen.push(
      ...(await page
        .locator('main li.goal-item a.goal-link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))),
    );
  }
  expect(new Set(seen).size, 'no goal twice').toBe(seen.length);
  expect(seen.length).toBe(stated);
  expect(total).toBeGreaterThanOrEqual(2);
  expect(stated).toBeGreaterThan(PAGED_SITE_PAGE_ENTRIES);
});
