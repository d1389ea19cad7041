// The Norr plan prints well (GitHub issue 3): no navigation or skip link on paper, every goal row
// printed, goal tables not clipped, and the addresses of external links written out.
import { expect, test } from '@playwright/test';
import { NORR_GOAL_COUNT, NORR_PLAN } from './support.ts';

// The printable width of an A4 page with Chromium's default margins (210 mm − 2 × 10 mm at 96 dpi).
const A4_PRINTABLE = { width: 718, height: 1000 };

test.describe('printing the Norr plan', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize(A4_PRINTABLE);
    await page.goto(`/planer/${NORR_PLAN}/`);
  });

  test('header navigation, breadcrumbs, skip link, contents and "Till början" are not printed; the plan is', async ({
    page,
  }) => {
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    const crumbs = page.getByRole('navigation', { name: 'Du är här' });
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    // On screen they are there (the skip link off-screen until focused)…
    await expect(menu).toBeVisible();
    await expect(crumbs).toBeVisible();
    await expect(skip).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'På den här sidan' })).toBeVisible();
    await expect(page.locator('.to-top')).toHaveCount(8);
    await page.emulateMedia({ media: 'print' });
    // …on paper they are not.
    await expect.soft(menu, 'main menu in print').toBeHidden();
    await expect.soft(crumbs, 'breadcrumbs in print').toBeHidden();
    await expect.soft(skip, 'skip link in print').toBeHidden();
    // The contents list and the "Till början" links are for finding one's way on screen only.
    await expect.soft(page.getByRole('navigation', { name: 'På den här sidan' }), 'contents in print').toBeHidden();
    await expect.soft(page.locator('.to-top').first(), '"Till början" in print').toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test(`all ${NORR_GOAL_COUNT} goal rows are printed and no goal table is clipped`, async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    const rows = page.locator('table.goals tbody tr');
    await expect(rows).toHaveCount(NORR_GOAL_COUNT);
    const hidden = await rows.evaluateAll((trs) => trs.filter((tr) => !tr.checkVisibility()).map((tr) => tr.id));
    expect.soft(hidden, 'goal rows not printed').toEqual([]);

    const tables = await page.locator('table.goals').evaluateAll((els) =>
      els.map((table) => {
        const box = table.parentElement!;
        return {
          label: table.querySelector('caption')?.textContent ?? '',
          overflowX: getComputedStyle(box).overflowX,
          scrollWidth: box.scrollWidth,
          clientWidth: box.clientWidth,
          tableRight: table.getBoundingClientRect().right,
          pageWidth: document.documentElement.clientWidth,
        };
      }),
    );
    expect(tables.length, 'goal tables').toBe(7);
    for (const r of tables) {
      expect
        .soft(r.overflowX, `${r.label}: overflow-x in print (hidden or auto would cut the table on paper)`)
        .toBe('visible');
      expect.soft(r.scrollWidth, `${r.label}: content wider than its box in print`).toBeLessThanOrEqual(r.clientWidth);
      expect.soft(r.tableRight, `${r.label}: table runs past the page edge`).toBeLessThanOrEqual(r.pageWidth);
    }
    const doc = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(doc.scroll, 'printed page wider than the paper').toBeLessThanOrEqual(doc.client);
  });

  test('external links show their address in print', async ({ page }) => {
    const afterContent = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll((links) =>
          links.map((a) => ({ href: (a as HTMLAnchorElement).href, content: getComputedStyle(a, '::after').content })),
        );
    const facts = await afterContent('.facts a[href^="http"]');
    expect(facts.length, 'the plan names its source as an external link').toBeGreaterThan(0);
    // On screen the address is not written out…
    for (const l of facts) expect(l.content, `screen ::after of ${l.href}`).toBe('none');

    await page.emulateMedia({ media: 'print' });
    // Links in the plan's prose, when there are any, and always the source in the facts list.
    const prose = await afterContent('.prose a[href^="http"]');
    for (const l of [...prose, ...(await afterContent('.facts a[href^="http"]'))]) {
      expect.soft(l.content, `print ::after of ${l.href}`).toContain('http');
      expect.soft(l.content, `print ::after of ${l.href}`).toContain(l.href);
    }
    test.info().annotations.push({
      type: 'links',
      description: `${prose.length} external links in prose, ${facts.length} in the facts list`,
    });
  });
});
