// Loads the collections once and rebuilds the content model for every page. Pages import from here and
// never query collections themselves.
import { getCollection, getEntry, render } from 'astro:content';
import { contentRoot } from '../lib/content-root.ts';
import { cellLookup, coverage } from '../lib/coverage.ts';
import { areaIndex } from '../lib/derive.ts';
import { contentDate, goalsChanged, historyUsable, lastChanged } from '../lib/last-changed.ts';
import { contentYear, isDraft, lifecycles, orderVersions } from '../lib/lifecycle.ts';
import type { ContentModel, PlanEntry } from '../lib/model.ts';

const [regions, owners, directions, plans, goals, redirects, vocabulary] = await Promise.all([
  getCollection('regions'),
  getCollection('owners'),
  getCollection('directions'),
  getCollection('plans'),
  getCollection('goals'),
  getCollection('redirects'),
  getCollection('vocabulary'),
]);

const goalData = goals.map((g) => g.data).sort((a, b) => a.plan.localeCompare(b.plan) || a.line - b.line);

/** Drafts (no adoption decision) are built only by the dev server or with BUILD_DRAFTS=1. */
export const includeDrafts = import.meta.env.DEV || process.env.BUILD_DRAFTS === '1';

export const model: ContentModel = {
  regions: regions.map((r) => r.data),
  owners: owners.map((o) => o.data),
  directions: directions.map((d) => d.data),
  plans: plans
    .filter((p) => includeDrafts || !isDraft(p.data))
    .map((p): PlanEntry => ({ ...p.data, goals: goalData.filter((g) => g.plan === p.data.id) }))
    .sort((a, b) => a.id.localeCompare(b.id)),
  redirects: redirects.map(({ data: { id: _id, ...r } }) => r),
  vocabulary: vocabulary.map(({ data: { id: _id, ...v } }) => v),
};

export const cells = coverage(model);
/** A plan's coverage cell for a direction area, looked up once per page instead of scanned. */
export const cellOf = cellLookup(cells);

/** The rendered MDX of a plan's introduction or chapter, or null when the file has no prose. */
export async function proseOf(planId: string, part: string) {
  const entry = await getEntry('prose', `${planId}/${part}`);
  if (!entry || !entry.body?.trim()) return null;
  const { Content } = await render(entry);
  return Content;
}

export const ownersById = new Map(model.owners.map((o) => [o.id, o]));
export const directionsById = new Map(model.directions.map((d) => [d.id, d]));
/** Goals by "direction/area", indexed once for all goal pages. */
export const goalsByArea = areaIndex(model);

const root = contentRoot();
const useGit = historyUsable(root);
/** When each plan last changed: git history, or the plan's own date in shallow clones. */
export const planChanged = new Map(
  model.plans.map((p) => [p.id, lastChanged(root, `plans/${p.id}`, p.adoption.map((a) => a.date), useGit)]),
);

/** The date plan lifecycles are judged against: from the content's history, never the build clock. */
export const asOf = contentDate(root, process.env.SOURCE_DATE_EPOCH, [
  ...model.plans.flatMap((p) => p.adoption.map((a) => a.date)),
  ...model.plans.map((p) => String(p.period.from)),
]) ?? { date: '1990', source: 'content' as const };
/** Each plan version's lifecycle (in force, ended, upcoming, draft) in the content year. */
export const lifecycleOf = lifecycles(model.plans, contentYear(asOf.date));
/** A region's plan versions in reading order: in force first, drafts last. */
export const versionsOf = (regionId: string) => orderVersions(model.plans.filter((p) => p.region === regionId), lifecycleOf);
/** When each goal's own lines last changed in git (none in shallow clones or outside git). */
export const goalChanged = goalsChanged(root, model.plans.flatMap((p) => p.goals), useGit);
