// The public list of changes on the built site (dist/, built from this repository with its history), and
// a build without history (a shallow clone) that says so instead of showing dates it cannot know.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildSite, type Build } from '../support/build.ts';
import { changeDays, changesByGoal } from '../../src/lib/changes.ts';
import { readHistory } from '../../src/lib/history.ts';
import { readDist } from '../support/dist.ts';
import { CHANGES } from '../../src/i18n/changes.ts';

const project = join(import.meta.dirname, '..', '..');
const history = readHistory(project);
const published = new Set(
  (JSON.parse(readDist('data/plans.json')) as { plans: { id: string }[] }).plans.map((p) => p.id),
);

describe('with the repository history', { skip: !history.usable && 'no full git history here' }, () => {
  const days = changeDays(history.changes, published);
  const page = readDist('andringar/index.html');

  test('the changes page has a day for every day a published plan changed, newest first, each change listed', () => {
    assert.ok(days.length > 0);
    const headings = [...page.matchAll(/<h2 id="d-([\d-]+)"><time datetime="\1">\1<\/time><\/h2>/g)].map((m) => m[1]);
    assert.deepEqual(
      headings,
      days.map((d) => d.date),
    );
    const items = (page.match(/<li>/g) ?? []).length;
    const lines = days.reduce((n, d) => n + d.lines.length, 0);
    // The page's own lists are the changes; breadcrumbs and navigation are lists too but not <li> without attributes.
    assert.ok(items >= lines, `${items} list items for ${lines} changes`);
  });

  test('a goal page lists the goal’s own changes with their dates', () => {
    const goal = 'norr22-cancergenetik';
    const own = changesByGoal(history.changes)(goal);
    assert.ok(own.length > 0);
    const html = readDist(`mal/${goal}/index.html`);
    const section = /<section aria-labelledby="andringar"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    const dates = [...section.matchAll(/<time datetime="([\d-]+)">/g)].map((m) => m[1]);
    assert.deepEqual(
      dates,
      own.map((c) => c.date),
    );
  });

  test('the Atom feed has every element RFC 4287 requires, one entry per day', () => {
    const feed = readDist('andringar.xml');
    assert.match(feed, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    const head = feed.slice(0, feed.indexOf('<entry>'));
    for (const element of ['id', 'title', 'updated'])
      assert.equal((head.match(new RegExp(`<${element}>`, 'g')) ?? []).length, 1, element);
    assert.match(head, /<author><name>[^<]+<\/name><\/author>/);
    assert.match(head, /<link rel="self" type="application\/atom\+xml" href="[^"]+"\/>/);
    const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]);
    assert.equal(entries.length, Math.min(days.length, 50));
    entries.forEach((entry, i) => {
      assert.match(entry, /<id>[a-z]+:[^<]+<\/id>/, 'an absolute IRI');
      assert.match(entry, /<title>[^<]+<\/title>/);
      assert.match(entry, new RegExp(`<updated>${days[i].date}T00:00:00Z</updated>`));
      assert.match(entry, /<content type="html">[^<]+<\/content>/);
    });
    assert.match(
      head,
      new RegExp(`<updated>${days[0].date}T00:00:00Z</updated>`),
      'the feed is as new as its newest entry',
    );
  });

  test('every page links the feed for feed readers, and the footer links the changes page', () => {
    const html = readDist('index.html');
    assert.match(
      html,
      /<link rel="alternate" type="application\/atom\+xml" href="\/andringar\.xml" title="Ändringar">/,
    );
    assert.match(html, /<a href="\/andringar\/">Ändringar<\/a>/);
  });
});

// One build for both: a shallow clone of content whose last commit removes a goal for good.
describe('a build without history (shallow clone), with a goal removed for good', () => {
  const temp = mkdtempSync(join(tmpdir(), 'rcp-shallow-'));
  after(() => rmSync(temp, { recursive: true, force: true }));
  const git = (cwd: string, args: string[]) => {
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@x',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@x',
    };
    const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  };

  const REMOVED = 'norr22-organiserad-prostatacancertestning';
  const out = join(temp, 'dist');
  const read = (path: string) => readFileSync(join(out, path), 'utf8');
  let built: Build;
  before(
    () => {
      const source = join(temp, 'source');
      cpSync(join(project, 'tests', 'fixtures', 'base'), source, { recursive: true });
      git(source, ['init', '-q']);
      git(source, ['add', '.']);
      git(source, ['commit', '-qm', 'one']);
      const goals = join(source, 'plans', 'norr-2022-2024', 'goals.yaml');
      writeFileSync(goals, readFileSync(goals, 'utf8').replace(new RegExp(`- id: ${REMOVED}[\\s\\S]*?(?=- id:)`), ''));
      writeFileSync(
        join(source, 'content', 'redirects.yaml'),
        `- { from: ${REMOVED}, to: norr-2022-2024, removed: true, note: Fördes över av misstag. }\n`,
      );
      git(source, ['add', '-A']);
      git(source, ['commit', '-qm', 'two']);
      const clone = join(temp, 'clone');
      git(temp, ['clone', '-q', '--depth', '1', `file://${source}`, clone]);
      built = buildSite({ root: clone, out, env: { SITE_URL: 'https://example.invalid/' } });
    },
    { timeout: 300_000 },
  );

  test('says that changes cannot be shown, and dates nothing', () => {
    assert.equal(built.status, 0, built.stdout + built.stderr);
    assert.match(built.stdout, /Versionshistoriken är grund \(shallow clone\)/);
    assert.ok(read('andringar/index.html').includes(CHANGES.noHistory));
    const goal = read('mal/norr22-kontaktsjukskoterska/index.html');
    assert.ok(goal.includes(CHANGES.noHistory));
    assert.doesNotMatch(goal, /Senast ändrad/);
    assert.doesNotMatch(read('planer/norr-2022-2024/index.html'), /Senast ändrad/);
    assert.doesNotMatch(read('andringar.xml'), /<entry>/);
  });

  test("a removed goal's address says so, links its plan, is not indexed and not in the sitemap", () => {
    assert.equal(built.status, 0, built.stdout + built.stderr);
    const page = read(`mal/${REMOVED}/index.html`);
    assert.match(page, /<h1>Målet är borttaget<\/h1>/);
    assert.match(page, /<meta name="robots" content="noindex">/);
    assert.match(page, /Det stod i <a href="\/planer\/norr-2022-2024\/">/);
    assert.ok(page.includes(CHANGES.noHistory));
    assert.doesNotMatch(page, /Fördes över av misstag/, "the editors' note is never public");
    assert.doesNotMatch(page, /data-pagefind-body/);
    const sitemap = read('sitemap-0.xml');
    assert.ok(sitemap.includes('https://example.invalid/mal/norr22-kontaktsjukskoterska/'));
    assert.ok(!sitemap.includes(`/mal/${REMOVED}/`), 'a removed goal is not in the sitemap');
    assert.doesNotMatch(read('planer/norr-2022-2024/index.html'), new RegExp(REMOVED));
  });
});
