// The validated content, indexed once for every page. Pages import from here and never query
// collections themselves (except the MDX prose, rendered by proseOf).
import { getEntry } from 'astro:content';
import { CONTENT_ENTRY, handedContent, handedProse, type ValidatedContent } from '../lib/content-entry.ts';
import { handedHistory } from '../lib/history-handover.ts';
import type { History } from '../lib/history.ts';
import { contentRoot } from '../lib/content-root.ts';
import { changeDays, changesByGoal } from '../lib/changes.ts';
import { contentDate, type Changed } from '../lib/last-changed.ts';
import { contentYear, isDraft, lifecycles } from '../lib/lifecycle.ts';
import { buildSiteIndex } from '../lib/site-index.ts';
import { BUILD_DRAFTS, PAGE_ENTRIES_SETTING, SOURCE_DATE_EPOCH } from '../site-config.ts';
import { abbreviationsOf } from '../lib/abbreviations.ts';

const root = contentRoot();
/** The dev server's content is in Astro's data store; a build's is handed over in memory (content-entry.ts). */
async function loadedContent(): Promise<ValidatedContent> {
  if (!import.meta.env.DEV) return handedContent(root);
  const entry = await getEntry('content', CONTENT_ENTRY);
  if (!entry) throw new Error('The validated content is missing: the content loader did not run.');
  const stored = entry.data as unknown as ValidatedContent;
  return stored;
}
const { model: content, coverage, passages } = await loadedContent();

// The pages list regions, owners, directions and plans in id order, as they always have.
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

/** Drafts (no adoption decision) are built only by the dev server or with BUILD_DRAFTS=1. */
export const includeDrafts = import.meta.env.DEV || BUILD_DRAFTS;
const plans = byId(content.plans).filter((p) => includeDrafts || !isDraft(p));
const built = new Set(plans.map((p) => p.id));

/**
 * The rendered HTML of a plan's introduction or chapter (the site's own Markdown output, from validated
 * prose with no raw HTML), or null when the file has no prose.
 */
export async function proseOf(planId: string, part: string): Promise<string | null> {
  if (!import.meta.env.DEV) return handedProse(root).get(`${planId}/${part}`) ?? null;
  const prose = await getEntry('prose', `${planId}/${part}`);
  if (!prose || !prose.body?.trim()) return null;
  return prose.rendered?.html ?? null;
}

const renames = new Map(content.redirects.map((r) => [r.from, r.to]));
/**
 * The history of a content root that none was handed over for: the dev server reads it when its pages load,
 * so an edit shows without a restart. A build is always handed one by its content gate, and leaves this
 * import out of the pages' bundle (import.meta.env.DEV is false there), and with it the validator and zod.
 */
const readHere = (): Promise<History> =>
  import.meta.env.DEV
    ? import('../lib/history.ts').then(({ readHistory }) => readHistory(root, renames))
    : Promise.reject(new Error('No history was handed over to the pages: the content gate did not run.'));
/** The content's history, read from git once for the whole build (none in a shallow clone or outside git). */
export const history = await (handedHistory(root, renames) ?? readHere());
if (!history.usable && !import.meta.env.DEV)
  console.log(
    history.reason === 'shallow'
      ? 'Versionshistoriken är grund (shallow clone): sidorna säger att ändringar och ändringsdatum inte finns i den här byggda versionen. Hämta hela historiken (git fetch --unshallow) för att ta med dem.'
      : 'Innehållet ligger inte i ett git-arkiv: sidorna säger att ändringar och ändringsdatum inte finns i den här byggda versionen.',
  );

/**
 * The date plan lifecycles are judged against and every "not found" is dated by: the day the content says
 * the sources were last searched (content/site.yaml), so a build inside or outside git says the same;
 * without it, the content's history. Never the build clock.
 */
export const asOf: { date: string; source: 'checked' | 'git' | 'epoch' | 'content' } = content.site
  ? { date: content.site.sourcesChecked, source: 'checked' }
  : (contentDate(SOURCE_DATE_EPOCH, history.contentDate, [
      ...plans.flatMap((p) => p.adoption.map((a) => a.date)),
      ...plans.map((p) => String(p.period.from)),
    ]) ?? { date: '1990', source: 'content' });
/** Facts about the site itself (content/site.yaml): publisher, contact, licence; null when not given. */
export const siteInfo = content.site ?? null;
/** Each plan version's lifecycle (in force, ended, upcoming, draft) in the content year. */
export const lifecycleOf = lifecycles(plans, contentYear(asOf.date));

/** Every lookup the pages need (src/lib/site-index.ts), over the plan versions this build publishes. */
export const site = buildSiteIndex(
  {
    ...content,
    regions: byId(content.regions),
    owners: byId(content.owners),
    directions: byId(content.directions),
    plans,
  },
  coverage.filter((c) => built.has(c.plan)),
  lifecycleOf,
  passages.filter((p) => built.has(p.plan)),
  PAGE_ENTRIES_SETTING,
);
export const model = site.model;
/** A region's plan versions in reading order: in force first, drafts last. */
export const versionsOf = site.versionsOf;

/** When each plan last changed, from the history (none without it: never a date that is not a change's). */
export const planChanged = new Map<string, Changed>(
  model.plans.flatMap((p) => {
    const date = history.planChanged.get(p.id);
    return date ? [[p.id, { date, source: 'git' as const }]] : [];
  }),
);
/** When each goal's own record last changed (none without history). */
export const goalChanged = history.goalChanged;
/** The public list of changes, per day, for the plan versions this build publishes. */
export const changeDaysList = changeDays(history.changes, new Set(site.published.map((p) => p.id)));
/** A goal's own changes, newest first, also under its earlier ids. */
export const changesOfGoal = changesByGoal(history.changes);

/** The abbreviations goal and plan pages mark on first use (those with a sourced written-out form). */
export const abbreviations = abbreviationsOf(content.terms ?? []);
