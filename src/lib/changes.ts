// The public list of changes, from the content's history (src/lib/history.ts): per day, newest first, only
// for plan versions this build publishes, with long runs of one kind folded into a count so that a day on
// which a whole plan's goals arrived stays one line per plan, whatever the plan's size.
import type { Change, ChangeKind } from './history.ts';

/** More changes of one kind to one plan on one day than this are shown as their count. */
export const FOLD_OVER = 5;

export type ChangeLine =
  | { kind: 'one'; change: Change }
  | { kind: 'many'; change: Change; count: number; changeKind: ChangeKind; plan: string };

export interface ChangeDay {
  date: string;
  lines: ChangeLine[];
}

/** Changes per day, newest day first; within a day, plan by plan in the order the history gives. */
export function changeDays(changes: Change[], published: ReadonlySet<string>): ChangeDay[] {
  const byDay = new Map<string, Change[]>();
  for (const change of changes) {
    if (!published.has(change.plan)) continue;
    const list = byDay.get(change.date) ?? [];
    list.push(change);
    byDay.set(change.date, list);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([date, list]) => ({ date, lines: fold(list) }));
}

function fold(list: Change[]): ChangeLine[] {
  const groups = new Map<string, Change[]>();
  for (const change of list) {
    const key = `${change.plan}\u0000${change.kind}`;
    const group = groups.get(key) ?? [];
    group.push(change);
    groups.set(key, group);
  }
  // A plan's own changes (added, adopted) before those of its goals, plans in the order they first appear.
  const planOrder = [...new Set(list.map((c) => c.plan))];
  const rank = (group: Change[]) => planOrder.indexOf(group[0].plan) * 2 + (group[0].kind.startsWith('plan-') ? 0 : 1);
  return [...groups.values()]
    .sort((a, b) => rank(a) - rank(b))
    .flatMap((group): ChangeLine[] =>
      group.length > FOLD_OVER
        ? [{ kind: 'many', change: group[0], count: group.length, changeKind: group[0].kind, plan: group[0].plan }]
        : group.map((change) => ({ kind: 'one', change })),
    );
}

/**
 * A lookup of each goal's own changes, newest first: under its id now and under the ids it had before
 * (redirects). Indexed once, since every goal page asks and a history can hold thousands of changes.
 */
export function changesByGoal(changes: Change[]): (goal: string, earlierIds?: readonly string[]) => Change[] {
  const byGoal = new Map<string, number[]>();
  changes.forEach((change, i) => {
    if (change.goal === undefined) return;
    const list = byGoal.get(change.goal) ?? [];
    list.push(i);
    byGoal.set(change.goal, list);
  });
  return (goal, earlierIds = []) =>
    [...new Set([goal, ...earlierIds])]
      .flatMap((id) => byGoal.get(id) ?? [])
      .sort((a, b) => b - a)
      .map((i) => changes[i]);
}
