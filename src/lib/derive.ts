// Derived views of the content model for pages: indexes by area, owner and year, plan versions per
// region. Pure functions: no file or Astro access, so they are unit-tested on small models.
import { goalAreas } from './coverage.ts';
import type { ContentModel, GoalEntry, PlanEntry } from './model.ts';
import { yearsOf } from './timeframe.ts';

/** A region's plan versions, newest first. */
export function plansOfRegion(model: ContentModel, regionId: string): PlanEntry[] {
  return model.plans.filter((p) => p.region === regionId).sort((a, b) => b.period.from - a.period.from);
}

/** The current version is a region's newest; older ones are archived. */
export function isCurrent(model: ContentModel, plan: PlanEntry): boolean {
  return plansOfRegion(model, plan.region)[0]?.id === plan.id;
}

export function regionOf(model: ContentModel, plan: PlanEntry) {
  return model.regions.find((r) => r.id === plan.region)!;
}

export function planOf(model: ContentModel, goal: GoalEntry): PlanEntry {
  return model.plans.find((p) => p.id === goal.plan)!;
}

export function allGoals(model: ContentModel): GoalEntry[] {
  return model.plans.flatMap((p) => p.goals);
}

/** Old goal ids (content/redirects.yaml entries that lead to a goal), each with the goal it leads to. */
export function movedGoals(model: ContentModel): { from: string; goal: GoalEntry }[] {
  const goals = new Map(allGoals(model).map((g) => [g.id, g]));
  return model.redirects.flatMap((r) => (goals.has(r.to) ? [{ from: r.from, goal: goals.get(r.to)! }] : []));
}

/** Old plan ids (entries that lead to a plan), each with the plan it leads to. */
export function movedPlans(model: ContentModel): { from: string; plan: PlanEntry }[] {
  const plans = new Map(model.plans.map((p) => [p.id, p]));
  return model.redirects.flatMap((r) => (plans.has(r.to) ? [{ from: r.from, plan: plans.get(r.to)! }] : []));
}

/** Goals grouped by plan, in plan order, leaving out plans with none. */
export function groupByPlan(model: ContentModel, goals: GoalEntry[]): { plan: PlanEntry; goals: GoalEntry[] }[] {
  return model.plans
    .map((plan) => ({ plan, goals: goals.filter((g) => g.plan === plan.id) }))
    .filter((group) => group.goals.length > 0);
}

export function goalsInArea(model: ContentModel, directionId: string, areaId: string): GoalEntry[] {
  return model.plans.flatMap((plan) => plan.goals.filter((g) => (goalAreas(g, plan)[directionId] ?? []).includes(areaId)));
}

/** The areas a goal serves, as [direction, area] pairs in direction order. */
export function areasOfGoal(model: ContentModel, goal: GoalEntry): { direction: string; area: string }[] {
  const map = goalAreas(goal, planOf(model, goal));
  return model.directions.flatMap((d) => (map[d.id] ?? []).map((area) => ({ direction: d.id, area })));
}

/** Every goal by the areas it serves, keyed "direction/area": built once, read by every goal page. */
export function areaIndex(model: ContentModel): Map<string, GoalEntry[]> {
  const index = new Map<string, GoalEntry[]>();
  for (const plan of model.plans) {
    for (const goal of plan.goals) {
      for (const [direction, areas] of Object.entries(goalAreas(goal, plan))) {
        for (const area of areas) {
          const key = `${direction}/${area}`;
          index.set(key, [...(index.get(key) ?? []), goal]);
        }
      }
    }
  }
  return index;
}

export interface ElsewhereInArea {
  direction: string;
  area: string;
  regions: { region: string; total: number; sample: GoalEntry[] }[];
}

/**
 * Per area of a goal, the other regions' goals in the same area: a count and the first few, so a goal
 * page stays the same size however much content there is (the area page lists them all).
 */
export function sameAreaElsewhere(model: ContentModel, index: Map<string, GoalEntry[]>, goal: GoalEntry, sampleSize = 3): ElsewhereInArea[] {
  const regionOfPlan = new Map(model.plans.map((p) => [p.id, p.region]));
  const own = regionOfPlan.get(goal.plan);
  return areasOfGoal(model, goal).map(({ direction, area }) => {
    const others = (index.get(`${direction}/${area}`) ?? []).filter((g) => regionOfPlan.get(g.plan) !== own);
    const regions = model.regions
      .map((r) => {
        const goals = others.filter((g) => regionOfPlan.get(g.plan) === r.id);
        return { region: r.id, total: goals.length, sample: goals.slice(0, sampleSize) };
      })
      .filter((r) => r.total > 0);
    return { direction, area, regions };
  });
}

export function goalsOfOwner(model: ContentModel, ownerId: string): GoalEntry[] {
  return allGoals(model).filter((g) => g.owners.includes(ownerId));
}

/** Every year some goal's timeframe covers, ascending. */
export function goalYears(model: ContentModel): number[] {
  const years = new Set<number>();
  for (const goal of allGoals(model)) if (goal.years) yearsOf(goal.years).forEach((y) => years.add(y));
  return [...years].sort((a, b) => a - b);
}

/** Goals whose timeframe covers the year (a goal for 2022–2024 is worked on in 2023 and due in 2024). */
export function goalsInYear(model: ContentModel, year: number): GoalEntry[] {
  return allGoals(model).filter((g) => g.years !== null && g.years.from <= year && year <= g.years.to);
}

/** Whether the year is the goal's deadline. */
export function endsIn(goal: GoalEntry, year: number): boolean {
  return goal.years?.to === year;
}
