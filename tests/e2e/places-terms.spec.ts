// Places and terms in the search (issue 19, items 2 and 3) against the built site: a county in any of its
// forms, or a municipality, is answered first with its healthcare region and a link to the region's page;
// Halland offers both regions with their municipalities; a written-out term finds the goal that abbreviates
// it and the reverse; the glossary lists each term with its source. Expectations come from the content files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { PlacesFile, Term } from '../../src/schemas/index.ts';
import { expectNoAxeViolations } from './axe.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const places = parse(readFileSync(join(ROOT, 'content', 'places.yaml'), 'utf8')) as PlacesFile;
const terms = parse(readFileSync(join(ROOT, 'content', 'terms.yaml'), 'utf8')) as Term[];
const regionNames = new Map(
  (parse(readFileSync(join(ROOT, 'content', 'regions.yaml'), 'utf8')) as { id: string; name: string }[]).map((r) => [
    r.id,
    r.name,
  ]),
);
const countyOf = (name: string) => places.counties.find((c) => c.name === name)!;

const answer = (page: Page) => page.locator('[data-search-place]');
const status = (page: Page) => page.locator('[data-search-status]');
const goalLinks = (page: Page) => page.locator('[data-search-results] .goal-item > a');

async function searchFor(page: Page, query: string) {
  await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
  await expect(status(page)).toHaveText(/hittades/, { timeout: 20_000 });
}

test.describe('places lead to their healthcare region', () => {
  // Counties in every form and towns from five of the six regions; not the issue's own example (Skåne).
  const cases: [query: string, region: string][] = [
    ['Gävleborg', 'mellansverige'],
    ['Gävleborgs län', 'mellansverige'],
    ['Region Gävleborg', 'mellansverige'],
    ['Västerbotten', 'norr'],
    ['Gällivare', 'norr'],
    ['Norrtälje', 'stockholm-gotland'],
    ['Visby', ''],
    ['Linköping', 'sydost'],
    ['Karlshamn', 'syd'],
    ['Uddevalla kommun', 'vast'],
  ];
  for (const [query, region] of cases) {
    test(`"${query}"`, async ({ page }) => {
      await searchFor(page, query);
      if (!region) {
        // Visby is a town, not a municipality: no place is invented for it.
        await expect(answer(page)).toBeHidden();
        return;
      }
      const name = regionNames.get(region)!;
      const heading = answer(page).getByRole('heading', { level: 2 }).first();
      await expect(heading).toHaveText(new RegExp(`hör till ${name}$`));
      // First: the answer comes before the results and the filters in the page.
      const above = await answer(page).evaluate(
        (box) => !!(box.compareDocumentPosition(document.querySelector('[data-search-status]')!) & 4),
      );
      expect(above).toBe(true);
      await expect(status(page)).toContainText(`hör till ${name}.`);
      await answer(page)
        .getByRole('link', { name: `${name}: planer och mål` })
        .click();
      await expect(page).toHaveURL(new RegExp(`/regioner/${region}/$`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    });
  }

  test('the header form on another page leads to the same answer', async ({ page }) => {
    await page.goto('/ramverk/');
    await page.getByLabel('Sök i planerna').fill('Region Dalarna');
    await page.getByLabel('Sök i planerna').press('Enter');
    await expect(answer(page).getByRole('heading', { level: 2 })).toHaveText(
      `Dalarnas län hör till ${regionNames.get('mellansverige')}`,
      { timeout: 20_000 },
    );
  });

  test('Hallands län offers both regions, naming which municipalities go where, as its sources do', async ({
    page,
  }) => {
    const halland = countyOf('Hallands län');
    await searchFor(page, 'Halland');
    await expect(answer(page).getByRole('heading', { level: 2 })).toHaveText(
      'Hallands län är delat mellan två sjukvårdsregioner',
    );
    await expect(answer(page).locator('q')).toHaveText(halland.split!.source.quote);
    const names = new Map(halland.municipalities.map((m) => [m.code, m.name]));
    for (const part of halland.split!.parts) {
      const item = answer(page)
        .getByRole('listitem')
        .filter({ hasText: regionNames.get(part.healthcareRegion)! });
      await expect(item).toContainText(part.municipalities.map((code) => names.get(code)).join(', '));
      await expect(item.getByRole('link', { name: regionNames.get(part.healthcareRegion)! })).toHaveAttribute(
        'href',
        `/regioner/${part.healthcareRegion}/`,
      );
    }
    // A town of each part finds its own region only.
    await searchFor(page, 'Hylte');
    await expect(answer(page).getByRole('heading')).toHaveText(`Hylte hör till ${regionNames.get('syd')}`);
    await searchFor(page, 'Falkenberg');
    await expect(answer(page).getByRole('heading')).toHaveText(`Falkenberg hör till ${regionNames.get('vast')}`);
  });

  test('a place among other words is answered first, and the other words find what they find alone', async ({
    page,
  }) => {
    const ids = async () => (await goalLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort();
    for (const [query, words, place, region] of [
      ['Gävleborg palliativ', 'palliativ', 'Gävleborgs län', 'mellansverige'],
      ['kontaktsjuksköterska i Luleå kommun', 'kontaktsjuksköterska', 'Luleå', 'norr'],
    ]) {
      await searchFor(page, words);
      const alone = await ids();
      expect(alone.length, words).toBeGreaterThan(0);
      await searchFor(page, query);
      await expect(answer(page).getByRole('heading', { level: 2 })).toHaveText(
        `${place} hör till ${regionNames.get(region)}`,
      );
      await expect(status(page)).toContainText(`för ”${words}”`);
      await expect(status(page)).toContainText(`${place} hör till ${regionNames.get(region)}.`);
      expect(await ids(), query).toEqual(alone);
    }
  });

  test('places alone are each answered; a word of the plans that is also a town is not taken for it', async ({
    page,
  }) => {
    // Nothing else to search for: the answers are the whole status.
    await page.goto(`/sok/?q=${encodeURIComponent('Malmö Halmstad')}`);
    const syd = regionNames.get('syd')!;
    await expect(status(page)).toHaveText(`Malmö hör till ${syd}. Halmstad hör till ${syd}.`, { timeout: 20_000 });
    await expect(answer(page).getByRole('heading', { level: 2 })).toHaveText([
      `Malmö hör till ${syd}`,
      `Halmstad hör till ${syd}`,
    ]);
    await expect(goalLinks(page)).toHaveCount(0);
    // "vara" (to be) is a word of the plans and the name of Vara kommun: only "Vara kommun" is the place.
    await searchFor(page, 'vården ska vara jämlik');
    await expect(answer(page)).toBeHidden();
    await searchFor(page, 'jämlik vård Vara kommun');
    await expect(answer(page).getByRole('heading', { level: 2 })).toHaveText(
      `Vara hör till ${regionNames.get('vast')}`,
    );
  });

  test('a goal search shows no place, and the page with an answer has no axe violations', async ({ page }) => {
    await searchFor(page, 'screening');
    await expect(answer(page)).toBeHidden();
    await searchFor(page, 'Halland');
    await expectNoAxeViolations(page, '/sok/ with a place answer');
  });
});

test.describe('terms are found by either form', () => {
  test('written out, a term finds the goal that abbreviates it', async ({ page }) => {
    const mdk = terms.find((t) => t.abbreviation === 'MDK')!;
    await searchFor(page, mdk.term);
    await expect(goalLinks(page).filter({ hasText: 'MDK' }).first()).toBeVisible();
  });

  test('in another form than the plan writes it, a term finds the goal: singular and the Swedish form', async ({
    page,
  }) => {
    // The goals write "SVF" and "SVF-PREM"; neither writes "standardiserat vårdförlopp" or PREM's Swedish name.
    // (No goal writes a term out without its abbreviation, so the reverse is covered by src/lib/terms.test.ts.)
    await searchFor(page, 'standardiserat vårdförlopp');
    await expect(goalLinks(page).filter({ hasText: 'SVF' }).first()).toBeVisible();
    await searchFor(page, 'patientrapporterade erfarenhetsmått');
    await expect(goalLinks(page).filter({ hasText: 'SVF-PREM' })).toHaveCount(1);
  });
});

test.describe('the glossary', () => {
  test('lists each term with its written-out form, explanation and sources, and is linked from /sok/', async ({
    page,
  }) => {
    await page.goto('/sok/');
    await page.getByRole('main').getByRole('link', { name: 'Ord och förkortningar' }).click();
    await expect(page).toHaveURL(/\/ord\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ord och förkortningar');
    const svf = terms.find((t) => t.abbreviation === 'SVF')!;
    const entry = page.locator('dt#svf');
    await expect(entry.locator('abbr')).toHaveAttribute('title', svf.term);
    const definition = page.locator('dt#svf + dd');
    await expect(definition).toContainText(svf.explanation!);
    await expect(definition.getByRole('link')).toHaveAttribute('href', '/planer/norr-2022-2024/');
    // A term without a sourced explanation shows none.
    const who = terms.find((t) => t.abbreviation === 'WHO')!;
    expect(who.explanation).toBeUndefined();
    await expect(page.locator('dt#who + dd > p:not(.meta)')).toHaveCount(0);
  });
});
