// The plans' own text in the search (issue 19, items 1 and 4) against the built site: a word only a chapter
// has finds that passage, with its excerpt, linking to its section on the plan page; a phrase finds its
// passage first; the filters narrow the passages as they narrow the goals; the goal-only view is one link
// away; the page says what is searched, visible on a phone, and has one search box. Words and phrases are
// picked from the built plan pages and the open data, not typed here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { PHONE, loadGoals, squash, type OpenDataGoal } from './support.ts';

const regions = parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'regions.yaml'), 'utf8')) as {
  id: string;
  shortName: string;
}[];
const status = (page: Page) => page.locator('[data-search-status]');
const textGroup = (page: Page) => page.locator('[data-search-text]');
const passages = (page: Page) => textGroup(page).locator('.passage-item');
const goalItems = (page: Page) => page.locator('[data-search-results] .goal-item');

interface Section {
  /** The passage's address: the plan page and the section's anchor. */
  href: string;
  heading: string;
  text: string;
}

/** The sections with text of every published plan page, as a reader sees them. */
async function planSections(request: APIRequestContext): Promise<Section[]> {
  const plans = ((await (await request.get('/data/plans.json')).json()) as { plans: { id: string }[] }).plans;
  const sections: Section[] = [];
  for (const { id } of plans) {
    const html = await (await request.get(`/planer/${id}/`)).text();
    for (const m of html.matchAll(/<section (?:class="chapter" [^>]*)?id="([\w-]+)"[^>]*>([\s\S]*?)<\/section>/g)) {
      const prose = /<div class="prose">([\s\S]*)<\/div>/.exec(m[2]);
      const heading = /<h2[^>]*>([^<]+)<\/h2>/.exec(m[2]);
      if (prose && heading)
        sections.push({
          href: `/planer/${id}/#${m[1]}`,
          heading: heading[1].replaceAll('&amp;', '&'),
          // Inline elements (links, marked abbreviations, emphasis) run on in their words; blocks are apart.
          text: squash(
            prose[1]
              .replace(/<\/?(a|abbr|em|strong|code|del)\b[^>]*>/g, '')
              .replace(/<[^>]+>/g, ' ')
              .replaceAll('&amp;', '&'),
          ),
        });
    }
  }
  return sections;
}

const longWords = (text: string) => [...text.toLowerCase().matchAll(/\p{L}{9,}/gu)].map((m) => m[0]);

/**
 * Words of at least nine letters that one section has and nothing else indexed does (no other section, no
 * goal's text, chapter or owners, no plan title), not even by their stem; in a fixed order.
 */
function textOnlyWords(sections: Section[], goals: OpenDataGoal[]): { word: string; section: Section }[] {
  const goalText = goals
    .map((g) => [g.text, g.chapter.title, ...g.owners.map((o) => o.name)].join(' '))
    .join(' ')
    .toLowerCase();
  return sections
    .flatMap((section) =>
      [...new Set(longWords(section.text))]
        .filter((word) => {
          const stem = word.slice(0, -3);
          return (
            !goalText.includes(stem) &&
            sections.every((other) => other === section || !other.text.toLowerCase().includes(stem))
          );
        })
        .map((word) => ({ word, section })),
    )
    .sort((a, b) => b.word.length - a.word.length || a.word.localeCompare(b.word));
}

async function searchFor(page: Page, address: string) {
  await page.goto(address);
  await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  await expect(status(page)).toHaveText(/hittades/, { timeout: 20_000 });
}

let sections: Section[];
let goals: OpenDataGoal[];
let plans: { id: string; region: string }[];
test.beforeAll(async ({ request }) => {
  plans = ((await (await request.get('/data/plans.json')).json()) as { plans: typeof plans }).plans;
  sections = await planSections(request);
  goals = await loadGoals(request);
  expect(sections.length).toBeGreaterThan(0);
});

test.describe('the plans’ text is searchable as passages', () => {
  test('a word only one chapter has finds that passage, and its link lands on the section', async ({ page }) => {
    const [{ word, section }] = textOnlyWords(sections, goals);
    test.info().annotations.push({ type: 'word', description: `${word} → ${section.href}` });
    await searchFor(page, `/sok/?q=${encodeURIComponent(word)}`);
    await expect(status(page)).toHaveText(`Inga mål och 1 avsnitt i planernas text hittades för ”${word}”`);
    await expect(page.getByRole('heading', { name: 'I planernas text (1)' })).toBeVisible();
    await expect(goalItems(page)).toHaveCount(0);
    const item = passages(page).first();
    await expect(item.locator('> a')).toHaveText(section.heading);
    await expect(item.locator('> a')).toHaveAttribute('href', section.href);
    // The excerpt is the passage's own words around the match, the word marked.
    await expect(item.locator('.excerpt mark').first()).toHaveText(new RegExp(`^${word}`, 'i'));
    const excerpt = squash(await item.locator('.excerpt').textContent()).replace(/^… | …$/g, '');
    expect(section.text).toContain(excerpt);

    await item.locator('> a').click();
    await expect(page).toHaveURL(new RegExp(`${section.href.replace(/[/#]/g, '\\$&')}$`));
    const target = page.locator(`#${section.href.split('#')[1]}`);
    await expect(target).toHaveCount(1);
    await expect(target).toContainText(word, { ignoreCase: true });
    await expect(target.getByRole('heading', { level: 2 })).toBeInViewport();
  });

  test('a phrase from a chapter finds its passage first, every word of it marked', async ({ page }) => {
    // Three words in a row from the middle of a chapter with a word no other text has.
    const { section } = textOnlyWords(sections, goals).find(({ section: s }) => s.href.includes('#kapitel-'))!;
    const words = section.text.split(' ');
    const start = words.findIndex((w, i) => i > 20 && [0, 1, 2].every((k) => /^\p{L}{5,}$/u.test(words[i + k])));
    const phrase = words.slice(start, start + 3).join(' ');
    test.info().annotations.push({ type: 'phrase', description: `${phrase} → ${section.href}` });
    await searchFor(page, `/sok/?q=${encodeURIComponent(phrase)}`);
    await expect(passages(page).first().locator('> a')).toHaveAttribute('href', section.href);
    const marked = (await passages(page).first().locator('.excerpt mark').allTextContents()).map((m) =>
      m.toLowerCase(),
    );
    for (const word of phrase.toLowerCase().split(' ')) expect(marked).toContain(word);
  });

  test('the filters narrow the passages as they narrow the goals', async ({ page }) => {
    const [{ word, section }] = textOnlyWords(sections, goals);
    const plan = section.href.split('/')[2];
    const own = regions.find((r) => r.id === plans.find((p) => p.id === plan)!.region)!.shortName;
    const other = regions.find((r) => r.shortName !== own)!.shortName;
    const q = `/sok/?q=${encodeURIComponent(word)}`;
    // Its own region and plan keep it; another region's filter leaves it out.
    await searchFor(page, `${q}&region=${encodeURIComponent(own)}`);
    await expect(
      page
        .getByRole('group', { name: 'Sjukvårdsregion', exact: true })
        .getByRole('checkbox', { name: own, exact: true }),
    ).toBeChecked();
    await expect(passages(page)).toHaveCount(1);
    await searchFor(page, `${q}&region=${encodeURIComponent(other)}`);
    await expect(status(page)).toHaveText(
      `Inga mål eller avsnitt i planernas text hittades för ”${word}” med de valda filtren`,
    );
    await expect(passages(page)).toHaveCount(0);
    // A passage has no owner: an owner filter leaves only goals.
    const owner = await page
      .getByRole('group', { name: 'Ansvarig', exact: true })
      .getByRole('checkbox')
      .first()
      .getAttribute('value');
    await searchFor(page, `${q}&ansvarig=${encodeURIComponent(owner!)}`);
    await expect(passages(page)).toHaveCount(0);
  });

  test('the goal-only view is one link away, kept in the address, and back again', async ({ page }) => {
    await searchFor(page, '/sok/?q=cancer');
    await expect(textGroup(page)).toBeVisible();
    const goalsShown = Number(/^(\d+) mål/.exec((await status(page).textContent()) ?? '')?.[1]);
    expect(goalsShown).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Visa bara mål' }).click();
    await expect(page).toHaveURL(/\/sok\/\?q=cancer&visa=mal$/);
    await expect(status(page)).toHaveText(`${goalsShown} mål hittades för ”cancer”`);
    await expect(textGroup(page)).toBeHidden();
    // A new search keeps the view.
    await page.getByLabel('Sökord', { exact: true }).fill('screening');
    await page.getByLabel('Sökord', { exact: true }).press('Enter');
    await expect(page).toHaveURL(/\/sok\/\?q=screening&visa=mal$/);
    await expect(status(page)).toHaveText(/^\d+ mål hittades för ”screening”$/);
    await page.getByRole('link', { name: 'Visa även träffar i planernas text' }).click();
    await expect(page).toHaveURL(/\/sok\/\?q=screening$/);
    await expect(textGroup(page)).toBeVisible();
  });
});

test.describe('what is searched, and one search box', () => {
  test('at 375 px the count and what was searched are in view, the filters folded', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await searchFor(page, '/sok/?q=screening');
    await expect(page.locator('details[data-search-filters]')).not.toHaveAttribute('open');
    const scope = page.locator('.scope');
    await expect(scope).toBeVisible();
    await expect(scope).toHaveText(/^Sökningen gäller det som finns här: målen i \d+ av \d+ planversioner/);
    await expect(status(page)).toBeInViewport();
    await expect(scope).toBeInViewport();
    expect(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).toEqual(
      expect.objectContaining({ violations: [] }),
    );
  });

  test('the search page has one search box; the header has it on other pages', async ({ page }) => {
    await page.goto('/sok/');
    await expect(page.getByRole('search')).toHaveCount(1);
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    await page.goto('/ord/');
    await expect(page.getByRole('search', { name: 'Sök på webbplatsen' })).toBeVisible();
  });
});
