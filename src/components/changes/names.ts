// How the list of changes names plans, owners and chapters, shared by the changes page, the goal page and
// the feed.
import { site } from '../../data/site.ts';
import type { ChangeNames } from '../../i18n/changes.ts';

/** A plan version as the list of changes names it: region and period, e.g. "Norr 2022–2024". */
export const planLabel = (id: string) => site.planLabel(id);

/** Names of owners and of the plan's chapters, by id; an id no longer in the content is shown as it is. */
export const namesFor = (planId: string): ChangeNames => ({
  owner: (id) => site.owners.get(id)?.name ?? id,
  chapter: (id) => site.plan(planId).chapters.find((c) => c.id === id)?.title ?? id,
});

/** A goal's text cut for a list line. */
export const shortText = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);
