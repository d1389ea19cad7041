// An owner written by its display name ("Regionerna", "RCC Norr") where its id belongs. The schema would
// say only "not a valid id" (or the cross-file rule "unknown owner"); this names the id(s) with that name,
// preferring the plan's own healthcare region, and replaces those less helpful issues at the same place.
import type { ContentModel } from '../model.ts';
import { makeIssue, type Issue } from './issue.ts';
import type { LoadedFiles } from './load.ts';
import { locate } from './source.ts';
import { cutText } from '../cut-text.ts';
import { listSv } from '../swedish-list.ts';

const key = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');

export function checkOwnerNames(files: LoadedFiles, model: ContentModel): Issue[] {
  const ids = new Set(model.owners.map((o) => o.id));
  const byName = new Map<string, typeof model.owners>();
  for (const owner of model.owners) byName.set(key(owner.name), [...(byName.get(key(owner.name)) ?? []), owner]);
  const issues: Issue[] = [];
  for (const plan of files.plans) {
    const source = plan.goals?.source;
    if (!source || !Array.isArray(source.data)) continue;
    const raw = plan.plan?.source?.data as { region?: unknown } | undefined;
    const region = typeof raw?.region === 'string' ? raw.region : undefined;
    source.data.forEach((goal: unknown, i: number) => {
      const owners = (goal as { owners?: unknown } | null)?.owners;
      if (!Array.isArray(owners)) return;
      owners.forEach((value: unknown, j: number) => {
        if (typeof value !== 'string' || ids.has(value)) return;
        const named = byName.get(key(value));
        if (!named) return;
        const own = named.filter((o) => o.region === region);
        const offered = (own.length > 0 ? own : named).map(
          (o) => `"${o.id}"${o.region && own.length === 0 ? ` (${o.region})` : ''}`,
        );
        const list = offered.length === 1 ? offered[0] : `ett av ${listSv(offered, 'eller')}`;
        issues.push(makeIssue('owner-by-name', { value: cutText(value), ids: list }, locate(source, [i, 'owners', j])));
      });
    });
  }
  return issues;
}

/** Leaves out the id-format and unknown-owner issues that an owner-by-name issue at the same place explains. */
export function withoutExplained(issues: Issue[], explained: Issue[]): Issue[] {
  const at = new Set(explained.map((i) => `${i.file}:${i.line}:${i.col}`));
  return issues.filter(
    (i) => !((i.code === 'id-format' || i.code === 'unknown-owner') && at.has(`${i.file}:${i.line}:${i.col}`)),
  );
}
