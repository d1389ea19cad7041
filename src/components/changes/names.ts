// How the list of changes names plans, owners and chapters, shared by the changes page, the goal page and
// the feed.
import { site } from '../../data/site.ts';
import { changeSentence, manySentence, type ChangeNames } from '../../i18n/changes.ts';
import type { ChangeLine } from '../../lib/changes.ts';
import { cutText } from '../../lib/cut-text.ts';
import type { GoalEntry } from '../../lib/model.ts';

/** Names of owners and of the plan's chapters, by id; an id no longer in the content is shown as it is. */
const namesFor = (planId: string): ChangeNames => ({
  owner: (id) => site.owners.get(id)?.name ?? id,
  chapter: (id) => site.plan(planId).chapters.find((c) => c.id === id)?.title ?? id,
});

/** A goal's text cut for a list line. */
export const shortText = (text: string) => cutText(text, 90);

/** One line of the list of changes, in words: the same for the page (with links) and the feed (as text). */
export interface LineWords {
  /** The plan it concerns, "Norr 2022–2024". */
  plan: string;
  sentence: string;
  /** The goal it concerns, when it is still published. */
  goal?: GoalEntry;
  /** A removed goal's last text, cut for the line. */
  removed?: string;
}

export function lineWords(line: ChangeLine): LineWords {
  const { change } = line;
  const plan = site.planLabel(change.plan);
  if (line.kind === 'many') return { plan, sentence: manySentence(line.changeKind, line.count) };
  return {
    plan,
    sentence: changeSentence(change, namesFor(change.plan)),
    goal: change.goal ? site.goal(change.goal) : undefined,
    removed:
      change.kind === 'goal-removed'
        ? shortText(typeof change.before === 'string' ? change.before : (change.goal ?? ''))
        : undefined,
  };
}
