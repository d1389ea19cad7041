// Old ids that lead on (content/redirects.yaml): which of them are goals', which plans' and which are goals
// removed for good, decided once for the pages at those addresses (site index) and the sitemap, which lists
// only addresses with content of their own.
import type { ContentModel } from './model.ts';
import { goalPath, planPath } from './paths.ts';

export interface MovedIds {
  /** Old goal ids, each with the id of the goal it leads to. */
  goals: { from: string; to: string }[];
  /** Old plan ids, each with the id of the plan it leads to. */
  plans: { from: string; to: string }[];
  /** Ids of goals removed for good, each with the id of the plan it stood in. */
  removed: { from: string; to: string }[];
}

export function movedIds({ plans, redirects }: Pick<ContentModel, 'plans' | 'redirects'>): MovedIds {
  const planIds = new Set(plans.map((p) => p.id));
  const goalIds = new Set(plans.flatMap((p) => p.goals.map((g) => g.id)));
  const pick = (keep: (r: (typeof redirects)[number]) => boolean) =>
    redirects.filter(keep).map(({ from, to }) => ({ from, to }));
  return {
    goals: pick((r) => !r.removed && goalIds.has(r.to)),
    plans: pick((r) => !r.removed && planIds.has(r.to)),
    removed: pick((r) => r.removed === true && planIds.has(r.to)),
  };
}

/** The addresses of the "moved" and "removed" pages ("/mal/<old id>/"), relative to the site's base path. */
export function movedPaths(moved: MovedIds): Set<string> {
  return new Set([
    ...[...moved.goals, ...moved.removed].map((m) => goalPath(m.from)),
    ...moved.plans.map((m) => planPath(m.from)),
  ]);
}

/**
 * Whether a built page belongs in the sitemap: not the 404 page, not the editor, not an old address that
 * only leads on (those say noindex). `base` is the site's base path ("/" or "/cancerplaner/").
 */
export function inSitemap(pageUrl: string, base: string, moved: ReadonlySet<string>): boolean {
  const path = new URL(pageUrl).pathname;
  if (!path.startsWith(base)) return false;
  const local = `/${path.slice(base.length)}`;
  return !/^\/(404|redigera)\/$/.test(local) && !moved.has(local);
}
