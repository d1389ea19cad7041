// Where each plan version stands on its own dates: in force, ended (and whether a later plan is known),
// upcoming, or a draft. Judged against the content date (from the content's history, never the clock), so
// two builds of one commit say the same. Pure: no file, git or Astro access.

/** The fields of a plan version the lifecycle reads. */
export interface LifecyclePlan {
  id: string;
  region: string;
  period: { from: number; to: number | null };
  adoption: readonly unknown[];
  /** For a plan without an end year: when a source last said it applies. */
  confirmedInForce?: string;
}

export type Lifecycle =
  | { state: 'draft' }
  | { state: 'upcoming' }
  | { state: 'in-force' }
  | { state: 'unconfirmed' }
  | { state: 'ended'; laterKnown: boolean };

export type LifecycleState = Lifecycle['state'];

/** A plan version is a draft until it records an adoption decision (or an entry saying it was published). */
export function isDraft(plan: LifecyclePlan): boolean {
  return plan.adoption.length === 0;
}

/**
 * The version a new version of a region follows: the region's latest non-draft version starting no later
 * than it (a draft is never the base of another; of two starting the same year, the longer). `npm run
 * new-plan` copies it, and the check compares a draft with it.
 */
export function previousVersion<P extends LifecyclePlan>(
  all: readonly P[],
  next: { id?: string; region: string; from: number },
): P | undefined {
  const end = (p: P) => p.period.to ?? Infinity;
  return all
    .filter((p) => p.region === next.region && p.id !== next.id && !isDraft(p) && p.period.from <= next.from)
    .sort((a, b) => b.period.from - a.period.from || end(b) - end(a))[0];
}

/**
 * A plan version's state in the content year. A later plan is known when the region has another
 * non-draft version starting after this one; drafts never count, so a draft never ends an adopted plan.
 * A plan without an end year is in force only while a source has said so (`confirmedInForce`); an old
 * page saying "2015 och framåt" does not show that it applies today, so without it the state is
 * "unconfirmed".
 */
export function lifecycleOf(plan: LifecyclePlan, all: readonly LifecyclePlan[], year: number): Lifecycle {
  if (isDraft(plan)) return { state: 'draft' };
  if (year < plan.period.from) return { state: 'upcoming' };
  if (plan.period.to === null) return plan.confirmedInForce ? { state: 'in-force' } : { state: 'unconfirmed' };
  if (year <= plan.period.to) return { state: 'in-force' };
  const laterKnown = all.some(
    (p) => p.region === plan.region && p.id !== plan.id && !isDraft(p) && p.period.from > plan.period.from,
  );
  return { state: 'ended', laterKnown };
}

export function lifecycles(plans: readonly LifecyclePlan[], year: number): Map<string, Lifecycle> {
  return new Map(plans.map((p) => [p.id, lifecycleOf(p, plans, year)]));
}

const RANK: Record<LifecycleState, number> = { 'in-force': 0, upcoming: 1, unconfirmed: 2, ended: 3, draft: 4 };

/**
 * A region's versions for reading: in force first, then upcoming, then open-ended ones not confirmed in
 * force, then ended ones newest first, drafts last; within a state the later start first.
 */
export function orderVersions<P extends LifecyclePlan>(plans: readonly P[], states: Map<string, Lifecycle>): P[] {
  const rank = (p: P) => RANK[states.get(p.id)?.state ?? 'draft'];
  return [...plans].sort((a, b) => rank(a) - rank(b) || b.period.from - a.period.from || a.id.localeCompare(b.id));
}

/**
 * The version a region's reader asks about: the first published one in reading order, so the plan in force,
 * else an upcoming one, else an open-ended one not confirmed in force, else the latest whose period ended.
 */
export function headlineVersion<P extends LifecyclePlan>(
  ordered: readonly P[],
  states: Map<string, Lifecycle>,
): P | undefined {
  return ordered.find((p) => (states.get(p.id)?.state ?? 'draft') !== 'draft');
}

/** The content year: the year of a YYYY(-MM(-DD)) content date. */
export function contentYear(date: string): number {
  return Number(date.slice(0, 4));
}
