// The abbreviations of a plan page's head, marked in its reading order before its text's: who adopted the
// plan (the facts), the owners with the most goals or, without goals here, the source (the summary), then
// "Om källan" (sources, what the site holds, notes on the decisions). Pure, like abbreviations.ts: the page
// passes its one `seen` set on to the introduction and chapters.
import { abbreviate, type Abbreviation, type Piece } from './abbreviations.ts';
import type { PlanEntry } from './model.ts';
import { SHOWN_OWNERS, type PlanSummary } from './plan-summary.ts';

export interface PlanHeadMarks {
  /** Each adopting body, as plan.adoption (null where the body is not known). */
  bodies: (Piece[] | null)[];
  /** The summary's owners by id (each name is a link: its marks go inside it). */
  ownerNames: Map<string, Piece[]>;
  /** The source's title where the summary links to it (a plan whose goals are not here). */
  summarySource: Piece[] | null;
  /** "Om källan": the source's and the other sources' titles, what the site holds, the notes. */
  source: Piece[];
  references: Piece[][];
  statusNote: Piece[];
  notes: Piece[][];
}

export function planHeadMarks(
  plan: Pick<PlanEntry, 'adoption' | 'source' | 'references' | 'statusNote'>,
  summary: PlanSummary,
  ownerName: (id: string) => string,
  abbreviations: Abbreviation[],
  seen: Set<string>,
): PlanHeadMarks {
  const mark = (text: string) => abbreviate(text, abbreviations, seen);
  const bodies = plan.adoption.map((a) => (a.body ? mark(a.body) : null));
  const ownerNames = new Map(summary.owners.slice(0, SHOWN_OWNERS).map((o) => [o.id, mark(ownerName(o.id))]));
  const summarySource = summary.goals === 0 ? mark(plan.source.title) : null;
  return {
    bodies,
    ownerNames,
    summarySource,
    source: mark(plan.source.title),
    references: plan.references.map((r) => mark(r.title)),
    statusNote: mark(plan.statusNote),
    notes: plan.adoption.flatMap((a) => (a.note ? [mark(a.note)] : [])),
  };
}
