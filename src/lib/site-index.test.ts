import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goal, model, plan } from '../../tests/support/model.ts';
import { coverage } from './coverage.ts';
import { lifecycles } from './lifecycle.ts';
import { buildSiteIndex, endsIn } from './site-index.ts';
import type { ContentModel } from './model.ts';

const norrOld = plan('norr-2019-2021', 'norr', {
  goals: [goal('norr-2019-2021', 'n19-a', { owners: ['o1'], timeframe: '2019–2021', years: { from: 2019, to: 2021 } })],
});
const norr = plan('norr-2022-2024', 'norr', {
  goals: [
    goal('norr-2022-2024', 'n22-a', { owners: ['o1'], timeframe: '2022–2024', years: { from: 2022, to: 2024 } }),
    goal('norr-2022-2024', 'n22-b', {
      owners: ['o1'],
      timeframe: '2023',
      years: { from: 2023, to: 2023 },
      areas: { vf: ['a2'] },
    }),
  ],
});
const syd = plan('syd-2023-2025', 'syd', {
  status: 'partial',
  goals: [goal('syd-2023-2025', 's23-a', { owners: ['o2'], timeframe: '2025', years: { from: 2025, to: 2025 } })],
});
const index = (m: ContentModel) => buildSiteIndex(m, coverage(m), lifecycles(m.plans, 2024));
const site = index(model([norrOld, norr, syd]));
const ids = (goals: { id: string }[]) => goals.map((g) => g.id);

test('looks up regions, plans, goals, owners, directions and areas by id', () => {
  assert.equal(site.region('syd').rcc, 'RCC Syd');
  assert.equal(site.plan('norr-2022-2024'), norr);
  assert.equal(site.goal('n22-b'), norr.goals[1]);
  assert.equal(site.goal('saknas'), undefined);
  assert.equal(site.owners.get('o2')?.name, 'RCC Syd');
  assert.equal(site.directions.get('vf')?.shortTitle, 'VF');
  assert.equal(site.directions.get('vf')?.areas[1].title, 'Område 2');
  // A page asking for an id the model lacks is a bug in the page, not a missing value to render.
  assert.throws(() => site.plan('ingen-plan'), /No plan "ingen-plan"/);
  assert.deepEqual(ids(site.goals), ['n19-a', 'n22-a', 'n22-b', 's23-a']);
});

test('plan versions come in force first, then ended, and followers keep plan order', () => {
  assert.deepEqual(ids(site.versionsOf('norr')), ['norr-2022-2024', 'norr-2019-2021']);
  assert.deepEqual(site.versionsOf('ingen'), []);
  assert.deepEqual(ids(site.published), ['norr-2019-2021', 'norr-2022-2024', 'syd-2023-2025']);
  assert.deepEqual(ids(site.followers('vf')), ['norr-2019-2021', 'norr-2022-2024', 'syd-2023-2025']);
  assert.deepEqual(site.followers('annat'), []);
});

test('goals reach areas through their chapter unless they override it', () => {
  assert.deepEqual(ids(site.goalsInArea('vf', 'a1')), ['n19-a', 'n22-a', 's23-a']);
  assert.deepEqual(ids(site.goalsInArea('vf', 'a2')), ['n22-b']);
  assert.deepEqual(site.areasOfGoal(norr.goals[1]), [{ direction: 'vf', area: 'a2' }]);
  assert.deepEqual(site.areasOfGoal(norr.goals[0]), [{ direction: 'vf', area: 'a1' }]);
  // An area's regions with goals there, in the regions' order (norr before syd), with their counts.
  assert.deepEqual(site.regionsInArea('vf', 'a1'), [
    { region: 'norr', total: 2 },
    { region: 'syd', total: 1 },
  ]);
  assert.deepEqual(site.regionsInArea('vf', 'a2'), [{ region: 'norr', total: 1 }]);
  assert.deepEqual(site.regionsInArea('vf', 'saknas'), []);
});

test('the same area in other regions is a count per region, leaving out the goal’s own region', () => {
  assert.deepEqual(site.elsewhere(norr.goals[0]), [
    { direction: 'vf', area: 'a1', regions: [{ region: 'syd', total: 1 }] },
  ]);
  assert.deepEqual(site.elsewhere(syd.goals[0]), [
    { direction: 'vf', area: 'a1', regions: [{ region: 'norr', total: 2 }] },
  ]);
  assert.deepEqual(site.elsewhere(norr.goals[1]), [{ direction: 'vf', area: 'a2', regions: [] }]);
  // Counts are whole and listed in the regions' order, however many goals there are.
  const many = plan('syd-2026-2028', 'syd', {
    goals: Array.from({ length: 10 }, (_, i) => goal('syd-2026-2028', `s26-${i}`)),
  });
  const big = index(model([many, norr, syd]));
  assert.deepEqual(big.elsewhere(norr.goals[0])[0].regions, [{ region: 'syd', total: 11 }]);
  assert.deepEqual(big.elsewhere(many.goals[0])[0].regions, [{ region: 'norr', total: 1 }]);
});

test('counts the plans outside a region whose goals are not transcribed', () => {
  assert.equal(site.untranscribedElsewhere('norr'), 1);
  assert.equal(site.untranscribedElsewhere('syd'), 0);
});

test('a year lists goals whose timeframe covers it, and marks the ones due that year', () => {
  assert.deepEqual(site.years, [2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  assert.deepEqual(ids(site.goalsInYear(2023)), ['n22-a', 'n22-b']);
  assert.deepEqual(ids(site.goalsInYear(2025)), ['s23-a']);
  assert.deepEqual(site.goalsInYear(2030), []);
  assert.equal(endsIn(norr.goals[0], 2023), false);
  assert.equal(endsIn(norr.goals[0], 2024), true);
  assert.equal(endsIn(goal('x', 'no-time'), 2024), false);
});

test('owners by region and goals by owner; groups keep plan order and skip plans without goals', () => {
  assert.deepEqual(ids(site.ownersOfRegion('norr')), ['o1']);
  assert.deepEqual(site.ownersOfRegion(null), []);
  assert.deepEqual(ids(site.goalsOfOwner('o1')), ['n19-a', 'n22-a', 'n22-b']);
  assert.deepEqual(
    site.groupByPlan(site.goalsOfOwner('o2')).map((g) => [g.plan.id, g.goals.length]),
    [['syd-2023-2025', 1]],
  );
  // Given out of order, the groups still come in plan order.
  const groups = site.groupByPlan([syd.goals[0], norr.goals[1], norrOld.goals[0], norr.goals[0]]);
  assert.deepEqual(
    groups.map((g) => [g.plan.id, ids(g.goals)]),
    [
      ['norr-2019-2021', ['n19-a']],
      ['norr-2022-2024', ['n22-b', 'n22-a']],
      ['syd-2023-2025', ['s23-a']],
    ],
  );
});

test('coverage is looked up by cell, counted by state and its gaps listed per plan and direction', () => {
  const gapped = plan('syd-2020-2022', 'syd', {
    chapters: [],
    gaps: [{ direction: 'vf', area: 'a2', statedBy: 'plan', reason: 'Inte aktuellt.' }],
  });
  const m = model([norr, gapped]);
  const s = index(m);
  assert.equal(s.cellOf('norr-2022-2024', 'vf', 'a1').state, 'covered');
  assert.deepEqual(s.cellOf('norr-2022-2024', 'vf', 'a2').goals, ['n22-b']);
  assert.equal(s.cellCount('vf', 'a1', 'covered'), 1);
  assert.equal(s.cellCount('vf', 'a1', 'not-covered'), 1);
  assert.equal(s.cellCount('vf', 'a2', 'gap'), 1);
  // The coverage overview lists each framework's gaps under its table: Norr has none, Syd one in vf.
  const [vf] = s.coveragePages[0].sections;
  assert.deepEqual(ids(vf.shown), ['norr-2022-2024', 'syd-2020-2022']);
  assert.deepEqual(
    vf.gaps.map((c) => [c.plan, c.area, c.reason]),
    [['syd-2020-2022', 'a2', 'Inte aktuellt.']],
  );
});

test('every goal has its search record and the filter options come from the same records', () => {
  assert.equal(site.searchRecord(norr.goals[1]).order, '00002');
  assert.deepEqual(site.searchRecord(syd.goals[0]).filters.region, ['Syd']);
  assert.deepEqual(Object.fromEntries(site.filterOptions.map((o) => [o.key, o.values])).region, ['Norr', 'Syd']);
});

test('building the index reads each goal a bounded number of times, however many regions and plans there are', () => {
  // Counts every read of a goal's fields through a proxy: a linear index (and the per-page lookups) read
  // each goal a fixed number of times, where a per-region or per-plan scan reads it once per region or plan.
  const readsPerGoal = (regions: number) => {
    const plans = Array.from({ length: regions }, (_, r) =>
      plan(`r${r}-2022-2024`, `r${r}`, {
        goals: Array.from({ length: 5 }, (_, i) => goal(`r${r}-2022-2024`, `r${r}-${i}`, { owners: ['o1'] })),
      }),
    );
    const m = model(plans);
    m.regions = plans.map((p) => ({
      id: p.region,
      name: p.region,
      shortName: p.region,
      rcc: 'RCC',
      members: ['X'],
      memberParts: {},
      formerNames: [],
    }));
    let reads = 0;
    for (const p of m.plans) {
      p.goals = p.goals.map((g) => new Proxy(g, { get: (target, key) => (reads++, Reflect.get(target, key)) }));
    }
    const s = index(m);
    for (const g of s.goals) s.elsewhere(g);
    return reads / s.goals.length;
  };
  assert.equal(readsPerGoal(3), readsPerGoal(30));
});

test('redirects lead old goal ids to goals and old plan ids to plans, each only to its own kind', () => {
  const p = plan('norr-2022-2024', 'norr', { goals: [goal('norr-2022-2024', 'g1')] });
  const m = {
    ...model([p]),
    redirects: [
      { from: 'g0', to: 'g1' },
      { from: 'norr-2022-2023', to: 'norr-2022-2024' },
    ],
  };
  const s = index(m);
  assert.deepEqual(
    s.movedGoals.map((r) => [r.from, r.goal.id]),
    [['g0', 'g1']],
  );
  assert.deepEqual(
    s.movedPlans.map((r) => [r.from, r.plan.id]),
    [['norr-2022-2023', 'norr-2022-2024']],
  );
});

test('an area page lists the versions with something to show there; the others once, by why', () => {
  const untranscribed = plan('syd-2026-2028', 'syd', { status: 'not-transcribed', goals: [] });
  const notFollowing = plan('norr-2016-2018', 'norr', { follows: [], followsComplete: true, goals: [] });
  const s = index(model([norr, untranscribed, notFollowing]));
  const shown = s.areaPages('vf', 'a1').flatMap((p) => p.items.map((e) => [e.version.plan.id, e.version.cell.state]));
  assert.deepEqual(shown, [['norr-2022-2024', 'covered']]);
  assert.deepEqual(
    s.areaWithoutData('vf', 'a1').map((w) => [w.why, w.plans.map((p) => p.id)]),
    [
      ['missing-data', ['syd-2026-2028']],
      ['not-stated', ['norr-2016-2018']],
    ],
  );
  assert.equal(s.planLabel('norr-2022-2024'), 'Norr 2022–2024');
});

test('a smaller page splits every paged list: owners, years and coverage, never a plan from its goals', () => {
  const m = model([norrOld, norr, syd]);
  const small = buildSiteIndex(m, coverage(m), lifecycles(m.plans, 2024), [], 1);
  // o1 has goals in two Norr versions: one page each, the two goals of 2022–2024 kept together.
  assert.deepEqual(
    small.ownerPages('o1').map((p) => p.items.map((g) => g.plan.id)),
    [['norr-2019-2021'], ['norr-2022-2024']],
  );
  assert.deepEqual(small.ownerPages('o1')[1].items[0].goals.length, 2);
  assert.equal(site.ownerPages('o1').length, 1);
  assert.equal(small.coveragePages.length, m.plans.length);
  assert.equal(site.coveragePages.length, 1);
  assert.equal(small.yearPages(2021).length, 1);
});

test("an owner's pages come split as the page shows them: its own goals, then each shared owner's", () => {
  // Member region X of Norr has an owner of its own; "Regionerna" (o1) stands for X and the other members.
  const m = model([norrOld, norr, syd]);
  m.owners.push({ id: 'x', name: 'X', kind: 'region', region: 'norr' });
  const own = goal('norr-2022-2024', 'n22-x', { owners: ['x'], timeframe: '2023', years: { from: 2023, to: 2023 } });
  m.plans[1] = { ...norr, goals: [...norr.goals, own] };
  const one = buildSiteIndex(m, coverage(m), lifecycles(m.plans, 2024)).ownerPages('x');
  assert.equal(one.length, 1);
  assert.deepEqual(
    one[0].own.map((g) => [g.plan.id, ids(g.goals)]),
    [['norr-2022-2024', ['n22-x']]],
  );
  assert.deepEqual(
    one[0].shared.map((s) => [s.owner.id, s.total, s.groups.map((g) => [g.plan.id, ids(g.goals)])]),
    [
      [
        'o1',
        3,
        [
          ['norr-2019-2021', ['n19-a']],
          ['norr-2022-2024', ['n22-a', 'n22-b']],
        ],
      ],
    ],
  );
  // Paged one plan group a page: the own goals first, then the shared ones, each page only its share.
  const paged = buildSiteIndex(m, coverage(m), lifecycles(m.plans, 2024), [], 1).ownerPages('x');
  assert.deepEqual(
    paged.map((p) => [p.own.length, p.shared.map((s) => [s.owner.id, s.total, s.groups.length])]),
    [
      [1, []],
      [0, [['o1', 3, 1]]],
      [0, [['o1', 3, 1]]],
    ],
  );
  // An owner nobody shares with: everything is its own.
  assert.deepEqual(site.ownerPages('o2')[0].shared, []);
});

test('a coverage page comes with each framework as the page shows it: columns, their cells and gaps, the rest by why', () => {
  const withGap = plan('syd-2023-2025', 'syd', {
    goals: [goal('syd-2023-2025', 's23-a')],
    gaps: [{ direction: 'vf', area: 'a2', statedBy: 'plan', reason: 'Inga mål här.' }],
  });
  const untranscribed = plan('syd-2026-2028', 'syd', { status: 'not-transcribed', goals: [] });
  const notFollowing = plan('norr-2016-2018', 'norr', { follows: [], followsComplete: true, goals: [] });
  const [page] = index(model([notFollowing, norr, withGap, untranscribed])).coveragePages;
  const [vf] = page.sections;
  assert.equal(vf.direction.id, 'vf');
  assert.equal(vf.followed, true);
  assert.deepEqual(ids(vf.shown), ['norr-2022-2024', 'syd-2023-2025']);
  assert.deepEqual(
    vf.cells.map((c) => [c.plan, c.area, c.state]),
    [
      ['norr-2022-2024', 'a1', 'covered'],
      ['norr-2022-2024', 'a2', 'covered'],
      ['syd-2023-2025', 'a1', 'covered'],
      ['syd-2023-2025', 'a2', 'gap'],
    ],
  );
  assert.deepEqual(
    vf.gaps.map((c) => [c.plan, c.area]),
    [['syd-2023-2025', 'a2']],
  );
  assert.deepEqual(
    vf.without.map((w) => [w.why, ids(w.plans)]),
    [
      ['missing-data', ['syd-2026-2028']],
      ['not-stated', ['norr-2016-2018']],
    ],
  );

  // No columns: the page says once that the followers' goals are missing, so the list leaves them out.
  const [bare] = index(model([notFollowing, untranscribed])).coveragePages[0].sections;
  assert.equal(bare.followed, true);
  assert.deepEqual(bare.shown, []);
  assert.deepEqual(
    bare.without.map((w) => [w.why, ids(w.plans)]),
    [['not-stated', ['norr-2016-2018']]],
  );
  // A framework nobody follows has no columns, so no cells for the legend to explain.
  const [unfollowed] = index(model([notFollowing])).coveragePages[0].sections;
  assert.equal(unfollowed.followed, false);
  assert.deepEqual(unfollowed.cells, []);
});
