// Which direction areas each plan's goals reach, and where the gaps are. Pure: no file or Astro access.
import type { ContentModel, GoalEntry, PlanEntry } from './model.ts';

/** Areas a goal reaches per direction: its own override, else its chapter's mapping. */
export function goalAreas(goal: Pick<GoalEntry, 'chapter' | 'areas'>, plan: PlanEntry): Record<string, string[]> {
  if (goal.areas) return goal.areas;
  return plan.chapters.find((c) => c.id === goal.chapter)?.areas ?? {};
}

export type CellState = 'covered' | 'gap' | 'missing-data' | 'not-covered' | 'not-followed';

export interface CoverageCell {
  plan: string;
  direction: string;
  area: string;
  goals: string[];
  state: CellState;
  /** The declared reason when state is "gap". */
  reason?: string;
}

/**
 * One cell per plan × area of every direction. A plan whose goals are not (fully) transcribed has
 * "missing-data" where it has no goals, so a gap in our data is never shown as a gap in the plan.
 */
export function coverage(model: ContentModel): CoverageCell[] {
  const cells: CoverageCell[] = [];
  for (const direction of model.directions) {
    for (const plan of model.plans) {
      const follows = plan.follows.includes(direction.id);
      for (const area of direction.areas) {
        const goals = plan.goals.filter((g) => (goalAreas(g, plan)[direction.id] ?? []).includes(area.id)).map((g) => g.id);
        const gap = plan.gaps.find((g) => g.direction === direction.id && g.area === area.id);
        let state: CellState;
        if (goals.length > 0) state = 'covered';
        else if (!follows) state = 'not-followed';
        else if (gap) state = 'gap';
        else if (plan.status !== 'complete') state = 'missing-data';
        else state = 'not-covered';
        cells.push({ plan: plan.id, direction: direction.id, area: area.id, goals, state, ...(gap && state === 'gap' ? { reason: gap.reason } : {}) });
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
