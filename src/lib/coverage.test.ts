import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  cellLookup,
  columnsWithData,
  coverage,
  goalAreas,
  relation,
  withoutDataGroups,
  type CoverageCell,
} from './coverage.ts';
import type { ChapterEntry, ContentModel, DirectionEntry, GoalEntry, PlanEntry } from './model.ts';

// Small hand-built models: one direction with three areas, plans built per test.

function direction(id: string, areaIds: string[]): DirectionEntry {
  return {
    id,
    title: `Ramverket ${id}`,
    shortTitle: id,
    publisher: 'RCC i samverkan',
    status: 'verified',
    provenance: 'Testdata.',
    areas: areaIds.map((a) => ({ id: a, title: `Området ${a}` })),
  };
}

function chapter(plan: string, id: string, order: number, areas: Record<string, string[]>): ChapterEntry {
  return { id, plan, file: `plans/${plan}/kapitel/${id}.mdx`, title: `Kapitlet ${id}`, order, areas };
}

function goal(plan: string, id: string, chapterId: string, areas?: Record<string, string[]>): GoalEntry {
  return {
    id,
    plan,
    chapter: chapterId,
    text: `Målet ${id}.`,
    owners: [],
    timeframe: null,
    file: `plans/${plan}/goals.yaml`,
    line: 1,
    years: null,
    ...(areas ? { areas } : {}),
  };
}

function plan(
  id: string,
  opts: {
    follows?: string[];
    followsComplete?: boolean;
    from?: number;
    status?: PlanEntry['status'];
    gaps?: PlanEntry['gaps'];
    chapters?: ChapterEntry[];
    goals?: GoalEntry[];
  } = {},
): PlanEntry {
  return {
    id,
    region: 'norr',
    title: `Planen ${id}`,
    titleConfirmed: true,
    copyConfirmed: true,
    period: { from: opts.from ?? 2022, to: (opts.from ?? 2022) + 2 },
    adoption: [{ body: 'Nämnden' }],
    source: { title: 'Plandokumentet', url: 'https://cancercentrum.se/norr/', urlConfirmed: true },
    references: [],
    follows: opts.follows ?? ['ncs'],
    followsAssessed: [],
    followsComplete: opts.followsComplete ?? false,
    levels: { chapter: 'kapitel', goal: 'mål' },
    columns: [{ key: 'goal', label: 'Mål' }],
    status: opts.status ?? 'complete',
    statusNote: 'Testdata.',
    gaps: opts.gaps ?? [],
    introFile: null,
    introTitle: null,
    chapters: opts.chapters ?? [],
    goals: opts.goals ?? [],
  };
}

const NCS = direction('ncs', ['risk', 'kvalitet', 'skillnader']);

function model(plans: PlanEntry[], directions: DirectionEntry[] = [NCS]): ContentModel {
  return { regions: [], owners: [], directions, plans, redirects: [] };
}

function cell(cells: CoverageCell[], planId: string, directionId: string, area: string): CoverageCell {
  const found = cells.find((c) => c.plan === planId && c.direction === directionId && c.area === area);
  assert.ok(found, `no cell for ${planId} × ${directionId}/${area}`);
  return found;
}

/** A complete plan whose chapter "a" reaches risk, with two goals there. */
function coveredPlan(overrides: Parameters<typeof plan>[1] = {}) {
  return plan('p', {
    chapters: [chapter('p', 'a', 1, { ncs: ['risk'] }), chapter('p', 'b', 2, { ncs: ['kvalitet'] })],
    goals: [goal('p', 'p-1', 'a'), goal('p', 'p-2', 'a'), goal('p', 'p-3', 'b')],
    ...overrides,
  });
}

describe('goalAreas', () => {
  test("a goal inherits its chapter's areas", () => {
    const p = coveredPlan();
    assert.deepEqual(goalAreas(p.goals[0], p), { ncs: ['risk'] });
  });

  test("a goal's own areas replace its chapter's", () => {
    const p = coveredPlan();
    const g = goal('p', 'p-x', 'a', { ncs: ['skillnader'] });
    assert.deepEqual(goalAreas(g, p), { ncs: ['skillnader'] });
  });

  test("empty own areas replace the chapter's too", () => {
    const p = coveredPlan();
    assert.deepEqual(goalAreas(goal('p', 'p-x', 'a', {}), p), {});
  });

  test('a goal in an unknown chapter reaches nothing', () => {
    const p = coveredPlan();
    assert.deepEqual(goalAreas(goal('p', 'p-x', 'finns-inte'), p), {});
  });
});

describe('coverage', () => {
  test('one cell per plan × direction area, in direction, plan and area order', () => {
    const other = direction('ok', ['prevention']);
    const cells = coverage(model([coveredPlan(), plan('q', { status: 'not-transcribed' })], [NCS, other]));
    assert.deepEqual(
      cells.map((c) => `${c.direction}/${c.plan}/${c.area}`),
      [
        'ncs/p/risk',
        'ncs/p/kvalitet',
        'ncs/p/skillnader',
        'ncs/q/risk',
        'ncs/q/kvalitet',
        'ncs/q/skillnader',
        'ok/p/prevention',
        'ok/q/prevention',
      ],
    );
  });

  test('an empty model has no cells', () => {
    assert.deepEqual(coverage(model([])), []);
    assert.deepEqual(coverage(model([coveredPlan()], [])), []);
  });

  test('covered: the goals reaching an area, in plan order', () => {
    const cells = coverage(model([coveredPlan()]));
    assert.deepEqual(cell(cells, 'p', 'ncs', 'risk'), {
      plan: 'p',
      direction: 'ncs',
      area: 'risk',
      goals: ['p-1', 'p-2'],
      state: 'covered',
    });
    assert.deepEqual(cell(cells, 'p', 'ncs', 'kvalitet').goals, ['p-3']);
  });

  test("covered through a goal's own areas", () => {
    const p = coveredPlan();
    p.goals.push(goal('p', 'p-4', 'b', { ncs: ['skillnader', 'risk'] }));
    const cells = coverage(model([p]));
    assert.equal(cell(cells, 'p', 'ncs', 'skillnader').state, 'covered');
    assert.deepEqual(cell(cells, 'p', 'ncs', 'skillnader').goals, ['p-4']);
    assert.deepEqual(cell(cells, 'p', 'ncs', 'risk').goals, ['p-1', 'p-2', 'p-4']);
    // p-4 is in chapter b but its own areas replace b's mapping.
    assert.deepEqual(cell(cells, 'p', 'ncs', 'kvalitet').goals, ['p-3']);
  });

  test('not-covered: a complete plan with no goal in an area and no declared gap', () => {
    const c = cell(coverage(model([coveredPlan()])), 'p', 'ncs', 'skillnader');
    assert.equal(c.state, 'not-covered');
    assert.deepEqual(c.goals, []);
    assert.equal(c.reason, undefined);
  });

  test('gap: a declared gap, with its reason', () => {
    const p = coveredPlan({
      gaps: [{ direction: 'ncs', area: 'skillnader', statedBy: 'plan', reason: 'Inga mål om skillnader.' }],
    });
    const c = cell(coverage(model([p])), 'p', 'ncs', 'skillnader');
    assert.equal(c.state, 'gap');
    assert.equal(c.reason, 'Inga mål om skillnader.');
    assert.deepEqual(c.goals, []);
  });

  test('a gap for another direction or area does not count', () => {
    const p = coveredPlan({
      gaps: [{ direction: 'annan', area: 'skillnader', statedBy: 'plan', reason: 'Fel ramverk.' }],
    });
    assert.equal(cell(coverage(model([p])), 'p', 'ncs', 'skillnader').state, 'not-covered');
  });

  test('a declared gap that has goals is covered, without a reason', () => {
    const p = coveredPlan({ gaps: [{ direction: 'ncs', area: 'risk', statedBy: 'plan', reason: 'Föråldrad.' }] });
    const c = cell(coverage(model([p])), 'p', 'ncs', 'risk');
    assert.equal(c.state, 'covered');
    assert.equal(c.reason, undefined);
    assert.equal('reason' in c, false);
  });

  test('missing-data: a partial plan with no goals in an area', () => {
    const c = cell(coverage(model([coveredPlan({ status: 'partial' })])), 'p', 'ncs', 'skillnader');
    assert.equal(c.state, 'missing-data');
    assert.deepEqual(c.goals, []);
  });

  test('missing-data: a plan whose goals are not transcribed', () => {
    const cells = coverage(model([plan('q', { status: 'not-transcribed' })]));
    assert.deepEqual(
      cells.map((c) => c.state),
      ['missing-data', 'missing-data', 'missing-data'],
    );
  });

  test('a partial plan still covers the areas its goals reach', () => {
    assert.equal(cell(coverage(model([coveredPlan({ status: 'partial' })])), 'p', 'ncs', 'risk').state, 'covered');
  });

  test('a declared gap wins over missing data', () => {
    const p = coveredPlan({
      status: 'partial',
      gaps: [{ direction: 'ncs', area: 'skillnader', statedBy: 'plan', reason: 'Känd lucka.' }],
    });
    assert.equal(cell(coverage(model([p])), 'p', 'ncs', 'skillnader').state, 'gap');
  });

  test('not-followed: a direction a plan whose text was read does not state', () => {
    const p = plan('q', { follows: [], followsComplete: true, status: 'complete' });
    const cells = coverage(model([p]));
    assert.deepEqual(
      cells.map((c) => c.state),
      ['not-followed', 'not-followed', 'not-followed'],
    );
  });

  test('unknown, not "does not follow": a direction missing from an unread plan’s follows', () => {
    const p = plan('q', { follows: [], status: 'not-transcribed' });
    assert.deepEqual(
      coverage(model([p])).map((c) => c.state),
      ['unknown', 'unknown', 'unknown'],
    );
  });

  test('not-followed when the plan is older than the direction, even unread', () => {
    const p = plan('q', { follows: [], status: 'not-transcribed', from: 2015 });
    const m = model([p]);
    m.directions = [{ ...m.directions[0], period: { from: 2020, to: null } }];
    assert.deepEqual(
      coverage(m).map((c) => c.state),
      ['not-followed', 'not-followed', 'not-followed'],
    );
  });

  test('a gap says who judged it', () => {
    const p = coveredPlan({
      gaps: [{ direction: 'ncs', area: 'skillnader', statedBy: 'site', reason: 'Vår bedömning.' }],
    });
    const c = cell(coverage(model([p])), 'p', 'ncs', 'skillnader');
    assert.equal(c.state, 'gap');
    assert.equal(c.statedBy, 'site');
  });

  test('not-followed wins over a gap and over missing data', () => {
    const p = plan('q', {
      followsComplete: true,
      follows: [],
      status: 'partial',
      gaps: [{ direction: 'ncs', area: 'risk', statedBy: 'plan', reason: 'Följs inte.' }],
    });
    const c = cell(coverage(model([p])), 'q', 'ncs', 'risk');
    assert.equal(c.state, 'not-followed');
    assert.equal(c.reason, undefined);
  });

  test('goals reaching a direction the plan does not follow still count as covered', () => {
    const p = coveredPlan({ follows: [], followsComplete: true });
    const cells = coverage(model([p]));
    assert.equal(cell(cells, 'p', 'ncs', 'risk').state, 'covered');
    assert.equal(cell(cells, 'p', 'ncs', 'skillnader').state, 'not-followed');
  });

  test('each plan is judged on its own goals', () => {
    const other = plan('q', {
      chapters: [chapter('q', 'a', 1, { ncs: ['skillnader'] })],
      goals: [goal('q', 'q-1', 'a')],
    });
    const cells = coverage(model([coveredPlan(), other]));
    assert.equal(cell(cells, 'p', 'ncs', 'skillnader').state, 'not-covered');
    assert.deepEqual(cell(cells, 'q', 'ncs', 'skillnader').goals, ['q-1']);
    assert.equal(cell(cells, 'q', 'ncs', 'risk').state, 'not-covered');
  });

  test('does not change the model', () => {
    const m = model([
      coveredPlan({ gaps: [{ direction: 'ncs', area: 'skillnader', statedBy: 'plan', reason: 'Lucka.' }] }),
    ]);
    const before = structuredClone(m);
    coverage(m);
    assert.deepEqual(m, before);
  });
});

describe('cellLookup', () => {
  const cells: CoverageCell[] = [
    { plan: 'p1', direction: 'd', area: 'a1', goals: ['g1'], state: 'covered' },
    { plan: 'p1', direction: 'd', area: 'a2', goals: [], state: 'gap', reason: 'Skäl.' },
  ];
  test('finds each plan × area cell', () => {
    const cellOf = cellLookup(cells);
    assert.equal(cellOf('p1', 'd', 'a1'), cells[0]);
    assert.equal(cellOf('p1', 'd', 'a2'), cells[1]);
  });
  test('a missing cell is a programming error, not an undefined cell', () => {
    assert.throws(() => cellLookup(cells)('p2', 'd', 'a1'), /p2\/d\/a1/);
  });
});

describe('columnsWithData', () => {
  test('keeps plans with goals, gaps or transcribed goals; names those whose every cell lacks data', () => {
    const gapOnly = plan('gap', {
      gaps: [{ direction: 'ncs', area: 'risk', reason: 'Skäl.', statedBy: 'plan' }],
      status: 'partial',
    });
    const none = plan('none', {}); // complete, follows, no goals: "not-covered" is a fact about the plan
    const untranscribed = plan('todo', { status: 'not-transcribed' });
    const notFollowed = plan('old', { follows: [], followsComplete: true });
    const unknown = plan('unknown', { follows: [] });
    const plans = [coveredPlan(), gapOnly, none, untranscribed, notFollowed, unknown];
    const cells = coverage(model(plans));
    const { shown, left } = columnsWithData(plans, NCS, cellLookup(cells));
    assert.deepEqual(
      shown.map((p) => p.id),
      ['p', 'gap', 'none'],
    );
    assert.deepEqual(
      left.map((p) => p.id),
      ['todo', 'old', 'unknown'],
    );
  });

  test('a plan that does not follow the direction but has goals in it is shown', () => {
    const p = coveredPlan({ follows: [], followsComplete: true });
    const { shown } = columnsWithData([p], NCS, cellLookup(coverage(model([p]))));
    assert.deepEqual(
      shown.map((x) => x.id),
      ['p'],
    );
  });
});

describe('relation', () => {
  test('follows, older, not stated (text read) or unknown (text not read)', () => {
    const dir = { ...NCS, period: { from: 2021 } };
    assert.equal(relation(plan('a', { follows: ['ncs'] }), dir), 'follows');
    assert.equal(relation(plan('b', { follows: [], from: 2019 }), dir), 'older');
    assert.equal(relation(plan('c', { follows: [], followsComplete: true }), dir), 'not-stated');
    assert.equal(relation(plan('d', { follows: [] }), dir), 'unknown');
  });
});

describe('withoutDataGroups', () => {
  test('the versions without data, by why, in one order whatever the input order; no empty group', () => {
    const dir = { ...NCS, period: { from: 2021 } };
    const plans = [
      plan('unknown', { follows: [] }),
      plan('old', { follows: [], from: 2019 }),
      plan('todo', { status: 'not-transcribed' }),
      plan('silent', { follows: [], followsComplete: true }),
      plan('todo2', { status: 'not-transcribed' }),
    ];
    assert.deepEqual(
      withoutDataGroups(plans, dir).map((g) => [g.why, g.plans.map((p) => p.id)]),
      [
        ['missing-data', ['todo', 'todo2']],
        ['not-stated', ['silent']],
        ['older', ['old']],
        ['unknown', ['unknown']],
      ],
    );
    assert.deepEqual(
      withoutDataGroups([plans[1]], dir).map((g) => g.why),
      ['older'],
    );
    assert.deepEqual(withoutDataGroups([], dir), []);
  });
});
