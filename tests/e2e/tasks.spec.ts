// Readers' tasks on the built site, at a phone's and a desktop's width (issue 18): a reader who knows only
// their county or region finds, from the start page and in few steps, the plan that applies there, a goal's
// owner and timeframe, and which healthcare region their county belongs to.
import { expect, test, type Page } from '@playwright/test';
import { DESKTOP, PHONE, squash } from './support.ts';

for (const viewport of [PHONE, DESKTOP]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('the first screen of the start page offers a region and a search', async ({ page }) => {
      await page.goto('/');
      const firstScreen = async (name: string, locator: ReturnType<Page['locator']>) => {
        const box = await locator.boundingBox();
        expect(box, name).not.toBeNull();
        expect(box!.y + box!.height, `${name} within the first screen`).toBeLessThanOrEqual(viewport.height);
      };
      await firstScreen('search field', page.getByRole('searchbox', { name: 'Sök i planerna' }));
      await firstScreen('region picker', page.getByRole('navigation', { name: 'Välj sjukvårdsregion' }));
      await firstScreen('a region link', page.getByRole('link', { name: 'Syd', exact: true }));
    });

    test('a reader in Region Skåne finds the plan of the southern region and where to read it', async ({ page }) => {
      await page.goto('/');
      // Region Skåne is named under Södra sjukvårdsregionen on the start page itself.
      const syd = page.getByRole('region', { name: 'Södra sjukvårdsregionen' });
      await expect(syd).toContainText('Region Skåne');
      await page.getByRole('link', { name: 'Syd', exact: true }).click();
      await expect(syd).toBeInViewport();
      // Its answer: the latest plan, that its period ended, and a link to the plan at the RCC.
      await expect(syd).toContainText(
        /Ingen gällande plan är känd\. Den senaste: Regional cancerplan för södra sjukvårdsregionen 2023–2025/,
      );
      await expect(syd).toContainText('Perioden slutade 2025.');
      const source = syd.getByRole('link', { name: /på cancercentrum\.se/ });
      await expect(source).toHaveAttribute('href', /^https:\/\/cancercentrum\.se\/syd\//);
    });

    test('a reader in Stockholm reaches the plan in force in one step', async ({ page }) => {
      await page.goto('/');
      const sg = page.getByRole('region', { name: 'Sjukvårdsregion Stockholm Gotland' });
      await expect(sg).toContainText('Region Stockholm');
      await expect(sg).toContainText('Gäller nu: Sjukvårdsregional cancerplan 2024-2027');
      await sg.getByRole('link', { name: 'Sjukvårdsregional cancerplan 2024-2027', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sjukvårdsregional cancerplan 2024-2027');
    });

    test('from the start page a goal’s owner and timeframe are two steps away', async ({ page }) => {
      await page.goto('/');
      const norr = page.getByRole('region', { name: 'Norra sjukvårdsregionen' });
      await norr.getByRole('link', { name: 'Läs planens mål' }).click();
      await expect(page).toHaveURL(/\/planer\/norr-2022-2024\/$/);
      // One step: the plan's goals with their owners and timeframes as text.
      const row = page.locator('table.goals tbody tr').first();
      await expect(row.locator('td.goal-owners li').first()).not.toBeEmpty();
      await expect(row.locator('td.goal-timeframe')).toContainText(/20\d\d/);
      // Two steps: the goal's own page says the same in words.
      await row.locator('td.goal-text a').click();
      await expect(page).toHaveURL(/\/mal\/[a-z0-9-]+\/$/);
      const text = squash(await page.locator('main').textContent());
      expect(text).toMatch(/Ansvarig/);
      expect(text).toMatch(/Tidsram/);
    });

    test('a reader who knows only their county finds its healthcare region from the menu', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Regioner' }).click();
      await expect(page).toHaveURL(/\/regioner\/$/);
      // Halland is split: each half is named under its own healthcare region.
      const list = page.locator('dl.region-index');
      await expect(list).toContainText('Region Halland (södra delen)');
      await expect(list).toContainText('Region Halland (norra delen: Kungsbacka, Varberg och Falkenberg)');
      await expect(list.locator('dd', { hasText: 'Region Jönköpings län' })).toHaveCount(1);
      await page.getByRole('link', { name: 'Sydöstra sjukvårdsregionen' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sydöstra sjukvårdsregionen');
    });

    test('the main menu leads to every plan version', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
      const open = (await (await page.request.get('/data/plans.json')).json()) as { plans: { id: string }[] };
      const listed = await page
        .locator('main a[href^="/planer/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(listed.sort()).toEqual(open.plans.map((p) => `/planer/${p.id}/`).sort());
    });
  });
}

test.describe('a goal page on a phone', () => {
  test.use({ viewport: PHONE });

  test('the goal, its owners and its timeframe are in the first screen; headings hyphenate Swedish', async ({
    page,
  }) => {
    // Every goal of the site, the longest (about 500 characters) included.
    test.setTimeout(180_000);
    const { goals } = (await (await page.request.get('/data/goals.json')).json()) as { goals: { id: string }[] };
    expect(goals.length).toBeGreaterThan(40);
    for (const { id } of goals) {
      await page.goto(`/mal/${id}/`);
      // The bottom of the heading, and of the owners and the timeframe where the plan has those columns.
      const bottoms = await page.evaluate(() => {
        const bottom = (el: Element | null | undefined) => (el ? el.getBoundingClientRect().bottom : null);
        const fact = (name: string) =>
          [...document.querySelectorAll('dl.facts dt')].find((dt) => dt.textContent?.trim() === name)
            ?.nextElementSibling;
        return {
          goal: bottom(document.querySelector('h1')),
          owners: bottom(fact('Ansvariga')),
          timeframe: bottom(fact('Tidsram')),
        };
      });
      expect(bottoms.goal, `${id}: a heading`).not.toBeNull();
      for (const [name, y] of Object.entries(bottoms))
        if (y !== null) expect.soft(y, `${id}: ${name} within the first screen`).toBeLessThanOrEqual(PHONE.height);
    }
    const facts = page.locator('dl.facts');
    await page.goto('/mal/norr22-cancerkompetens-i-primarvarden/');
    // "Regionerna" says which regions it stands for.
    await expect(facts.locator('dt:text-is("Ansvariga") + dd')).toContainText(
      'Regionerna (Region Norrbotten, Region Västerbotten, Region Västernorrland och Region Jämtland Härjedalen)',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    expect(await page.getByRole('heading', { level: 1 }).evaluate((h) => getComputedStyle(h).hyphens)).toBe('auto');
  });
});
