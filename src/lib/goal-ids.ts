// A new goal's id, made when the browser editor saves a goal without one (src/cms/editor.ts, issue 20): the
// plan's tag, as its other goals' ids start ("norr22-"), and the first words of the goal's text that carry
// meaning, in the id format (toId) and unique. An id that is there is never changed: it may be published.
import { MAX_ID_LENGTH, toId, uniqueId } from '../schemas/ids.ts';

/** A plan's tag from its region and first year, as `npm run new-plan` makes it ("norr", 2025 → "norr25"). */
export const planTag = (region: string, from: number) => `${region.split('-')[0]}${String(from).slice(-2)}`;

/** Words that say nothing of a goal on their own (after toId: "för" is "for", "på" is "pa"). */
const FILLER = new Set(
  (
    'och i en ett som att av for med till pa om det den de ska skall kan har ar vara bli blir samt inom under ' +
    'efter vid fran alla sin sina sitt sig ha eller mer nar hur dar'
  ).split(' '),
);

/** At most this many words of the text, and this many characters of them: an id is an address, not a title. */
const WORDS = 4;
const WORDS_LENGTH = 40;

/**
 * The tag a plan's goal ids start with: the one most of its goals use ("sg20" in stockholm-gotland-2020-2023),
 * else one made from the plan's id as `npm run new-plan` does ("norr-2025-2027" → "norr25").
 */
export function goalIdTag(planId: string, ids: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const tag = /^([a-z]+\d{2})-[a-z0-9]/.exec(id)?.[1];
    if (tag) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const [common] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (common) return common[0];
  const plan = /^(.+?)-(\d{4})(?:-\d{4})?$/.exec(planId);
  return plan ? planTag(plan[1], Number(plan[2])) : toId(planId);
}

/** A new goal's id: the tag and the first meaningful words of its text, not one of `taken`. */
export function goalIdFromText(text: string, tag: string, taken: ReadonlySet<string>): string {
  const words =
    text.trim() === ''
      ? []
      : toId(text)
          .split('-')
          .filter((w) => !FILLER.has(w));
  let slug = '';
  for (const word of words.slice(0, WORDS)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > WORDS_LENGTH) break;
    slug = next;
  }
  // One very long word still says more than none; room is left for "-2", "-3" … under MAX_ID_LENGTH.
  if (!slug && words.length > 0) slug = words[0].slice(0, WORDS_LENGTH);
  const base = `${tag}-${slug || 'mal'}`.slice(0, MAX_ID_LENGTH - 4).replace(/-+$/, '');
  return uniqueId(base, taken);
}

/** A goal as a form hands it over: any values, an id only where one was given. */
interface FormGoal {
  id?: unknown;
  text?: unknown;
}

/** A goal without an id: none given, or an empty one (the form's cleared field). */
const lacksId = (goal: FormGoal) => goal.id === undefined || goal.id === null || goal.id === '';

/**
 * Ids for the goals of a plan's list that have none, by position; the other goals keep theirs. Each is unique
 * among the list's ids and `taken` (ids known elsewhere, such as other plans'), and among the new ones.
 */
export function newGoalIdsFor(
  planId: string,
  goals: readonly FormGoal[],
  taken: ReadonlySet<string> = new Set(),
): Map<number, string> {
  const existing = goals.map((g) => g.id).filter((id): id is string => typeof id === 'string' && id !== '');
  const tag = goalIdTag(planId, existing);
  const used = new Set([...taken, ...existing]);
  const out = new Map<number, string>();
  goals.forEach((goal, index) => {
    if (!lacksId(goal)) return;
    const id = goalIdFromText(typeof goal.text === 'string' ? goal.text : '', tag, used);
    used.add(id);
    out.set(index, id);
  });
  return out;
}
