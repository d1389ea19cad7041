// The paged lists at scale, without building a site: the site index (src/lib/site-index.ts) pages every
// list that grows with the content, so that a page holds at most PAGE_ENTRIES entries however large the
// content; and the repository's own content (1×) stays one page per list, as before paging.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pagedCrumbs, pagedTitle } from '../../src/i18n/sv.ts';
import { coverage } from '../../src/lib/coverage.ts';
import { lifecycles } from '../../src/lib/lifecycle.ts';
import type { GoalEntry } from '../../src/lib/model.ts';
import { PAGE_ENTRIES, type PageOf } from '../../src/lib/paging.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { validate } from '../../src/lib/validate/index.ts';
import { goal, model, plan } from '../support/model.ts';

const REGIONS = 60;
const VERSIONS = 20;
const GOALS_PER_PLAN = 4;

/**
 * About 100 times today's content in the shape bench/generate.ts gives it (60 regions, 1,200 plan versions,
 * 4,800 goals), every list at its longest: one national owner, one year and one area hold every goal.
 */
function scaled() {
  const base = model([]);
  const regions = Array.from({ length: REGIONS }, (_, r) => ({
    ...base.regions[0],
    id: `r${r}`,
    name: `R${r}`,
    shortName: `R${r}`,
  }));
  const plans = regions.flatMap((region) =>
    Array.from({ length: VERSIONS }, (_, v) => {
      const id = `${region.id}-${1990 + 3 * v}-${1992 + 3 * v}`;
      return plan(id, region.id, {
        goals: Array.from({ length: GOALS_PER_PLAN }, (_, g) =>
          goal(id, `${id}-m${g}`, { owners: ['nationell'], timeframe: '2024', years: { from: 2024, to: 2024 } }),
        ),
      });
    }),
  );
  const m = {
    ...base,
    regions,
    owners: [...base.owners, { id: 'nationell', name: 'Nationell', kind: 'nationell' as const }],
    plans,
  };
  return buildSiteIndex(m, coverage(m), lifecycles(plans, 2024));
}

const goalsOn = <T extends { goals: GoalEntry[] }>(pages: PageOf<T>[]) =>
  pages.flatMap((p) => p.items.flatMap((i) => i.goals));

function assertPaged<T>(pages: PageOf<T>[], weight: (item: T) => number, expectedPages: number) {
  assert.equal(pages.length, expectedPages);
  pages.forEach((page, i) => {
    assert.equal(page.n, i + 1);
    assert.equal(page.total, expectedPages);
    const held = page.items.reduce((sum, item) => sum + weight(item), 0);
    assert.ok(held <= PAGE_ENTRIES, `page ${page.n} holds ${held} entries, more than ${PAGE_ENTRIES}`);
    assert.ok(held > 0, `page ${page.n} is empty`);
  });
}

describe('at 100 times the content', () => {
  const site = scaled();
  const all = site.goals.length;
  const pagesFor = Math.ceil(all / PAGE_ENTRIES);

  test('an owner of every goal is paged, every goal once and in order', () => {
    const pages = site.ownerPages('nationell');
    assertPaged(pages, (g) => g.goals.length, pagesFor);
    assert.deepEqual(goalsOn(pages), site.goalsOfOwner('nationell'));
  });

  test('a year of every goal is paged, every goal once and in order', () => {
    const pages = site.yearPages(2024);
    assertPaged(pages, (g) => g.goals.length, pagesFor);
    assert.deepEqual(goalsOn(pages), site.goalsInYear(2024));
  });

  test("an area holding every goal is paged by plan version, each region's versions in reading order", () => {
    const pages = site.areaPages('vf', 'a1');
    assertPaged(pages, (e) => Math.max(1, e.version.goals.length), pagesFor);
    const versions = pages.flatMap((p) => p.items.map((e) => e.version.plan));
    assert.deepEqual(
      versions,
      site.model.regions.flatMap((r) => site.versionsOf(r.id)),
    );
    assert.equal(pages.flatMap((p) => p.items.flatMap((e) => e.version.goals)).length, all);
  });

  test('the coverage overview is paged by whole regions, every published version once', () => {
    const pages = site.coveragePages;
    assertPaged(pages, () => 1, Math.ceil((REGIONS * VERSIONS) / PAGE_ENTRIES));
    assert.deepEqual(
      pages.flatMap((p) => p.items),
      site.published,
    );
    for (const page of pages) assert.equal(page.items.length % VERSIONS, 0, 'a region was split between pages');
  });

  test('a list without goals is one empty page, an unknown owner or area a bug', () => {
    assert.deepEqual(site.yearPages(1800), [{ n: 1, total: 1, items: [] }]);
    assert.throws(() => site.ownerPages('ingen'), /No owner "ingen"/);
    assert.throws(() => site.areaPages('vf', 'ingen'), /No area "vf\/ingen"/);
  });
});

test("the repository's content keeps one page per list, so today's pages stay as they are", () => {
  const { model: m, coverage: cells } = validate(join(import.meta.dirname, '..', '..'));
  const site = buildSiteIndex(m, cells, lifecycles(m.plans, 2026));
  const lists = [
    ...m.owners.map((o) => [`owner ${o.id}`, site.ownerPages(o.id)] as const),
    ...site.years.map((y) => [`year ${y}`, site.yearPages(y)] as const),
    ...m.directions.flatMap((d) => d.areas.map((a) => [`area ${d.id}/${a.id}`, site.areaPages(d.id, a.id)] as const)),
    ['coverage', site.coveragePages] as const,
  ];
  for (const [what, pages] of lists) assert.equal(pages.length, 1, `${what} has ${pages.length} pages`);
});

test('a paged list names its page in the title and the breadcrumbs, a one-page list as before', () => {
  assert.equal(pagedTitle('Mål 2024', { n: 1, total: 1 }), 'Mål 2024');
  assert.equal(pagedTitle('Mål 2024', { n: 2, total: 5 }), 'Mål 2024, sida 2 av 5');
  assert.deepEqual(pagedCrumbs('2024', '/ar/2024/', { n: 1 }), [{ label: '2024' }]);
  assert.deepEqual(pagedCrumbs('2024', '/ar/2024/', { n: 2 }), [
    { label: '2024', href: '/ar/2024/' },
    { label: 'Sida 2' },
  ]);
});
