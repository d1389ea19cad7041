// Joins the parsed files into the content model. Files that failed their schema are left out, so the
// cross-file rules only see well-formed records and never report the same fault twice.
import type { ChapterEntry, ContentModel, GoalEntry, PlanEntry } from '../model.ts';
import { parseTimeframe } from '../timeframe.ts';
import type { LoadedFiles, PlanFiles } from './load.ts';
import { locate } from './source.ts';

export function assemble(files: LoadedFiles): ContentModel {
  return {
    regions: files.regions.data ?? [],
    owners: files.owners.data ?? [],
    directions: files.directions.flatMap((d) => (d.data ? [{ ...d.data, id: d.id }] : [])),
    plans: files.plans.flatMap((p) => {
      const plan = assemblePlan(p);
      return plan ? [plan] : [];
    }),
    redirects: files.redirects?.data ?? [],
    vocabulary: files.vocabulary?.data ?? [],
  };
}

function assemblePlan(p: PlanFiles): PlanEntry | null {
  const meta = p.plan?.data;
  if (!meta) return null;
  const chapters: ChapterEntry[] = p.chapters
    .flatMap((c) => (c.data ? [{ ...c.data, id: c.id, plan: p.id, file: c.file }] : []))
    .sort((a, b) => a.order - b.order);
  const goalsFile = p.goals;
  const goals: GoalEntry[] =
    goalsFile?.data && goalsFile.source
      ? goalsFile.data.map((g, i) => {
          const parsed = g.timeframe === null ? null : parseTimeframe(g.timeframe);
          return {
            ...g,
            plan: p.id,
            file: goalsFile.file,
            line: locate(goalsFile.source!, [i]).line,
            years: parsed?.ok ? parsed.years : null,
          };
        })
      : [];
  return {
    ...meta,
    id: p.id,
    introFile: p.intro?.data ? p.intro.file : null,
    introTitle: p.intro?.data?.title ?? null,
    chapters,
    goals,
  };
}
