// Drafts stay drafts: a plan version without an adoption decision is not published, and the check says
// what still makes it an unedited copy (title not confirmed, no decision, text identical to the plan it
// was started from), so a forgotten draft is noticed rather than silently left out.
import { isDraft, previousVersion } from '../lifecycle.ts';
import type { ContentModel } from '../model.ts';
import { makeIssue, type Issue } from './issue.ts';
import type { LoadedFiles, PlanFiles } from './load.ts';
import { locate } from './source.ts';
import { listSv } from '../swedish-list.ts';

/** What in the draft is word for word the previous version's: introduction, chapters, goal texts. */
function identicalParts(
  draft: PlanFiles,
  previous: PlanFiles | undefined,
  model: ContentModel,
  previousId: string,
): string[] {
  if (!previous) return [];
  const parts: string[] = [];
  const same = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && a.trim() !== '' && a === b;
  if (same(draft.intro?.body, previous.intro?.body)) parts.push('inledningen');
  const oldChapters = new Map(previous.chapters.map((c) => [c.id, c.body]));
  const chapters = draft.chapters.filter((c) => same(c.body, oldChapters.get(c.id))).length;
  if (chapters > 0) parts.push(chapters === 1 ? '1 kapitel' : `${chapters} kapitel`);
  const oldTexts = new Set(model.plans.find((p) => p.id === previousId)?.goals.map((g) => g.text));
  const goals = model.plans.find((p) => p.id === draft.id)?.goals.filter((g) => oldTexts.has(g.text)).length ?? 0;
  if (goals > 0) parts.push(goals === 1 ? '1 måltext' : `${goals} måltexter`);
  return parts;
}

export function draftIssues(files: LoadedFiles, model: ContentModel): Issue[] {
  const issues: Issue[] = [];
  // An adopted plan would be published with what new-plan copied: the text and frameworks of another plan.
  for (const plan of model.plans.filter((p) => !isDraft(p) && !p.copyConfirmed)) {
    const source = files.plans.find((p) => p.id === plan.id)?.plan?.source;
    if (source) issues.push(makeIssue('copy-unconfirmed', {}, locate(source, ['copyConfirmed'], true)));
  }
  for (const plan of model.plans.filter(isDraft)) {
    const pf = files.plans.find((p) => p.id === plan.id);
    if (!pf?.plan?.source) continue;
    const previous = previousVersion(model.plans, { id: plan.id, region: plan.region, from: plan.period.from });
    const details = ['inget beslut om antagande är registrerat (adoption är tom)'];
    if (!plan.titleConfirmed) details.unshift('titeln är inte bekräftad (titleConfirmed: false)');
    if (!plan.copyConfirmed)
      details.push(
        'kopierad text, kapitlens områden och follows är inte jämförda med den nya planen (copyConfirmed: false)',
      );
    const identical = previous
      ? identicalParts(
          pf,
          files.plans.find((p) => p.id === previous.id),
          model,
          previous.id,
        )
      : [];
    if (previous && identical.length > 0) details.push(`${listSv(identical)} är identiska med plans/${previous.id}/`);
    issues.push(makeIssue('draft-unedited', { detail: listSv(details) }, locate(pf.plan.source, ['adoption'], true)));
  }
  return issues;
}
