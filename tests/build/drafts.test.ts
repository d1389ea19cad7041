// Drafts stay drafts, end to end: a plan version made with `npm run new-plan` (no adoption decision) is
// left out of a normal build, and even in a BUILD_DRAFTS=1 build it is not current, its goals are not
// searchable and it does not turn the adopted plan into an older one. Built from the small base fixture,
// with SOURCE_DATE_EPOCH in 2026, so the adopted Norr 2022–2024 has ended and the draft's 2025–2027 would
// be in force if it counted.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildSite } from '../support/build.ts';
import { fragments } from '../support/dist.ts';

const project = join(import.meta.dirname, '..', '..');
const bin = join(project, 'node_modules', '.bin');
const temps: string[] = [];
after(() => {
  temps.forEach((d) => rmSync(d, { recursive: true, force: true }));
});
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};

const EPOCH_2026 = String(Date.UTC(2026, 5, 1) / 1000);

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, {
    cwd: project,
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Astro build (which writes the Pagefind index at its end) into a new folder. */
function build(root: string, extra: NodeJS.ProcessEnv): string {
  const out = temp('rcp-drafts-out-');
  const env = { SOURCE_DATE_EPOCH: EPOCH_2026, ...extra };
  const built = buildSite({ root, out, env });
  assert.equal(built.status, 0, built.log);
  return out;
}

const read = (out: string, path: string) => readFileSync(join(out, path), 'utf8');
const indexedPages = (out: string) =>
  Object.values(
    JSON.parse(read(out, 'pagefind/pagefind-entry.json')).languages as Record<string, { page_count: number }>,
  ).reduce((n, l) => n + l.page_count, 0);

describe('a draft made with new-plan', () => {
  let root = '';
  let normal = '';
  let withDrafts = '';
  before(() => {
    root = temp('rcp-drafts-');
    cpSync(join(project, 'tests', 'fixtures', 'base'), root, { recursive: true });
    const made = run(
      join(bin, 'node'),
      ['scripts/new-plan.ts', 'norr', '2025', '2027', '--with-goals', '--root', root],
      {},
    );
    assert.match(made, /varning \[draft-unedited\]/);
    normal = build(root, { BUILD_DRAFTS: '' });
    withDrafts = build(root, { BUILD_DRAFTS: '1' });
  });

  test('a normal build leaves it out: no page, no goals, no open data, no link', () => {
    assert.equal(existsSync(join(normal, 'planer', 'norr-2025-2027')), false);
    assert.equal(existsSync(join(normal, 'mal', 'norr25-kontaktsjukskoterska')), false);
    const plans = JSON.parse(read(normal, 'data/plans.json'));
    assert.deepEqual(plans.plans.map((p: { id: string }) => p.id).sort(), ['norr-2022-2024', 'syd-2023-2025']);
    assert.ok(
      JSON.parse(read(normal, 'data/goals.json')).goals.every((g: { plan: string }) => g.plan !== 'norr-2025-2027'),
    );
    for (const page of ['index.html', 'regioner/norr/index.html'])
      assert.doesNotMatch(read(normal, page), /norr-2025-2027/, page);
  });

  test('it never demotes the adopted plan: the period ended and no later plan is known', () => {
    for (const out of [normal, withDrafts]) {
      // The region page leads with it as the latest plan, whose period has ended.
      const answer = /<div class="answer">([\s\S]*?)<\/div>/.exec(read(out, 'regioner/norr/index.html'))?.[1] ?? '';
      assert.match(
        answer,
        /Ingen gällande plan är känd\. Den senaste:<\/strong> <a href="\/planer\/norr-2022-2024\/">/,
      );
      assert.match(answer, /Perioden slutade 2024\. Någon senare plan har inte hittats \(sökt 2026-06-01\)\./);
      const plan = read(out, 'planer/norr-2022-2024/index.html');
      assert.match(plan, /Perioden slutade 2024\. Någon senare plan har inte hittats \(sökt 2026-06-01\)\./);
      assert.equal(
        JSON.parse(read(out, 'data/plans.json')).plans.find((p: { id: string }) => p.id === 'norr-2022-2024').lifecycle
          .laterPlanKnown,
        false,
      );
    }
  });

  test('with BUILD_DRAFTS=1 it is built, labelled a draft, listed last and never current', () => {
    const plan = read(withDrafts, 'planer/norr-2025-2027/index.html');
    assert.match(plan, /<span class="badge">Utkast<\/span>/);
    assert.doesNotMatch(plan, /<span class="badge">Gäller<\/span>/);
    const region = read(withDrafts, 'regioner/norr/index.html');
    const order = [...region.matchAll(/<li class="version (\w[\w-]*)">\s*<a href="\/planer\/([a-z0-9-]+)\/">/g)].map(
      (m) => `${m[2]}:${m[1]}`,
    );
    // The adopted plan leads the page (above); the draft is listed after it, never as the answer.
    assert.deepEqual(order, ['norr-2025-2027:draft']);
    assert.doesNotMatch(/<div class="answer">[\s\S]*?<\/div>/.exec(region)?.[0] ?? '', /norr-2025-2027/);
    const open = JSON.parse(read(withDrafts, 'data/plans.json')).plans.find(
      (p: { id: string }) => p.id === 'norr-2025-2027',
    );
    assert.deepEqual(open.lifecycle, { state: 'draft', laterPlanKnown: null });
  });

  test('its goals are never indexed for search, so no goal shows up twice', () => {
    const goal = read(withDrafts, 'mal/norr25-kontaktsjukskoterska/index.html');
    assert.doesNotMatch(goal, /data-pagefind-(body|filter|meta|weight)/);
    assert.match(goal, /utkast/);
    // The base has three adopted Norr goals and two Syd goals: the index holds exactly those, in both builds,
    // and the adopted plans' text; nothing of the draft, whose introduction and chapters are copies.
    const adoptedGoals = JSON.parse(read(normal, 'data/goals.json')).goals.length;
    const passages = fragments(normal).filter((f) => f.filters.typ?.[0] === 'text');
    assert.ok(passages.length > 0, 'the base has plan text');
    assert.equal(indexedPages(normal), adoptedGoals + passages.length);
    assert.equal(indexedPages(withDrafts), adoptedGoals + passages.length);
    assert.deepEqual(
      fragments(withDrafts).filter((f) => f.url.includes('norr-2025-2027') || f.url.includes('norr25-')),
      [],
    );
    assert.ok(
      JSON.parse(read(withDrafts, 'data/goals.json')).goals.some((g: { plan: string }) => g.plan === 'norr-2025-2027'),
    );
  });
});
