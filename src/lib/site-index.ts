// Every lookup and derived list the pages need, built once from the validated model in time linear in
// the content. Pages and components only look up here: nothing they do per page scans the whole content.
// Pure: no file or Astro access, so it is unit-tested on small models.
import {
  cellLookup,
  columnsWithData,
  goalAreas,
  holdsData,
  withoutDataGroups,
  type CellState,
  type CoverageCell,
  type WithoutData,
} from './coverage.ts';
import { orderVersions, type Lifecycle } from './lifecycle.ts';
import type { ContentModel, DirectionEntry, GoalEntry, PlanEntry } from './model.ts';
import { movedIds } from './moved.ts';
import { ownerHierarchy, type OwnerHierarchy } from './owner-hierarchy.ts';
import { PAGE_ENTRIES, numbered, paginate, type PageOf } from './paging.ts';
import type { Passage } from './passages.ts';
import {
  filterOptions,
  passageRecords,
  planLabel,
  searchLabels,
  searchRecords,
  type FilterOption,
  type PassageRecord,
  type SearchLookups,
  type SearchRecord,
} from './search.ts';
import { yearsOf } from './timeframe.ts';
import type { Owner, Region } from '../schemas/index.ts';

/** A direction area as [direction, area] ids. */
export interface AreaRef {
  direction: string;
  area: string;
}

/** Per area of a goal, how many goals other regions have in it (the area page lists them). */
export interface ElsewhereInArea extends AreaRef {
  regions: { region: string; total: number }[];
}

export interface PlanGroup {
  plan: PlanEntry;
  goals: GoalEntry[];
}

/** On an owner's page: one plan's goals, owned by the page's owner or by an owner it shares goals with. */
export interface OwnerGroup extends PlanGroup {
  owner: string;
}

/** One page of an owner's goals, split as the page shows them: its own, then each shared owner's. */
export interface OwnerPage extends PageOf<OwnerGroup> {
  /** The owner's own goals on this page, by plan. */
  own: PlanGroup[];
  /**
   * Each owner it shares goals with (src/lib/owner-hierarchy.ts) that has goals on this page (on a
   * one-page list: every one, even without goals), with how many goals that owner has in all.
   */
  shared: { owner: Owner; total: number; groups: PlanGroup[] }[];
}

/** On an area's page: one region's plan version with its coverage cell. */
export interface AreaEntry {
  region: Region;
  version: { plan: PlanEntry; cell: CoverageCell; goals: GoalEntry[] };
}

/** Named once on an area's page and under a framework's coverage table: plan versions with nothing to show, by why. */
export interface WithoutDataGroup {
  why: WithoutData;
  plans: PlanEntry[];
}

/** One framework on a page of the coverage overview, as the page shows it. */
export interface CoverageSection {
  direction: DirectionEntry;
  /** Whether any published plan version states that it follows the framework. */
  followed: boolean;
  /** The table's columns: the page's plan versions with something to compare in the framework. */
  shown: PlanEntry[];
  /** Every cell of the table, column by column: the legend explains only their states. */
  cells: CoverageCell[];
  /** The shown versions' declared gaps, in column and area order. */
  gaps: CoverageCell[];
  /**
   * The page's other versions, by why there is nothing to compare. Without columns, versions whose goals
   * are missing are left out: the page's sentence for a framework without columns already says so.
   */
  without: WithoutDataGroup[];
}

/** A page of the coverage overview: its plan versions (whole regions) and each framework's section. */
export interface CoveragePage extends PageOf<PlanEntry> {
  sections: CoverageSection[];
}

export interface SiteIndex {
  model: ContentModel;
  cells: CoverageCell[];
  /** Every goal, in plan order and each plan's own order. */
  goals: GoalEntry[];
  regions: Map<string, Region>;
  region(id: string): Region;
  plan(id: string): PlanEntry;
  /** A plan version as lists and tables name it: region and period, "Norr 2022–2024". */
  planLabel: (id: string) => string;
  goal(id: string): GoalEntry | undefined;
  /** Old goal ids (content/redirects.yaml entries that lead to a goal), each with the goal it leads to. */
  movedGoals: { from: string; goal: GoalEntry }[];
  /** Old plan ids (entries that lead to a plan), each with the plan it leads to. */
  movedPlans: { from: string; plan: PlanEntry }[];
  /** Ids of goals removed for good, each with the plan it stood in. */
  removedGoals: { from: string; plan: PlanEntry }[];
  owners: Map<string, Owner>;
  /** Member regions, and the owners that stand for several of them. */
  hierarchy: OwnerHierarchy;
  directions: Map<string, DirectionEntry>;
  /** A region's plan versions in reading order: in force first, drafts last (orderVersions). */
  versionsOf: (region: string) => PlanEntry[];
  /** Plan versions that are not drafts, in plan order. */
  published: PlanEntry[];
  /** Published plans (not drafts) that state they follow a direction, in plan order. */
  followers(direction: string): PlanEntry[];
  /** Owners of a region, or national owners for null, in the registry's order. */
  ownersOfRegion(region: string | null): Owner[];
  /** The areas a goal serves, in direction order. */
  areasOfGoal: (goal: GoalEntry) => AreaRef[];
  goalsInArea(direction: string, area: string): GoalEntry[];
  /** The regions with goals in an area, each with its goal count there, in the regions' order. */
  regionsInArea(direction: string, area: string): { region: string; total: number }[];
  goalsOfOwner(owner: string): GoalEntry[];
  /** Goals whose timeframe covers the year (a goal for 2022–2024 is worked on in 2023 and due in 2024). */
  goalsInYear(year: number): GoalEntry[];
  /** How many of a year's goals are due that year (their timeframe ends in it). */
  endingInYear(year: number): number;
  /** Every year some goal's timeframe covers, ascending. */
  years: number[];
  /** The pages of an owner's goals: its own, then those it shares, grouped by plan (src/lib/paging.ts). */
  ownerPages(owner: string): OwnerPage[];
  /** The pages of a year's goals, grouped by plan. */
  yearPages(year: number): PageOf<PlanGroup>[];
  /**
   * The pages of an area: the plan versions with something to show there (goals, a gap, none), region by
   * region in reading order, with their goals in the area.
   */
  areaPages(direction: string, area: string): PageOf<AreaEntry>[];
  /** The other plan versions of an area, grouped by why there is nothing to show (in reading order). */
  areaWithoutData(direction: string, area: string): WithoutDataGroup[];
  /** The pages of the coverage overview: published plan versions in plan order, a region never split. */
  coveragePages: CoveragePage[];
  /** Per area of the goal, the other regions' goal counts in it. */
  elsewhere(goal: GoalEntry): ElsewhereInArea[];
  /** Plans outside the region whose goals are not (fully) transcribed. */
  untranscribedElsewhere(region: string): number;
  /** Goals grouped by plan in plan order, leaving out plans with none; linear in the goals given. */
  groupByPlan(goals: GoalEntry[]): PlanGroup[];
  cellOf: (plan: string, direction: string, area: string) => CoverageCell;
  /** How many plan versions have an area in a coverage state. */
  cellCount(direction: string, area: string, state: CellState): number;
  searchRecord(goal: GoalEntry): SearchRecord;
  /** The passages of plan text as the search index holds them (drafts have none). */
  passageRecords: PassageRecord[];
  filterOptions: FilterOption[];
  /** What the search covers: published plan versions, and how many of them have goals and text on the site. */
  searchScope: { plans: number; withGoals: number; withText: number };
}

/** Appends to the list under a key, creating it. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function required<V>(map: Map<string, V>, id: string, what: string): V {
  const value = map.get(id);
  if (value === undefined) throw new Error(`No ${what} "${id}" in the content model`);
  return value;
}

const areaKey = (direction: string, area: string) => `${direction}/${area}`;

/** Runs of consecutive items with the same key, in order. */
function runs<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const out: T[][] = [];
  items.forEach((item, i) => {
    if (i > 0 && key(items[i - 1]) === key(item)) out.at(-1)!.push(item);
    else out.push([item]);
  });
  return out;
}

/** Pages of plan groups, each group weighing its goals. */
const pagesOfGroups = <G extends { goals: GoalEntry[] }>(groups: G[], pageEntries: number) =>
  numbered(paginate(groups, (g) => g.goals.length, pageEntries));

/**
 * `lifecycles` is each plan version's lifecycle in the content year (src/lib/lifecycle.ts): it orders a
 * region's versions and tells drafts from published versions.
 */
export function buildSiteIndex(
  model: ContentModel,
  cells: CoverageCell[],
  lifecycles: Map<string, Lifecycle>,
  passages: Passage[] = [],
  /** The most list entries a page holds (src/lib/paging.ts). */
  pageEntries = PAGE_ENTRIES,
): SiteIndex {
  const regions = new Map(model.regions.map((r) => [r.id, r]));
  const plans = new Map(model.plans.map((p) => [p.id, p]));
  const planOrder = new Map(model.plans.map((p, i) => [p.id, i]));
  const owners = new Map(model.owners.map((o) => [o.id, o]));
  const directions = new Map(model.directions.map((d) => [d.id, d]));
  const directionOrder = new Map(model.directions.map((d, i) => [d.id, i]));

  const plansByRegion = new Map<string, PlanEntry[]>();
  const following = new Map<string, PlanEntry[]>();
  const untranscribed = new Map<string, number>();
  let untranscribedTotal = 0;
  for (const plan of model.plans) {
    push(plansByRegion, plan.region, plan);
    for (const direction of plan.follows) push(following, direction, plan);
    if (plan.status !== 'complete') {
      untranscribed.set(plan.region, (untranscribed.get(plan.region) ?? 0) + 1);
      untranscribedTotal++;
    }
  }
  const versions = new Map([...plansByRegion].map(([region, list]) => [region, orderVersions(list, lifecycles)]));
  const versionsOf = (region: string) => versions.get(region) ?? [];
  const isPublished = (p: PlanEntry) => lifecycles.get(p.id)?.state !== 'draft';
  const published = model.plans.filter(isPublished);
  const followers = new Map([...following].map(([direction, list]) => [direction, list.filter(isPublished)]));

  const ownersByRegion = new Map<string | null, Owner[]>();
  for (const owner of model.owners) push(ownersByRegion, owner.region ?? null, owner);

  const goals: GoalEntry[] = [];
  const goalById = new Map<string, GoalEntry>();
  const areasByGoal = new Map<string, AreaRef[]>();
  const byArea = new Map<string, GoalEntry[]>();
  const byOwner = new Map<string, GoalEntry[]>();
  const byYear = new Map<number, GoalEntry[]>();
  // Per area, goal counts per region (in first-seen order, re-sorted to the regions' order below).
  const areaRegionCounts = new Map<string, Map<string, number>>();
  for (const plan of model.plans) {
    for (const goal of plan.goals) {
      goals.push(goal);
      goalById.set(goal.id, goal);
      const refs = Object.entries(goalAreas(goal, plan))
        .filter(([direction]) => directionOrder.has(direction))
        .sort(([a], [b]) => directionOrder.get(a)! - directionOrder.get(b)!)
        .flatMap(([direction, ids]) => ids.map((area) => ({ direction, area })));
      areasByGoal.set(goal.id, refs);
      for (const { direction, area } of refs) {
        const key = areaKey(direction, area);
        push(byArea, key, goal);
        const counts = areaRegionCounts.get(key) ?? new Map<string, number>();
        counts.set(plan.region, (counts.get(plan.region) ?? 0) + 1);
        areaRegionCounts.set(key, counts);
      }
      for (const owner of goal.owners) push(byOwner, owner, goal);
      if (goal.years) for (const year of yearsOf(goal.years)) push(byYear, year, goal);
    }
  }
  const regionOrder = new Map(model.regions.map((r, i) => [r.id, i]));
  const regionsByArea = new Map(
    [...areaRegionCounts].map(([key, counts]) => [
      key,
      [...counts]
        .map(([region, total]) => ({ region, total }))
        .sort((a, b) => (regionOrder.get(a.region) ?? Infinity) - (regionOrder.get(b.region) ?? Infinity)),
    ]),
  );
  const regionsInArea = (direction: string, area: string) => regionsByArea.get(areaKey(direction, area)) ?? [];

  const cellCounts = new Map<string, number>();
  const planGaps = new Map<string, CoverageCell[]>();
  for (const cell of cells) {
    const key = `${cell.direction}/${cell.area}/${cell.state}`;
    cellCounts.set(key, (cellCounts.get(key) ?? 0) + 1);
    if (cell.state === 'gap') push(planGaps, `${cell.plan}/${cell.direction}`, cell);
  }
  const cellOf = cellLookup(cells);

  const areasOfGoal = (goal: GoalEntry) => areasByGoal.get(goal.id) ?? [];
  const region = (id: string) => required(regions, id, 'region');
  const plan = (id: string) => required(plans, id, 'plan');
  const labelOfPlan = (id: string) => {
    const p = plan(id);
    return planLabel(p, region(p.region));
  };
  const lookups: SearchLookups = {
    model,
    plan,
    region,
    owners,
    planLabel: labelOfPlan,
    areasOf: areasOfGoal,
    ...searchLabels(model),
  };
  const records = searchRecords(lookups, goals);
  const passageIndex = passageRecords(lookups, passages);
  const withText = new Set(passages.map((p) => p.plan));

  const groupByPlan = (list: GoalEntry[]): PlanGroup[] => {
    const groups = new Map<string, GoalEntry[]>();
    for (const goal of list) push(groups, goal.plan, goal);
    return [...groups]
      .sort(([a], [b]) => (planOrder.get(a) ?? Infinity) - (planOrder.get(b) ?? Infinity))
      .map(([plan, planGoals]) => ({ plan: required(plans, plan, 'plan'), goals: planGoals }));
  };

  // Every paged list, split once (src/lib/paging.ts): a page renders its share and nothing else.
  const hierarchy = ownerHierarchy(model);
  const ownerPages = new Map(
    model.owners.map((owner) => {
      const groupsOf = (id: string) => groupByPlan(byOwner.get(id) ?? []).map((g) => ({ ...g, owner: id }));
      const sharing = hierarchy.sharedOwnersOf(owner);
      const pages = pagesOfGroups([...groupsOf(owner.id), ...sharing.flatMap((o) => groupsOf(o.id))], pageEntries);
      const split = (page: PageOf<OwnerGroup>): OwnerPage => ({
        ...page,
        own: page.items.filter((g) => g.owner === owner.id),
        shared: sharing
          .map((o) => ({
            owner: o,
            total: byOwner.get(o.id)?.length ?? 0,
            groups: page.items.filter((g) => g.owner === o.id),
          }))
          .filter((s) => s.groups.length > 0 || page.total === 1),
      });
      return [owner.id, pages.map(split)];
    }),
  );
  const yearPages = new Map([...byYear].map(([year, list]) => [year, pagesOfGroups(groupByPlan(list), pageEntries)]));
  const endingInYear = new Map(
    [...byYear].map(([year, list]) => [year, list.filter((g) => g.years?.to === year).length]),
  );
  const areaLists = new Map(
    model.directions.flatMap((direction) =>
      direction.areas.map((area) => {
        const entries = model.regions.flatMap((region) =>
          versionsOf(region.id).map((plan) => {
            const cell = cellOf(plan.id, direction.id, area.id);
            return { region, version: { plan, cell, goals: cell.goals.map((id) => goalById.get(id)!) } };
          }),
        );
        const without = withoutDataGroups(
          entries.filter((e) => !holdsData(e.version.cell)).map((e) => e.version.plan),
          direction,
        );
        const pages = paginate(
          entries.filter((e) => holdsData(e.version.cell)),
          (e) => Math.max(1, e.version.goals.length),
          pageEntries,
        );
        const lists = { pages: numbered(pages), without };
        return [areaKey(direction.id, area.id), lists] as const;
      }),
    ),
  );
  // A region's versions stay on one page, unless they alone are more than a page holds.
  const regionRuns = runs(published, (p) => p.region).flatMap((run) => paginate(run, () => 1, pageEntries));
  // A plan version's declared gaps in a direction, in area order.
  const gapsOfPlan = (plan: string, direction: string) => planGaps.get(`${plan}/${direction}`) ?? [];
  const coverageSection = (versions: PlanEntry[], direction: DirectionEntry): CoverageSection => {
    const { shown, left } = columnsWithData(versions, direction, cellOf);
    const followed = (followers.get(direction.id) ?? []).length > 0;
    return {
      direction,
      followed,
      shown,
      cells: shown.flatMap((p) => direction.areas.map((a) => cellOf(p.id, direction.id, a.id))),
      gaps: shown.flatMap((p) => gapsOfPlan(p.id, direction.id)),
      without: withoutDataGroups(left, direction).filter((w) => shown.length > 0 || w.why !== 'missing-data'),
    };
  };
  const coveragePages = numbered(paginate(regionRuns, (run) => run.length, pageEntries).map((page) => page.flat())).map(
    (page) => ({ ...page, sections: model.directions.map((d) => coverageSection(page.items, d)) }),
  );

  const moved = movedIds(model);

  return {
    model,
    cells,
    goals,
    regions,
    region,
    plan,
    planLabel: labelOfPlan,
    goal: (id) => goalById.get(id),
    movedGoals: moved.goals.map(({ from, to }) => ({ from, goal: goalById.get(to)! })),
    movedPlans: moved.plans.map(({ from, to }) => ({ from, plan: plans.get(to)! })),
    removedGoals: moved.removed.map(({ from, to }) => ({ from, plan: plans.get(to)! })),
    owners,
    hierarchy,
    directions,
    versionsOf,
    published,
    followers: (direction) => followers.get(direction) ?? [],
    ownersOfRegion: (region) => ownersByRegion.get(region) ?? [],
    areasOfGoal,
    goalsInArea: (direction, area) => byArea.get(areaKey(direction, area)) ?? [],
    regionsInArea,
    goalsOfOwner: (owner) => byOwner.get(owner) ?? [],
    goalsInYear: (year) => byYear.get(year) ?? [],
    endingInYear: (year) => endingInYear.get(year) ?? 0,
    years: [...byYear.keys()].sort((a, b) => a - b),
    ownerPages: (owner) => required(ownerPages, owner, 'owner'),
    yearPages: (year) => yearPages.get(year) ?? numbered([[]]),
    areaPages: (direction, area) => required(areaLists, areaKey(direction, area), 'area').pages,
    areaWithoutData: (direction, area) => required(areaLists, areaKey(direction, area), 'area').without,
    coveragePages,
    elsewhere: (goal) => {
      const own = required(plans, goal.plan, 'plan').region;
      return areasOfGoal(goal).map(({ direction, area }) => ({
        direction,
        area,
        regions: regionsInArea(direction, area).filter((r) => r.region !== own),
      }));
    },
    untranscribedElsewhere: (region) => untranscribedTotal - (untranscribed.get(region) ?? 0),
    groupByPlan,
    cellOf,
    cellCount: (direction, area, state) => cellCounts.get(`${direction}/${area}/${state}`) ?? 0,
    searchRecord: (goal) => required(records, goal.id, 'search record for goal'),
    passageRecords: passageIndex,
    filterOptions: filterOptions(lookups, records, passageIndex),
    searchScope: {
      plans: published.length,
      withGoals: published.filter((p) => p.goals.length > 0).length,
      withText: published.filter((p) => withText.has(p.id)).length,
    },
  };
}

/** Whether the year is the goal's deadline. */
export function endsIn(goal: GoalEntry, year: number): boolean {
  return goal.years?.to === year;
}
