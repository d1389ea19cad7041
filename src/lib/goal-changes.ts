// What changed between two versions of a plan's goals, matched by goal id: the one comparison behind the
// pull request summary (scripts/goals-diff.ts) and the public list of changes (src/lib/history.ts).
import { recordsOf, stringField } from './untyped.ts';
import { parseContentYaml, type ContentYaml } from './validate/load.ts';

/** What is compared of a goal. */
export interface GoalFacts {
  id: string;
  chapter: string;
  text: string;
  owners: string[];
  timeframe: string | null;
}

/**
 * The goals in a goals.yaml text, read as the validator reads it; entries without an id cannot be matched
 * and are left out. A file the validator cannot read gives its first message, with line and column.
 */
export function parseGoals(text: string, file = 'goals.yaml'): GoalFacts[] | { error: string } {
  return goalsFrom(parseContentYaml(file, text));
}

export function goalsFrom({ data, issues }: ContentYaml): GoalFacts[] | { error: string } {
  if (issues.length > 0) return { error: `rad ${issues[0].line}, kolumn ${issues[0].col}: ${issues[0].message}` };
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) return { error: 'filen är inte en lista med mål' };
  return recordsOf(data).flatMap((g): GoalFacts[] => {
    const id = stringField(g, 'id');
    if (id === undefined) return [];
    const { owners, timeframe } = g;
    return [
      {
        id,
        chapter: stringField(g, 'chapter') ?? '',
        text: (stringField(g, 'text') ?? '').replace(/\s+/g, ' ').trim(),
        owners: Array.isArray(owners) ? owners.map((o) => (typeof o === 'string' ? o : JSON.stringify(o))) : [],
        timeframe: timeframe === null || timeframe === undefined ? null : scalarText(timeframe),
      },
    ];
  });
}

/** A YAML scalar as text (a year may be a number); anything else as JSON, never "[object Object]". */
const scalarText = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);

type Pair = readonly [before: GoalFacts, after: GoalFacts];

export interface GoalComparison {
  added: GoalFacts[];
  removed: GoalFacts[];
  reworded: Pair[];
  owners: Pair[];
  timeframes: Pair[];
  moved: Pair[];
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Goals added, removed and changed (text, owners, timeframe, chapter) from `before` to `after`. */
export function compareGoals(before: GoalFacts[], after: GoalFacts[]): GoalComparison {
  const oldById = new Map(before.map((g) => [g.id, g]));
  const nowById = new Map(after.map((g) => [g.id, g]));
  const kept = after.filter((g) => oldById.has(g.id)).map((g) => [oldById.get(g.id)!, g] as const);
  return {
    added: after.filter((g) => !oldById.has(g.id)),
    removed: before.filter((g) => !nowById.has(g.id)),
    reworded: kept.filter(([a, b]) => a.text !== b.text),
    owners: kept.filter(([a, b]) => !sameList(a.owners, b.owners)),
    timeframes: kept.filter(([a, b]) => a.timeframe !== b.timeframe),
    moved: kept.filter(([a, b]) => a.chapter !== b.chapter),
  };
}
