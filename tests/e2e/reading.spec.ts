// Reading long pages on a phone and a desktop (GitHub issue 13): goals never sit in a box that scrolls
// sideways and pages never scroll sideways; the plan's contents stay at hand; owners and timeframes
// are seen without swiping; the coverage view reads on both widths.
import { expect, test, type Page } from '@playwright/test';
import { DESKTOP, NORR_GOAL_COUNT, NORR_PLAN, PHONE } from './support.ts';

/** Pages that list goals: plan, owners (one that stands for several regions and a member region), year, area, coverage. */
const GOAL_PAGES = [
  `/planer/${NORR_PLAN}/`,
  '/ansvariga/norr-regionerna/',
  '/ansvariga/region-vasterbotten/',
  '/ar/2023/',
  '/ramverk/vagen-framat-2020-2022/prevention-och-tidig-diagnostik/',
];

/** Goal links inside an element that scrolls sideways, and how far the page itself scrolls sideways. */
function sideways(page: Page) {
  return page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/mal/"]')];
    const boxed = links.filter((a) => {
      for (let el = a.parentElement; el && el !== document.body; el = el.parentElement) {
        const { overflowX } = getComputedStyle(el);
        if (['auto', 'scroll'].includes(overflowX) && el.scrollWidth > el.clientWidth) return true;
      }
      return false;
    });
    const doc = document.documentElement;
    return {
      links: links.length,
      boxed: boxed.map((a) => a.getAttribute('href')),
      overflow: doc.scrollWidth - doc.clientWidth,
    };
  });
}

for (const viewport of [PHONE, DESKTOP]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.beforeEach(async ({ page }) => page.setViewportSize(viewport));

    for (const path of GOAL_PAGES) {
      test(`${path}: no goal link in a sideways-scrolling box, no sideways page scroll`, async ({ page }) => {
        await page.goto(path);
        const found = await sideways(page);
        expect(found.links, 'the page links goals (the check is not vacuous)').toBeGreaterThan(0);
        expect.soft(found.boxed, 'goal links inside a box that scrolls sideways').toEqual([]);
        expect.soft(found.overflow, 'page wider than the screen (px)').toBeLessThanOrEqual(0);
      });
    }

    test('every Norr goal’s owners and timeframe are on screen horizontally, without swiping', async ({ page }) => {
      await page.goto(`/planer/${NORR_PLAN}/`);
      const cells = await page.locator('table.goals tbody td:is(.goal-owners, .goal-timeframe)').evaluateAll((tds) =>
        tds.map((td) => {
          const r = td.getBoundingClientRect();
          return {
            goal: td.closest('tr')!.id,
            visible: td.checkVisibility(),
            left: r.left,
            right: r.right,
            text: (td as HTMLElement).innerText,
          };
        }),
      );
      expect(cells.length).toBe(2 * NORR_GOAL_COUNT);
      const width = viewport.width;
      const off = cells.filter((c) => !c.visible || c.left < 0 || c.right > width + 0.5 || !/\S/.test(c.text));
      expect(
        off.map((c) => `${c.goal}: ${c.left}–${c.right} "${c.text}"`),
        'cells off screen or empty',
      ).toEqual([]);
    });

    test('the goal tables stay tables for assistive technology, whatever their layout', async ({ page }) => {
      await page.goto(`/planer/${NORR_PLAN}/`);
      // Chromium's own accessibility tree (what a screen reader gets), not Playwright's reading of the markup.
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { role?: { value: string }; ignored?: boolean }[];
      };
      const count = (role: string) => nodes.filter((n) => !n.ignored && n.role?.value === role).length;
      expect.soft(count('table'), 'tables').toBe(7);
      expect.soft(count('columnheader'), 'column headers (Mål, Ansvarig, Tidsram per table)').toBe(21);
      expect.soft(count('row'), 'rows: a header row per table and a row per goal').toBe(7 + NORR_GOAL_COUNT);
    });

    test('the coverage tables fit the screen, with columns only for plan versions that hold data', async ({ page }) => {
      await page.goto('/tackning/');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect.soft(overflow, 'page wider than the screen (px)').toBeLessThanOrEqual(0);
      const section = page.locator('section', { has: page.locator('table.coverage') }).first();
      const table = section.locator('table.coverage');
      // Plan versions with goals here are columns: as visible labels when stacked, as headers when not.
      const row = table.locator('tbody tr').first();
      for (const name of ['Norr 2022–2024', 'Stockholm Gotland 2020–2023']) {
        await expect
          .soft(viewport.width < 600 ? row.getByText(name) : table.locator('thead th', { hasText: name }), name)
          .toBeVisible();
      }
      // A version whose goals are not here is named once under the table, not a column of "not transferred".
      await expect(table).not.toContainText('Syd 2023–2025');
      await expect(section.locator('ul.meta')).toContainText('Syd 2023–2025');
      const right = await table.evaluate((t) => t.getBoundingClientRect().right);
      expect(right, 'the coverage table fits the screen').toBeLessThanOrEqual(viewport.width);
      await expect(page.locator('svg')).toHaveCount(0);
    });
  });
}

test.describe('contents of the Norr plan', () => {
  test('at 1280 px, halfway down, a contents list with links to the chapters is in view', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(`/planer/${NORR_PLAN}/`);
    const chapters = await page.locator('section.chapter').evaluateAll((s) => s.map((el) => el.id));
    expect(chapters.length).toBe(7);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const toc = page.getByRole('navigation', { name: 'På den här sidan' });
    await expect(toc).toBeInViewport({ ratio: 1 });
    const hrefs = await toc.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['#inledning', ...chapters.map((id) => `#${id}`)]);
    // The same at the end of the plan, and following a link from there leads to the chapter.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(toc).toBeInViewport({ ratio: 1 });
    await toc.getByRole('link').nth(2).click();
    await expect(page.locator(`#${chapters[1]} h2`)).toBeInViewport();
    // Wide screens have the contents in view: no "Till början" links there.
    await expect(page.getByRole('link', { name: 'Till början' })).toHaveCount(0);
  });

  test('at 375 px, the contents come first and every part ends with "Till början"', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/planer/${NORR_PLAN}/`);
    const toc = page.getByRole('navigation', { name: 'På den här sidan' });
    const tocTop = await toc.evaluate((el) => el.getBoundingClientRect().top + scrollY);
    const firstChapter = await page.locator('#inledning').evaluate((el) => el.getBoundingClientRect().top + scrollY);
    expect(tocTop, 'contents before the text').toBeLessThan(firstChapter);
    // Introduction and seven chapters, each ending with a way back up.
    const back = page.getByRole('link', { name: 'Till början' });
    await expect(back).toHaveCount(8);
    for (const part of await page.locator('#inledning, section.chapter').all()) {
      await expect.soft(part.locator('> .to-top:last-child').getByRole('link', { name: 'Till början' })).toBeVisible();
    }
    await back.nth(4).click();
    await expect(page.locator('main')).toBeFocused();
    await expect(page.locator('h1')).toBeInViewport();
  });
});
