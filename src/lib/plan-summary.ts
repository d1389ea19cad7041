// What a plan page says first: how many goals, in which chapters, whose, and the span of their timeframes.
// Pure: no file or Astro access.
import type { PlanEntry } from './model.ts';

/** Owners the summary names with their goal counts (the page's details block); the rest are counted. */
export const SHOWN_OWNERS = 4;

export interface PlanSummary {
  goals: number;
  /** Goals per chapter id, for chapters that have any. */
  perChapter: Map<string, number>;
  /** Owners by how many of the plan's goals name them, most first (ties in the plan's order). */
  owners: { id: string; goals: number }[];
  /** The earliest start and latest end of the goals' timeframes, or null when none is known. */
  span: { from: number; to: number } | null;
}

export function planSummary(plan: Pick<PlanEntry, 'goals'>): PlanSummary {
  const perChapter = new Map<string, number>();
  const owners = new Map<string, number>();
  let span: PlanSummary['span'] = null;
  for (const goal of plan.goals) {
    perChapter.set(goal.chapter, (perChapter.get(goal.chapter) ?? 0) + 1);
    for (const owner of goal.owners) owners.set(owner, (owners.get(owner) ?? 0) + 1);
    if (goal.years)
      span = span
        ? { from: Math.min(span.from, goal.years.from), to: Math.max(span.to, goal.years.to) }
        : { ...goal.years };
  }
  return {
    goals: plan.goals.length,
    perChapter,
    // Map keeps first-seen order, and the sort is stable: ties stay in the plan's order.
    owners: [...owners].map(([id, goals]) => ({ id, goals })).sort((a, b) => b.goals - a.goals),
    span,
  };
}
