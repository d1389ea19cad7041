// The search (GitHub issues 4 and 12) against the built site: Pagefind with Swedish compound parts and
// synonyms, typo correction and no invented matches, highlighted matches, owner groups, filters from data,
// the address as the search's state, and accessibility. Expected results are computed from the open
// data (/data/goals.json) and, for filter labels, from the content files the site is built from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { DESKTOP, MOBILE, loadGoals, squash, type OpenDataGoal } from './support.ts';
import { expectNoAxeViolations } from './axe.ts';
import { escapeRegExp } from '../../src/lib/terms.ts';

const ROOT = join(import.meta.dirname, '..', '..');

const readYaml = <T>(path: string): T => parse(readFileSync(join(ROOT, path), 'utf8')) as T;

const results = (page: Page) => page.locator('[data-search-results] .goal-item');
const correction = (page: Page) => page.locator('[data-search-correction]');
const help = (page: Page) => page.locator('[data-search-help]');
const status = (page: Page) => page.locator('[data-search-status]');
const filterGroup = (page: Page, legend: string) => page.getByRole('group', { name: legend, exact: true });

/** The goal ids of the results shown, in order. */
async function resultIds(page: Page): Promise<string[]> {
  const hrefs = await results(page)
    .locator('> a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => /^\/mal\/([a-z0-9-]+)\/$/.exec(href)?.[1] ?? `(not a goal page: ${href})`);
}

/** Waits until the latest search has finished and is reported, and returns the goal ids shown. */
async function settled(page: Page): Promise<string[]> {
  // The first search of a page also loads the index and the word list, which a busy machine makes slow.
  await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true', { timeout: 20_000 });
  await expect(status(page)).toHaveText(/hittades/, { timeout: 20_000 });
  await expect(async () => {
    const shown = await results(page).count();
    const text = (await status(page).textContent()) ?? '';
    expect(shown).toBe(Number(/^(\d+) mål/.exec(text)?.[1] ?? 0));
  }).toPass();
  return resultIds(page);
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.getByLabel('Sökord', { exact: true }).fill(query);
  await page.getByLabel('Sökord', { exact: true }).press('Enter');
  // The first search of a page also loads the index and the word list.
  await expect(status(page)).toContainText(query ? `”${query}”` : 'mål', { timeout: 20_000 });
  return settled(page);
}

const sorted = (ids: string[]) => [...ids].sort();

/**
 * A page of its own, for a test that goes back or forward: the browser context, and with it the fixture
 * page's history, is shared between tests (playwright.config.ts), so going back could land on the page an
 * earlier test left.
 */
const pageWithNewHistory = (context: BrowserContext): Promise<Page> => context.newPage();

let goals: OpenDataGoal[];
test.beforeAll(async ({ request }) => {
  goals = await loadGoals(request);
});

/**
 * A word that occurs in exactly one goal's text and whose stem occurs nowhere else: not in another goal's
 * text, chapter or owners (all shown, and indexed, on goal pages). The longest such word, for determinism.
 */
function rareWord(all: OpenDataGoal[]): { word: string; goal: OpenDataGoal } {
  const words = (text: string) => [...text.toLowerCase().matchAll(/\p{L}{8,}/gu)].map((m) => m[0]);
  const everything = (g: OpenDataGoal) =>
    [g.text, g.chapter.title, ...g.owners.map((o) => o.name)].join(' ').toLowerCase();
  const candidates = all.flatMap((goal) =>
    words(goal.text)
      .filter((word) => {
        const stem = word.slice(0, -3);
        return all.every((other) => other === goal || !everything(other).includes(stem));
      })
      .map((word) => ({ word, goal })),
  );
  candidates.sort((a, b) => b.word.length - a.word.length || a.word.localeCompare(b.word));
  if (candidates.length === 0) throw new Error('no word occurs in exactly one goal');
  return candidates[0];
}

test.describe('finding goals by their words', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/sok/');
    await expect(status(page)).toHaveText('Skriv ett sökord eller välj ett filter för att se mål.');
  });

  test('a word only one goal has finds exactly that goal', async ({ page }) => {
    const { word, goal } = rareWord(goals);
    test.info().annotations.push({ type: 'rare word', description: `${word} → ${goal.id}` });
    expect(await search(page, word)).toEqual([goal.id]);
    // The word may be in the plans' text too; the goals are counted first.
    await expect(status(page)).toHaveText(
      new RegExp(`^1 mål (och (inga|\\d+) avsnitt i planernas text )?hittades för ”${escapeRegExp(word)}”$`),
    );
    // The result shows plan, region, owners and timeframe, as the open data has them.
    const result = results(page).first();
    await expect(result.locator('> a')).toHaveText(goal.text);
    const meta = squash(
      await result
        .locator('.meta')
        .allTextContents()
        .then((t) => t.join(' · ')),
    );
    expect(meta).toContain(goal.owners.length ? goal.owners.map((o) => o.name).join(', ') : 'Ingen ansvarig anges');
    expect(meta).toContain(goal.timeframe?.label ?? 'Ingen tidsram anges');
    await result.locator('> a').click();
    await expect(page).toHaveURL(new RegExp(`/mal/${goal.id}/$`));
  });

  test('"screening" finds the goal about lungcancerscreening (a compound part)', async ({ page }) => {
    const ids = await search(page, 'screening');
    expect(ids).toContain('norr22-lungcancerscreening-forstudie');
    expect(ids).toContain('norr22-tjock-och-andtarmscancerscreening');
  });

  test('"bröstcancer" finds the goal about bröstcancerpatienter (a compound part)', async ({ page }) => {
    // Pagefind's prefix matching would find this one too; the vocabulary makes it independent of that.
    expect(await search(page, 'bröstcancer')).toContain('norr22-cancergenetik');
  });

  // A part at the end of a compound is only found through the vocabulary (no prefix matches it).
  for (const [part, id] of [
    ['testning', 'norr22-organiserad-prostatacancertestning'],
    ['sjuksköterska', 'norr22-kontaktsjukskoterska'],
    ['mottagning', 'norr22-overgangsmottagning'],
    ['patologi', 'norr22-molekylarpatologi'],
  ]) {
    test(`the last part of a compound finds its goal ("${part}")`, async ({ page }) => {
      expect(await search(page, part)).toContain(id);
    });
  }

  test('Swedish stemming: an inflected form finds the goal ("kontaktsjuksköterskor")', async ({ page }) => {
    expect(await search(page, 'kontaktsjuksköterskor')).toContain('norr22-kontaktsjukskoterska');
  });

  test('a search with no hits says so in Swedish', async ({ page }) => {
    expect(await search(page, 'zebrafink')).toEqual([]);
    await expect(status(page)).toHaveText('Inga mål eller avsnitt i planernas text hittades för ”zebrafink”');
    await expect(results(page)).toHaveCount(0);
  });
});

/** The query with one typo of the given kind at position i (kinds a reader makes: a letter doubled, dropped, swapped or wrong). */
function typo(word: string, kind: 'double' | 'drop' | 'swap' | 'wrong', i: number): string {
  const c = [...word];
  if (kind === 'double') c.splice(i, 0, c[i]);
  else if (kind === 'drop') c.splice(i, 1);
  else if (kind === 'swap') [c[i], c[i + 1]] = [c[i + 1], c[i]];
  else c[i] = c[i] === 'e' ? 'a' : 'e';
  return c.join('');
}

/** Runs a search through the form and waits for it; the status names the query searched, maybe corrected. */
async function searchAs(page: Page, query: string): Promise<string[]> {
  await page.getByLabel('Sökord', { exact: true }).fill(query);
  await page.getByLabel('Sökord', { exact: true }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?q=${escapeRegExp(encodeURIComponent(query).replace(/%20/g, '+'))}`));
  return settled(page);
}

test.describe('no invented matches', () => {
  // Tests on the fixture's page, which starts on the search page; those with a page of their own come after.
  test.describe(() => {
    test.beforeEach(async ({ page }) => {
      await page.goto('/sok/');
    });

    // Made-up words that start like real ones (Pagefind alone falls back to the known prefix: "norr", "cancer").
    for (const word of ['norrxyz', 'cancerqxzw', 'blåbärssoppa', 'screeningvagn']) {
      test(`a made-up word finds nothing and offers real words ("${word}")`, async ({ page }) => {
        expect(await searchAs(page, word)).toEqual([]);
        await expect(status(page)).toHaveText(`Inga mål eller avsnitt i planernas text hittades för ”${word}”`);
        await expect(help(page)).toBeVisible();
        await expect(help(page)).toContainText(`Ordet ”${word}” finns varken i målen eller i planernas text.`);
        for (const href of ['/ramverk/', '/ansvariga/', '/ar/'])
          await expect(help(page).locator(`a[href="${href}"]`)).toBeVisible();
        await expect(correction(page)).toBeHidden();
      });
    }

    test('one unknown word among known ones finds nothing, rather than matching on the rest', async ({ page }) => {
      expect(await searchAs(page, 'screening norrxyz')).toEqual([]);
      await expect(help(page)).toContainText('”norrxyz”');
    });
  });

  test('a closest real word is a search of its own, kept in the address', async ({ context }) => {
    const page = await pageWithNewHistory(context);
    await page.goto('/sok/');
    await searchAs(page, 'norrxyz');
    const suggestion = help(page).locator('[data-search-closest] a').first();
    const word = (await suggestion.textContent())!;
    await suggestion.click();
    await expect(page).toHaveURL(new RegExp(`\\?q=${escapeRegExp(encodeURIComponent(word))}$`));
    await settled(page);
    // A real word: in some goal or passage of plan text.
    await expect(status(page)).not.toHaveText(/^Inga mål (eller|och inga) avsnitt/);
    await expect(help(page)).toBeHidden();
    await page.goBack();
    await expect(page.getByLabel('Sökord', { exact: true })).toHaveValue('norrxyz');
    expect(await settled(page)).toEqual([]);
  });
});

test.describe('typos find what the reader meant', () => {
  test.describe(() => {
    test.beforeEach(async ({ page }) => {
      await page.goto('/sok/');
    });

    for (const [query, id, corrected] of [
      ['paliativ', 'norr22-palliativ-konsultfunktion', 'palliativ'],
      ['palliaitv', 'norr22-palliativ-konsultfunktion', 'palliativ'],
      ['screeninng', 'norr22-lungcancerscreening-forstudie', 'screening'],
      ['kontaktsjukskötreska', 'norr22-kontaktsjukskoterska', 'kontaktsjuksköterska'],
      ['biobnakningen', 'norr22-biobankning', 'biobankningen'],
    ]) {
      test(`"${query}" is corrected to "${corrected}" and finds its goal in the top three`, async ({ page }) => {
        const ids = await searchAs(page, query);
        expect(ids.slice(0, 3)).toContain(id);
        await expect(correction(page)).toHaveText(`Visar träffar för ${corrected}. Sök i stället på ${query}`);
        await expect(status(page)).toContainText(`”${corrected}”`);
      });
    }

    test('a typo of each kind in a word only one goal has finds that goal first', async ({ page }) => {
      test.slow(); // several searches in one test
      const { word, goal } = rareWord(goals);
      for (const kind of ['double', 'drop', 'swap', 'wrong'] as const) {
        const query = typo(word, kind, Math.floor(word.length / 2));
        test.info().annotations.push({ type: 'typo', description: `${query} → ${goal.id}` });
        expect((await searchAs(page, query))[0], query).toBe(goal.id);
      }
    });

    test('a known word is not corrected', async ({ page }) => {
      expect(await searchAs(page, 'palliativ')).toContain('norr22-palliativ-konsultfunktion');
      await expect(correction(page)).toBeHidden();
    });
  });

  test('both links of a correction keep query and filters in the address; the typed word can be searched as written', async ({
    context,
  }) => {
    const page = await pageWithNewHistory(context);
    test.slow(); // several searches in one test
    await page.goto('/sok/?q=paliativ&region=Norr');
    expect(await settled(page)).toContain('norr22-palliativ-konsultfunktion');
    await expect(correction(page).getByRole('link', { name: 'palliativ', exact: true })).toHaveAttribute(
      'href',
      '/sok/?q=palliativ&region=Norr',
    );
    await correction(page).getByRole('link', { name: 'paliativ', exact: true }).click();
    await expect(page).toHaveURL(/\/sok\/\?q=paliativ&region=Norr&exakt=1$/);
    expect(await settled(page)).toEqual([]);
    await expect(help(page)).toContainText('Ordet ”paliativ” finns varken i målen eller i planernas text.');
    await expect(help(page).locator('[data-search-closest] a').first()).toHaveText('palliativ');
    await expect(
      filterGroup(page, 'Sjukvårdsregion').getByRole('checkbox', { name: 'Norr', exact: true }),
    ).toBeChecked();
    // Typing a new query searches it afresh, with correction again.
    expect(await searchAs(page, 'screeninng')).toContain('norr22-lungcancerscreening-forstudie');
    await expect(page).toHaveURL(/\?q=screeninng&region=Norr$/);
    await page.goBack();
    await expect(page).toHaveURL(/exakt=1$/);
    await expect(page.getByLabel('Sökord', { exact: true })).toHaveValue('paliativ');
  });
});

test.describe('synonyms editors keep', () => {
  const vocabulary = readYaml<{ word: string; synonyms?: string[] }[]>('content/search-vocabulary.yaml');

  test('every synonym in the vocabulary finds the goals whose text has its word', async ({ page }) => {
    test.slow(); // several searches in one test
    const entries = vocabulary.filter((e) => e.synonyms?.length);
    expect(entries.length).toBeGreaterThan(0);
    await page.goto('/sok/');
    for (const entry of entries) {
      const expected = goals.filter((g) => g.text.toLowerCase().includes(entry.word)).map((g) => g.id);
      for (const synonym of entry.synonyms!) {
        const ids = await searchAs(page, synonym);
        for (const id of expected) expect(ids, `${synonym} → ${id}`).toContain(id);
        await expect(correction(page)).toBeHidden();
      }
    }
  });

  test('"väntetider" finds the goal about ledtider, "tarmcancer" the bowel-cancer screening', async ({ page }) => {
    await page.goto('/sok/');
    expect(await searchAs(page, 'väntetider')).toContain('norr22-svf-inklusion-och-ledtider');
    expect(await searchAs(page, 'tarmcancer')).toContain('norr22-tjock-och-andtarmscancerscreening');
  });
});

test.describe('why a goal matched, and in which order', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/sok/');
  });

  test("the matched words are highlighted in the goal's text", async ({ page }) => {
    const { word } = rareWord(goals);
    await searchAs(page, word);
    await expect(results(page).first().locator('mark')).toHaveText([new RegExp(`^${escapeRegExp(word)}$`, 'i')]);
    await searchAs(page, 'palliativ vård');
    await expect(results(page).first().locator('mark').first()).toHaveText('palliativ');
  });

  test('a compound part highlights the compound', async ({ page }) => {
    expect(await searchAs(page, 'testning')).toContain('norr22-organiserad-prostatacancertestning');
    await expect(
      page.locator('.goal-item:has(a[href="/mal/norr22-organiserad-prostatacancertestning/"]) mark'),
    ).toHaveText([/^prostatacancertestning$/i]);
  });

  test('goals whose text matches come before goals that match only in plan, region or owners', async ({ page }) => {
    // "norra" is in every Norr goal's plan title and region, and in the text of a few. Its stem "norr"
    // matches every word starting so ("Norrs" too), as Pagefind stems Swedish.
    const inText = goals.filter((g) => /(^|[^\p{L}])norr/iu.test(g.text)).map((g) => g.id);
    expect(inText.length).toBeGreaterThan(0);
    const ids = await searchAs(page, 'norra');
    expect(ids.length).toBeGreaterThan(inText.length);
    expect(sorted(ids.slice(0, inText.length))).toEqual(sorted(inText));
    await expect(results(page).first().locator('mark').first()).toHaveText(/^norra$/i);
    await expect(results(page).nth(inText.length).locator('mark')).toHaveCount(0);
  });

  test('an owner query groups the goals by the owners it names, the one named in full first', async ({ page }) => {
    const owned = (name: string) => goals.filter((g) => g.owners.some((o) => o.name === name)).map((g) => g.id);
    expect(owned('Region Västerbotten').length).toBeGreaterThan(0);
    const ids = await searchAs(page, 'Region Västerbotten');
    await expect(status(page)).toContainText('grupperade efter ansvarig');
    // Owner groups are within the group of goals ("Mål", h3), as the name is also in the plans' text.
    const headings = page.locator('[data-search-results] h4');
    await expect(headings.first()).toHaveText(
      `Ansvarig: Region Västerbotten (${owned('Region Västerbotten').length} mål)`,
    );
    const firstGroup = page.locator('[data-search-results] .result-group').first();
    expect(
      sorted(
        await firstGroup
          .locator('.goal-item > a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2])),
      ),
    ).toEqual(sorted(owned('Region Västerbotten')));
    // Every goal listed has a named owner; none from an owner the query does not name (through "Regionerna").
    for (const id of ids)
      expect(goals.find((g) => g.id === id)!.owners.some((o) => /Region Västerbotten/.test(o.name))).toBe(true);
  });

  test('a query naming no owner is one list', async ({ page }) => {
    await searchAs(page, 'screening');
    await expect(page.locator('[data-search-results] :is(h3, h4)')).toHaveCount(0);
  });
});

test.describe('filters narrow the goals, also with no query', () => {
  const regions = readYaml<{ id: string; shortName: string }[]>('content/regions.yaml');
  const shortName = (regionId: string) => regions.find((r) => r.id === regionId)!.shortName;

  async function browse(page: Page, legend: string, label: RegExp | string): Promise<string[]> {
    await page.goto('/sok/');
    const box = filterGroup(page, legend).getByRole('checkbox', { name: label, exact: typeof label === 'string' });
    await expect(box).toHaveCount(1);
    await box.check();
    return settled(page);
  }

  test('region', async ({ page }) => {
    const expected = goals.filter((g) => g.region === 'norr').map((g) => g.id);
    // Without a query the goals come in the plans' own order, as in the open data.
    expect(await browse(page, 'Sjukvårdsregion', shortName('norr'))).toEqual(expected);
    await expect(status(page)).toHaveText(`${expected.length} mål hittades`);
    await expect(page).toHaveURL(/\/sok\/\?region=Norr$/);
  });

  test('year: every goal whose timeframe covers it', async ({ page }) => {
    const expected = goals
      .filter((g) => g.timeframe && g.timeframe.from <= 2023 && 2023 <= g.timeframe.to)
      .map((g) => g.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(await browse(page, 'År', '2023'))).toEqual(sorted(expected));
  });

  test('owner', async ({ page }) => {
    const name = goals.flatMap((g) => g.owners).find((o) => o.id === 'rcc-norr')!.name;
    const expected = goals.filter((g) => g.owners.some((o) => o.id === 'rcc-norr')).map((g) => g.id);
    // A name several owners share is shown with its region in brackets.
    expect(sorted(await browse(page, 'Ansvarig', new RegExp(`^${escapeRegExp(name)}( \\(.+\\))?$`)))).toEqual(
      sorted(expected),
    );
  });

  test('plan version', async ({ page }) => {
    // The plan with the fewest goals, so the filter visibly leaves most goals out.
    const counts = Map.groupBy(goals, (g) => g.plan);
    const [planId, planGoals] = [...counts].sort((a, b) => a[1].length - b[1].length)[0];
    const { period } = readYaml<{ period: { from: number; to: number | null } }>(`plans/${planId}/plan.yaml`);
    const label = `${shortName(planGoals[0].region)} ${period.to === null ? `${period.from} och framåt` : `${period.from}–${period.to}`}`;
    expect(sorted(await browse(page, 'Planversion', label))).toEqual(sorted(planGoals.map((g) => g.id)));
    expect(planGoals.length).toBeLessThan(goals.length);
  });

  test('area', async ({ page }) => {
    const directionId = 'vagen-framat-2020-2022';
    const areaId = 'barn-och-unga';
    const direction = readYaml<{ shortTitle: string; status: string; areas: { id: string; title: string }[] }>(
      `content/directions/${directionId}.yaml`,
    );
    // Vägen framåt's areas are provisional, and the filter says so (issue 18).
    expect(direction.status).toBe('provisional');
    const label = `${direction.shortTitle}: ${direction.areas.find((a) => a.id === areaId)!.title} (preliminärt område)`;
    const expected = goals.filter((g) => (g.areas[directionId] ?? []).includes(areaId)).map((g) => g.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(await browse(page, 'Område', label))).toEqual(sorted(expected));
  });

  test('two values in one group add up; two groups narrow each other', async ({ page }) => {
    const covers = (g: OpenDataGoal, y: number) => !!g.timeframe && g.timeframe.from <= y && y <= g.timeframe.to;
    await page.goto('/sok/?ar=2022&ar=2023');
    expect(sorted(await settled(page))).toEqual(
      sorted(goals.filter((g) => covers(g, 2022) || covers(g, 2023)).map((g) => g.id)),
    );
    await filterGroup(page, 'Ansvarig')
      .getByRole('checkbox', { name: /^RCC Norr( \(.+\))?$/ })
      .check();
    const both = goals.filter((g) => (covers(g, 2022) || covers(g, 2023)) && g.owners.some((o) => o.id === 'rcc-norr'));
    await expect(status(page)).toHaveText(`${both.length} mål hittades`);
    expect(sorted(await settled(page))).toEqual(sorted(both.map((g) => g.id)));
  });
});

test.describe('the address holds the search', () => {
  test('a shared address restores query and filters, with the same results', async ({ page, browser }) => {
    await page.goto('/sok/');
    await page.getByLabel('Sökord', { exact: true }).fill('screening');
    await page.getByLabel('Sökord', { exact: true }).press('Enter');
    await settled(page);
    await filterGroup(page, 'Sjukvårdsregion').getByRole('checkbox', { name: 'Norr', exact: true }).check();
    await filterGroup(page, 'År').getByRole('checkbox', { name: '2024', exact: true }).check();
    await expect(page).toHaveURL(/\/sok\/\?q=screening&region=Norr&ar=2024$/);
    const ids = await settled(page);
    expect(ids).toContain('norr22-lungcancerscreening-forstudie');

    const fresh = await browser.newPage();
    await fresh.goto(page.url());
    expect(await settled(fresh)).toEqual(ids);
    await expect(fresh.getByLabel('Sökord', { exact: true })).toHaveValue('screening');
    await expect(
      filterGroup(fresh, 'Sjukvårdsregion').getByRole('checkbox', { name: 'Norr', exact: true }),
    ).toBeChecked();
    await expect(filterGroup(fresh, 'År').getByRole('checkbox', { name: '2024', exact: true })).toBeChecked();
    await expect(filterGroup(fresh, 'År').getByRole('checkbox', { name: '2023', exact: true })).not.toBeChecked();
    await fresh.close();
  });

  test('the back button restores the previous search, forward the next', async ({ context }) => {
    const page = await pageWithNewHistory(context);
    await page.goto('/sok/');
    const screening = await search(page, 'screening');
    const breast = await search(page, 'bröstcancer');
    expect(breast).not.toEqual(screening);
    await filterGroup(page, 'Sjukvårdsregion').getByRole('checkbox', { name: 'Norr', exact: true }).check();
    await expect(page).toHaveURL(/\?q=br%C3%B6stcancer&region=Norr$/);

    await page.goBack();
    await expect(page).toHaveURL(/\?q=br%C3%B6stcancer$/);
    await expect(
      filterGroup(page, 'Sjukvårdsregion').getByRole('checkbox', { name: 'Norr', exact: true }),
    ).not.toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(/\?q=screening$/);
    await expect(page.getByLabel('Sökord', { exact: true })).toHaveValue('screening');
    await expect(status(page)).toContainText('”screening”');
    expect(await settled(page)).toEqual(screening);
    await page.goForward();
    await expect(page.getByLabel('Sökord', { exact: true })).toHaveValue('bröstcancer');
    expect(await settled(page)).toEqual(breast);
  });

  test('typing searches as you go, in one history entry', async ({ context }) => {
    const page = await pageWithNewHistory(context);
    await page.goto('/sok/');
    await page.getByLabel('Sökord', { exact: true }).pressSequentially('screen', { delay: 20 });
    await expect(status(page)).toContainText('”screen”');
    await page.getByLabel('Sökord', { exact: true }).pressSequentially('ing', { delay: 400 });
    await expect(status(page)).toContainText('”screening”');
    await expect(page).toHaveURL(/\?q=screening$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/sok\/$/);
    await expect(page.getByLabel('Sökord', { exact: true })).toHaveValue('');
  });
});

test.describe('the header search', () => {
  test("every page's header field leads to the search page with the query", async ({ page }) => {
    await page.goto('/ar/2023/');
    const field = page.getByRole('search', { name: 'Sök på webbplatsen' }).getByLabel('Sök i planerna');
    await field.fill('bröstcancer');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/sok\/\?q=br%C3%B6stcancer$/);
    await expect(page.getByLabel('Sökord', { exact: true })).toHaveValue('bröstcancer');
    expect(await settled(page)).toContain('norr22-cancergenetik');
  });

  test('the search page loads what its head hints once: the engine does not fetch its first files again', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => {
      const { pathname, search } = new URL(r.url());
      if (pathname.startsWith('/pagefind/') || /ordlista|platser/.test(pathname)) requests.push(pathname + search);
    });
    await page.goto('/om/');
    const field = page.getByRole('search', { name: 'Sök på webbplatsen' }).getByLabel('Sök i planerna');
    await field.fill('kontaktsjuksköterska');
    await field.press('Enter');
    expect(await settled(page)).toContain('norr22-kontaktsjukskoterska');
    const hinted = [...(await page.locator('head link[rel="preload"], head link[rel="modulepreload"]').all())];
    const hrefs = await Promise.all(hinted.map(async (link) => (await link.getAttribute('href')) ?? ''));
    expect(hrefs).toHaveLength(6);
    // Each once, at the hinted address: a second request (another cache tag, say) would load it again.
    const path = (url: string) => url.split('?')[0];
    for (const href of hrefs)
      expect(
        requests.filter((r) => path(r) === path(href)),
        href,
      ).toEqual([href]);
    // Whatever else the first search loaded: an index chunk, the kind filter's chunk, fragments.
    expect(requests.some((r) => r.startsWith('/pagefind/index/'))).toBe(true);
    expect(requests.some((r) => r.startsWith('/pagefind/filter/'))).toBe(true);
  });
});

test.describe('accessibility', () => {
  for (const [name, viewport] of [
    ['1280 px', DESKTOP],
    ['320 px', MOBILE],
  ] as const) {
    test(`axe finds nothing on the search page with results shown (${name})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/sok/?q=cancer&region=Norr');
      const ids = await settled(page);
      expect(ids.length).toBeGreaterThan(1);
      await expectNoAxeViolations(page, `/sok/ with results at ${name}`);
      // Reflow: nothing wider than the window.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('the search works by keyboard alone, with a visible focus', async ({ page }) => {
    await page.goto('/sok/');
    const field = page.getByLabel('Sökord', { exact: true });
    await field.focus();
    await page.keyboard.type('screening');
    await page.keyboard.press('Enter');
    await settled(page);
    const before = await resultIds(page);
    // Tab on to the first region checkbox and tick it with the space bar.
    const norr = filterGroup(page, 'Sjukvårdsregion').getByRole('checkbox', { name: 'Norr', exact: true });
    for (let i = 0; i < 20 && !(await norr.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(norr).toBeFocused();
    const outline = await norr.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Space');
    await expect(norr).toBeChecked();
    await expect(page).toHaveURL(/region=Norr/);
    expect((await settled(page)).every((id) => before.includes(id))).toBe(true);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and links to the browse pages', async ({ page }) => {
    await page.goto('/sok/?q=screening');
    const notice = page.locator('main .notice', { hasText: 'Sökningen behöver JavaScript' });
    await expect(notice).toBeVisible();
    for (const href of ['/ramverk/', '/ansvariga/', '/ar/'])
      await expect(notice.locator(`a[href="${href}"]`)).toBeVisible();
    await expect(page.getByRole('group', { name: 'Sjukvårdsregion' })).toBeHidden();
  });

  test('the header search still leads to the search page', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Sök i planerna').fill('screening');
    await page.getByLabel('Sök i planerna').press('Enter');
    await expect(page).toHaveURL(/\/sok\/\?q=screening$/);
  });
});
