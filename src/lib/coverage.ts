// Which direction areas each plan's goals reach, and where the gaps are. Pure: no file or Astro access.
import type { ContentModel, GoalEntry, PlanEntry } from './model.ts';

/** Areas a goal reaches per direction: its own override, else its chapter's mapping. */
export function goalAreas(goal: Pick<GoalEntry, 'chapter' | 'areas'>, plan: PlanEntry): Record<string, string[]> {
  if (goal.areas) return goal.areas;
  return plan.chapters.find((c) => c.id === goal.chapter)?.areas ?? {};
}

export type CellState = 'covered' | 'gap' | 'missing-data' | 'not-covered' | 'not-followed' | 'unknown';

export interface CoverageCell {
  plan: string;
  direction: string;
  area: string;
  goals: string[];
  state: CellState;
  /** The declared reason when state is "gap". */
  reason?: string;
  /** Who judged the gap, when state is "gap": the plan itself or the site's editors. */
  statedBy?: 'plan' | 'site';
}

/** Whether the plan started before the direction did, so it cannot have said it follows it. */
export function predates(plan: Pick<PlanEntry, 'period'>, direction: { period?: { from: number } }): boolean {
  return direction.period !== undefined && plan.period.from < direction.period.from;
}

/** How a plan stands to a direction: follows it, is older than it, its read text does not name it, or unknown. */
export type Relation = 'follows' | 'older' | 'not-stated' | 'unknown';

export function relation(
  plan: Pick<PlanEntry, 'follows' | 'followsComplete' | 'period'>,
  direction: { id: string; period?: { from: number } },
): Relation {
  if (plan.follows.includes(direction.id)) return 'follows';
  if (predates(plan, direction)) return 'older';
  return plan.followsComplete ? 'not-stated' : 'unknown';
}

/**
 * One cell per plan × area of every direction. A plan whose goals are not (fully) transcribed has
 * "missing-data" where it has no goals, so a gap in our data is never shown as a gap in the plan. A
 * direction the plan is not known to follow is "not-followed" only when that is known (the plan's text was
 * read, or the plan predates the direction), otherwise "unknown".
 */
export function coverage(model: ContentModel): CoverageCell[] {
  const cells: CoverageCell[] = [];
  for (const direction of model.directions) {
    for (const plan of model.plans) {
      const related = relation(plan, direction);
      const follows = related === 'follows';
      for (const area of direction.areas) {
        const goals = plan.goals
          .filter((g) => (goalAreas(g, plan)[direction.id] ?? []).includes(area.id))
          .map((g) => g.id);
        const gap = plan.gaps.find((g) => g.direction === direction.id && g.area === area.id);
        let state: CellState;
        if (goals.length > 0) state = 'covered';
        else if (!follows) state = related === 'unknown' ? 'unknown' : 'not-followed';
        else if (gap) state = 'gap';
        else if (plan.status !== 'complete') state = 'missing-data';
        else state = 'not-covered';
        const judged = gap && state === 'gap' ? { reason: gap.reason, statedBy: gap.statedBy } : {};
        cells.push({ plan: plan.id, direction: direction.id, area: area.id, goals, state, ...judged });
      }
    }
  }
  return cells;
}

/** Finds a plan's cell for a direction area without scanning: the pages and the report look up many. */
export function cellLookup(cells: CoverageCell[]): (plan: string, direction: string, area: string) => CoverageCell {
  const byKey = new Map(cells.map((c) => [`${c.plan}/${c.direction}/${c.area}`, c]));
  return (plan, direction, area) => {
    const cell = byKey.get(`${plan}/${direction}/${area}`);
    if (!cell) throw new Error(`No coverage cell for ${plan}/${direction}/${area}`);
    return cell;
  };
}

/** Cell states that say something about the plan itself: its goals, a gap, or that it has no goals there. */
const HOLDS_DATA: ReadonlySet<CellState> = new Set(['covered', 'gap', 'not-covered']);
/** Whether a cell says something about the plan (and is worth a row or a column), not about missing data. */
export const holdsData = (cell: Pick<CoverageCell, 'state'>) => HOLDS_DATA.has(cell.state);

/**
 * A direction's table shows as columns only the plan versions with something to compare in it (a goal, a
 * gap, or goals transcribed and none there); the rest, whose cells would all say that data is missing or
 * the framework is not followed, are named once instead.
 */
export function columnsWithData<P extends { id: string }>(
  plans: P[],
  direction: { id: string; areas: { id: string }[] },
  cellOf: (plan: string, direction: string, area: string) => CoverageCell,
): { shown: P[]; left: P[] } {
  const holds = (p: P) => direction.areas.some((a) => holdsData(cellOf(p.id, direction.id, a.id)));
  return { shown: plans.filter(holds), left: plans.filter((p) => !holds(p)) };
}

/**
 * Why a plan version has nothing to compare in a framework or one of its areas: it follows the framework
 * but its goals are not on the site, its text was read and does not name the framework, it is older than
 * the framework, or it is not known whether it follows it. Listed in this order.
 */
export const WITHOUT_DATA = ['missing-data', 'not-stated', 'older', 'unknown'] as const;
export type WithoutData = (typeof WITHOUT_DATA)[number];

/** The versions with nothing to compare (columnsWithData's `left`, an area's versions without data), by why. */
export function withoutDataGroups<P extends Pick<PlanEntry, 'follows' | 'followsComplete' | 'period'>>(
  plans: P[],
  direction: { id: string; period?: { from: number } },
): { why: WithoutData; plans: P[] }[] {
  const why = (plan: P): WithoutData => {
    const related = relation(plan, direction);
    return related === 'follows' ? 'missing-data' : related;
  };
  return WITHOUT_DATA.map((w) => ({ why: w, plans: plans.filter((p) => why(p) === w) })).filter(
    (group) => group.plans.length > 0,
  );
}
