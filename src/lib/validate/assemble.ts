// Joins the parsed files into the content model. Records that failed their schema are left out unless
// they are whole without their faulty optional fields, so the cross-file rules only see well-formed
// records and never report the same fault twice.
import type { ChapterEntry, ContentModel, GoalEntry, PlanEntry } from '../model.ts';
import { parseTimeframe } from '../timeframe.ts';
import type { LoadedFiles, Parsed, PlanFiles } from './load.ts';
import { locate } from './source.ts';

/** A list file's items that can be used: all of them, or those whole once their faulty optional fields are left out. */
export function usableItems<T>(p: Parsed<T[]> | null | undefined): (T & { index: number })[] {
  if (!p) return [];
  if (p.data) return p.data.map((item, index) => ({ ...item, index }));
  return (p.records ?? []).flatMap((r, index) => (r.complete ? [{ ...(r.complete as T), index }] : []));
}

/**
 * A one-block file's data (plan.yaml, a chapter, a direction), only when all of it passed its schema: its
 * defaults (follows, areas) would otherwise stand in for a misspelt field and make other rules misfire.
 */
export function usable<T>(p: Parsed<T> | null | undefined): T | undefined {
  return p?.data;
}

const withoutIndex = <T extends { index: number }>({ index: _index, ...rest }: T) => rest;

export function assemble(files: LoadedFiles): ContentModel {
  return {
    regions: usableItems(files.regions).map(withoutIndex),
    owners: usableItems(files.owners).map(withoutIndex),
    directions: files.directions.flatMap((d) => {
      const data = usable(d);
      return data ? [{ ...data, id: d.id }] : [];
    }),
    plans: files.plans.flatMap((p) => {
      const plan = assemblePlan(p);
      return plan ? [plan] : [];
    }),
    redirects: usableItems(files.redirects).map(withoutIndex),
    vocabulary: usableItems(files.vocabulary).map(withoutIndex),
    site: usable(files.site) ?? null,
    places: usable(files.places),
    terms: usableItems(files.terms).map(withoutIndex),
  };
}

function assemblePlan(p: PlanFiles): PlanEntry | null {
  const meta = usable(p.plan);
  if (!meta) return null;
  const chapters: ChapterEntry[] = p.chapters
    .flatMap((c) => {
      const data = usable(c);
      return data ? [{ ...data, id: c.id, plan: p.id, file: c.file }] : [];
    })
    .sort((a, b) => a.order - b.order);
  const goalsFile = p.goals;
  const goals: GoalEntry[] = goalsFile?.source
    ? usableItems(goalsFile).map(({ index, ...g }) => {
        const parsed = g.timeframe === null ? null : parseTimeframe(g.timeframe);
        return {
          ...g,
          plan: p.id,
          file: goalsFile.file,
          line: locate(goalsFile.source!, [index]).line,
          years: parsed?.ok ? parsed.years : null,
        };
      })
    : [];
  return {
    ...meta,
    id: p.id,
    introFile: usable(p.intro) ? p.intro!.file : null,
    introTitle: usable(p.intro)?.title ?? null,
    chapters,
    goals,
  };
}
