// The browser editor (/redigera/) driven for real: Decap CMS with its local backend (decap-server in git mode)
// in a temporary copy of the repository (tests/e2e/editor-backend.ts). Each save lands on a branch of its own
// (the editorial workflow); the tests then read those branches with git and run the check and goals-diff on
// them, as CI would on the pull requests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { git, startEditor, type EditorBackend } from './editor-backend.ts';

const project = join(import.meta.dirname, '..', '..');
const GOALS = 'plans/norr-2022-2024/goals.yaml';
const GOALS_BRANCH = 'cms/goals/norr-2022-2024';
const CHAPTER = 'plans/norr-2022-2024/kapitel/barn-och-unga.mdx';
const CHAPTER_BRANCH = 'cms/chapter/norr-2022-2024--barn-och-unga';

test.describe.configure({ mode: 'serial' });
// Decap takes its time on a loaded machine (a full run took 84 s for the first test).
test.setTimeout(240_000);

let editor: EditorBackend;
test.beforeAll(async () => {
  editor = await startEditor();
});
test.afterAll(() => editor?.stop());

/** Opens an entry of the editor, signed in with the local backend (no password: it is this computer). */
async function openEntry(page: Page, collection: string, entry: string) {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(editor.url);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.goto(`${editor.url}#/collections/${collection}/entries/${entry}`);
  await expect(page.getByRole('button', { name: 'Spara' })).toBeVisible({ timeout: 30_000 });
  return violations;
}

/** A field by its label; Decap adds a word to the labels of optional fields. */
const field = (label: string) => new RegExp(`^${label}(?: |$)`);

/** A goal's row in the form's list, opened. */
async function openGoal(page: Page, id: string) {
  const item = page.locator('[class*="listControlItem"]').filter({ hasText: `${id}:` });
  await item.locator('button').first().click();
  return item;
}

/** Chooses an option in one of Decap's select fields (react-select) by its visible text. */
async function choose(page: Page, scope: ReturnType<Page['locator']>, label: string, option: string) {
  await scope.getByLabel(field(label)).fill(option);
  await page.getByRole('option', { name: option }).first().click();
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText(/ändringar sparade/i).first()).toBeVisible({ timeout: 30_000 });
}

const branchHead = (branch: string) =>
  spawnSync('git', ['rev-parse', '--verify', '--quiet', branch], { cwd: editor.repo, encoding: 'utf8' }).stdout.trim();

/** The lines a branch removes and adds in a file, against main. */
function diffLines(branch: string, file: string) {
  const diff = git(editor.repo, 'diff', '--unified=0', 'main', branch, '--', file).split('\n');
  return {
    removed: diff.filter((l) => l.startsWith('-') && !l.startsWith('---')),
    added: diff.filter((l) => l.startsWith('+') && !l.startsWith('+++')),
  };
}

/** The id made from the added goal's text (src/lib/goal-ids.ts): the plan's tag and the text's first words. */
const NEW_ID = 'norr22-mal-testet-lagger-webblasaren';

test("a goal's timeframe changed and a goal added: one branch, and the diff is those lines only", async ({ page }) => {
  const violations = await openEntry(page, 'goals', 'norr-2022-2024');
  const goal = await openGoal(page, 'norr22-livmoderhalscancerprevention');
  // A published id is shown, not editable; the timeframe beside it is.
  const id = goal.getByLabel(field('Id'));
  await expect(id).toHaveValue('norr22-livmoderhalscancerprevention');
  await expect(id).not.toBeEditable();
  await goal.getByLabel(field('Tidsram')).fill('2023–2024');

  await page.getByRole('button', { name: /^Lägg till mål/ }).click();
  const added = page.locator('[class*="listControlItem"]').last();
  // A new goal's id is left empty: the editor makes it from the text when saving.
  await expect(added.getByLabel(field('Id'))).toBeEditable();
  await choose(page, added, 'Kapitel', '4 Barn och unga');
  await added.getByLabel(field('Text')).fill('Ett mål som testet lägger till i webbläsaren.');
  await choose(page, added, 'Ansvariga', 'RCC Norr (rcc-norr)');
  await added.getByLabel(field('Tidsram')).fill('2024');
  await save(page);
  expect(violations).toEqual([]);

  expect(branchHead(GOALS_BRANCH)).not.toBe('');
  expect(git(editor.repo, 'diff', '--name-only', 'main', GOALS_BRANCH).trim()).toBe(GOALS);
  const { removed, added: plus } = diffLines(GOALS_BRANCH, GOALS);
  expect(removed).toEqual(['-  timeframe: "2024"']);
  expect(plus).toEqual([
    '+  timeframe: 2023–2024',
    `+- id: ${NEW_ID}`,
    '+  chapter: barn-och-unga',
    '+  text: Ett mål som testet lägger till i webbläsaren.',
    '+  owners:',
    '+    - rcc-norr',
    '+  timeframe: "2024"',
  ]);
});

test("a chapter's text changed: a branch of its own touching that paragraph only", async ({ page }) => {
  await openEntry(page, 'chapter', 'norr-2022-2024--barn-och-unga');
  const body = page.getByLabel(field('Text'));
  const before = await body.inputValue();
  const sentence = 'Barn är till exempel mer känsliga än vuxna för solexponering.';
  expect(before).toContain(sentence);
  await body.fill(before.replace(sentence, 'Barn är till exempel känsligare än vuxna för solexponering.'));
  await save(page);
  expect(git(editor.repo, 'diff', '--name-only', 'main', CHAPTER_BRANCH).trim()).toBe(CHAPTER);
  const { removed, added } = diffLines(CHAPTER_BRANCH, CHAPTER);
  expect(removed.length).toBe(1);
  expect(added).toEqual([removed[0].replace('-', '+').replace('mer känsliga', 'känsligare')]);
});

test('the saved branches pass the check together, and goals-diff names exactly the changed goals', () => {
  git(editor.repo, 'checkout', '--quiet', '-b', 'granskning', 'main');
  git(editor.repo, 'merge', '--quiet', '--no-edit', GOALS_BRANCH, CHAPTER_BRANCH);
  const node = (script: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(project, 'scripts', script), ...args, '--root', editor.repo], {
      cwd: editor.repo,
      encoding: 'utf8',
    });
  const check = node('check.ts', '--since', 'main');
  expect(check.stdout).toMatch(/^0 fel/m);
  expect(check.status).toBe(0);
  const diff = node('goals-diff.ts', 'main');
  expect(diff.status).toBe(0);
  expect(diff.stdout).toContain(NEW_ID);
  expect(diff.stdout).toContain('norr22-livmoderhalscancerprevention');
  // No other goal is named: only the two that changed.
  const named = new Set(diff.stdout.match(/norr22-[a-z0-9-]+/g));
  expect([...named].sort()).toEqual(['norr22-livmoderhalscancerprevention', NEW_ID]);
});

test('a goal with an id in the wrong format, an id another goal has, or without its text cannot be saved', async ({
  page,
}) => {
  git(editor.repo, 'checkout', '--quiet', 'main');
  await openEntry(page, 'goals', 'norr-2022-2024');
  const before = branchHead(GOALS_BRANCH);
  await page.getByRole('button', { name: /^Lägg till mål/ }).click();
  const added = page.locator('[class*="listControlItem"]').last();
  await added.getByLabel(field('Id')).fill('Nytt mål');
  await choose(page, added, 'Kapitel', '4 Barn och unga');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText(/Bara små bokstäver a–z/).first()).toBeVisible();
  await expect(page.getByText(/krävs|obligatoriskt|required/i).first()).toBeVisible();
  await page.waitForTimeout(1000);
  expect(branchHead(GOALS_BRANCH)).toBe(before);

  // Well-formed and with its text, but a published goal's id: refused in the form (the check would refuse it too).
  // Emptied first: Decap's text field keeps its cursor, so one fill would add to the old value.
  await added.getByLabel(field('Id')).fill('');
  await added.getByLabel(field('Id')).fill('norr22-cancergenetik');
  await expect(added.getByLabel(field('Id'))).toHaveValue('norr22-cancergenetik');
  await added.getByLabel(field('Text')).fill('Ett mål med ett id som redan finns.');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText(/Id:t "norr22-cancergenetik" har redan ett annat mål i planen/).first()).toBeVisible();
  await expect(page.getByText(/Bara små bokstäver a–z/)).toHaveCount(0);
  await page.waitForTimeout(1000);
  expect(branchHead(GOALS_BRANCH)).toBe(before);
});

/** English words of Decap's interface that its Swedish locale left untranslated, or that it could show. */
const ENGLISH =
  /\b(?:Add|Save|Delete|Publish(?:ed)?|Unpublished|Expand|Collapse|Collections?|Workflow|Contents|Entries|optional|required|Loading|Notes?|Close|Choose)\b/;

/** Every text a reader or a screen reader meets: the page's text and its labels, titles and placeholders. */
const shownText = (page: Page) =>
  page.evaluate(() => [
    document.body.innerText,
    ...[...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((e) =>
      ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
    ),
  ]);

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('at 375 px the editor fits the screen, and it speaks Swedish only', async ({ page }) => {
  git(editor.repo, 'checkout', '--quiet', 'main');
  await page.setViewportSize({ width: 375, height: 800 });
  await openEntry(page, 'goals', 'norr-2022-2024');
  // Decap's own English has a Swedish phrase for every key (from its 'sv' locale or src/cms/decap-sv.ts).
  const missing = await page.evaluate(() => {
    type Phrases = { [key: string]: string | Phrases };
    const cms = (window as unknown as { CMS: { getLocale(name: string): Phrases } }).CMS;
    const lacking = (en: Phrases, sv: Phrases | undefined, at: string): string[] =>
      Object.entries(en).flatMap(([key, value]) =>
        typeof value === 'string'
          ? typeof sv?.[key] === 'string'
            ? []
            : [`${at}${key}`]
          : lacking(value, sv?.[key] as Phrases | undefined, `${at}${key}.`),
      );
    return lacking(cms.getLocale('en'), cms.getLocale('sv'), '');
  });
  expect(missing).toEqual([]);

  await expect(page.getByRole('button', { name: /^Lägg till mål/ })).toBeVisible();
  expect(await sideways(page), 'goal list').toBe(0);
  const goal = await openGoal(page, 'norr22-livmoderhalscancerprevention');
  await expect(goal.getByLabel(field('Tidsram'))).toBeVisible();
  expect(await sideways(page), 'goal form').toBe(0);
  for (const text of await shownText(page)) expect(text).not.toMatch(ENGLISH);

  await page.goto(`${editor.url}#/collections/goals`);
  await expect(page.getByRole('link', { name: /Cancerplan för norra sjukvårdsregionen/ })).toBeVisible();
  expect(await sideways(page), 'collection list').toBe(0);
  for (const text of await shownText(page)) expect(text).not.toMatch(ENGLISH);
});
