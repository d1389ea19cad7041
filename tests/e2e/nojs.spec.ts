// The site works without JavaScript (GitHub issue 3): the Norr plan shows every goal of goals.json, and
// every goal page shows its text, owners and timeframe.
import { expect, test } from '@playwright/test';
import { loadGoals, NORR_GOAL_COUNT, NORR_PLAN, squash } from './support.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript the Norr plan shows all its goals from goals.json, with their texts', async ({
  page,
  request,
}) => {
  const expected = (await loadGoals(request)).filter((g) => g.plan === NORR_PLAN);
  expect(expected).toHaveLength(NORR_GOAL_COUNT);
  await page.goto(`/planer/${NORR_PLAN}/`);
  // Proof that scripting is off in this page: only then does the HTML parser read <noscript> content as
  // elements (Playwright's own evaluate works either way, and the CSP would block an injected script).
  const scriptingOff = await page.evaluate(() => {
    const div = document.createElement('div');
    div.innerHTML = '<noscript><p>x</p></noscript>';
    return div.querySelector('noscript p') !== null;
  });
  expect(scriptingOff, 'scripting is disabled in the page').toBe(true);
  const rows = page.locator('table.goals tbody tr');
  await expect.soft(rows, 'goal rows on the plan page').toHaveCount(NORR_GOAL_COUNT);
  const shown = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.id,
      text: tr.querySelector('td.goal-text .goal-body')?.textContent ?? '',
      visible: tr.checkVisibility(),
    })),
  );
  const byId = new Map(shown.map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const g of expected) {
    const row = byId.get(g.id);
    if (!row) problems.push(`${g.id}: no row with this id`);
    else if (squash(row.text) !== squash(g.text))
      problems.push(`${g.id}: row text "${squash(row.text)}" differs from goals.json "${squash(g.text)}"`);
    else if (!row.visible) problems.push(`${g.id}: row is not visible`);
  }
  expect(problems).toEqual([]);
});

test('without JavaScript every goal page shows its text, owners and timeframe', async ({ page, request }) => {
  const goals = await loadGoals(request);
  const problems: string[] = [];
  for (const g of goals) {
    const response = await page.goto(`/mal/${g.id}/`);
    if (response?.status() !== 200) {
      problems.push(`/mal/${g.id}/ answered ${response?.status()}`);
      continue;
    }
    const facts = await page.evaluate(() => {
      const dd = (label: string) => {
        const dt = [...document.querySelectorAll('main dl.facts dt')].find((d) => d.textContent?.trim() === label);
        const next = dt?.nextElementSibling;
        return next?.tagName === 'DD'
          ? {
              text: next.textContent ?? '',
              // The owner's own name is its link; "Regionerna" is followed by the regions it stands for.
              items: [...next.querySelectorAll('li')].map((li) => (li.querySelector('a') ?? li).textContent ?? ''),
            }
          : null;
      };
      return { h1: document.querySelector('h1')?.textContent ?? '', owners: dd('Ansvariga'), timeframe: dd('Tidsram') };
    });
    const where = `/mal/${g.id}/`;
    if (squash(facts.h1) !== squash(g.text))
      problems.push(`${where}: h1 "${squash(facts.h1)}" is not the goal text "${squash(g.text)}"`);
    if (!facts.owners) problems.push(`${where}: no "Ansvariga" in the facts`);
    else if (g.owners.length === 0) {
      if (squash(facts.owners.text) !== 'Ingen ansvarig anges')
        problems.push(`${where}: owners "${squash(facts.owners.text)}", expected "Ingen ansvarig anges"`);
    } else {
      const names = facts.owners.items.map(squash);
      const want = g.owners.map((o) => squash(o.name));
      if (names.join(' | ') !== want.join(' | '))
        problems.push(`${where}: owners [${names.join(' | ')}], expected [${want.join(' | ')}]`);
    }
    if (!facts.timeframe) problems.push(`${where}: no "Tidsram" in the facts`);
    else {
      const want = g.timeframe ? g.timeframe.label : 'Ingen tidsram anges';
      if (!squash(facts.timeframe.text).startsWith(want))
        problems.push(`${where}: timeframe "${squash(facts.timeframe.text)}", expected "${want}"`);
    }
  }
  expect(problems).toEqual([]);
});

test('without JavaScript a goal page shows text, owners and timeframe to the reader', async ({ page }) => {
  await page.goto('/mal/norr22-cancergenetik/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('cancergenetisk utredning och rådgivning');
  const facts = page.locator('main dl.facts');
  await expect(facts.getByText('Regionerna', { exact: true })).toBeVisible();
  await expect(facts.getByText('RCC Norrs processledare för ärftlig cancer')).toBeVisible();
  await expect(facts.locator('dt', { hasText: 'Tidsram' }).locator('+ dd')).toContainText('2023–2024');
  await expect(facts.locator('dt', { hasText: 'Tidsram' }).locator('+ dd').getByRole('link')).toHaveText([
    '2023',
    '2024',
  ]);
});
