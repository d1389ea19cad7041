// `npm run goals-diff -- <git-ref> [--root DIR]`: what has happened to the goals since <git-ref>, as Markdown
// for a pull request: per plan, goals added, removed, reworded (word by word: ~~removed~~ **added**), and
// changes of owners, timeframe and chapter, matched by goal id. Prints "Inga ändrade mål." when nothing changed.
//
// It reads every plans/*/goals.yaml at <git-ref> (git ls-tree, git show) and in the working tree under --root,
// which may be a subfolder of the repository.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseCli, reportStop, rootOption } from '../src/lib/cli.ts';
import { badRefMessage, isRefName } from '../src/lib/git-ref.ts';
import { escapeMarkdown, markdownCode } from '../src/lib/escape-markdown.ts';
import { compareGoals, goalsFrom, parseGoals, type GoalFacts } from '../src/lib/goal-changes.ts';
import { readContentYaml } from '../src/lib/validate/load.ts';
import { listEntries } from '../src/lib/validate/tree.ts';
import { CONTENT_FILES, pathOf, patternRegExp } from '../src/schemas/files.ts';

export { parseGoals };

export class GoalsDiffError extends Error {}

/** Goals per plan id, or why the plan's goals.yaml could not be read. */
export type GoalsByPlan = Map<string, GoalFacts[] | { error: string }>;

const GOALS_FILE = patternRegExp(CONTENT_FILES.goals.pattern);

function git(root: string, args: string[]): { ok: boolean; out: string; err: string } {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new GoalsDiffError(`git kunde inte köras: ${result.error.message}. Är git installerat?`);
  return { ok: result.status === 0, out: result.stdout, err: result.stderr.trim() };
}

/** Every plans/*\/goals.yaml at a git ref, read with paths relative to the content root. */
export function goalsAtRef(root: string, ref: string): GoalsByPlan {
  // A ref is a name, never an option for git ("--output=…" would make git write a file).
  if (!isRefName(ref)) throw new GoalsDiffError(badRefMessage(ref));
  if (!git(root, ['rev-parse', '--is-inside-work-tree']).ok) {
    throw new GoalsDiffError(`${root} ligger inte i ett git-arkiv.`);
  }
  if (!git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).ok) {
    throw new GoalsDiffError(
      `Hittar inte "${ref}" i git. Ange en gren, en tagg eller en commit, t.ex. main eller origin/main.`,
    );
  }
  // Without --full-name, ls-tree lists paths relative to the current folder: the content root.
  const listed = git(root, ['ls-tree', '-r', '-z', '--name-only', ref, '--', 'plans']);
  if (!listed.ok) throw new GoalsDiffError(`git ls-tree misslyckades: ${listed.err}`);
  const out: GoalsByPlan = new Map();
  for (const path of listed.out.split('\0').filter(Boolean).sort()) {
    if (!GOALS_FILE.test(path)) continue;
    const plan = path.split('/')[1];
    const shown = git(root, ['show', `${ref}:./${path}`]);
    out.set(plan, shown.ok ? parseGoals(shown.out, path) : { error: shown.err });
  }
  return out;
}

/** Every plans/*\/goals.yaml in the working tree under the content root. */
export function goalsInTree(root: string): GoalsByPlan {
  const out: GoalsByPlan = new Map();
  // listEntries gives nothing for a linked plans/; a linked plan folder is refused by readContentYaml.
  for (const id of listEntries(join(root, 'plans'))) {
    const file = pathOf(CONTENT_FILES.goals, id);
    const read = readContentYaml(root, file);
    if (read.issues.some((i) => i.code === 'file-missing')) continue;
    out.set(id, goalsFrom(read));
  }
  return out;
}

type Op = { kind: 'same' | 'removed' | 'added'; token: string };

/** The longest-common-subsequence diff of two token lists. */
export function diffTokens(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ kind: 'same', token: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) ops.push({ kind: 'removed', token: a[i++] });
    else ops.push({ kind: 'added', token: b[j++] });
  }
  while (i < n) ops.push({ kind: 'removed', token: a[i++] });
  while (j < m) ops.push({ kind: 'added', token: b[j++] });
  return ops;
}

/** Tokens as Markdown, with runs of removed tokens as ~~…~~ and runs of added ones as **…**. */
function markTokens(ops: Op[], separator: string): string {
  const parts: string[] = [];
  for (let k = 0; k < ops.length;) {
    const kind = ops[k].kind;
    const run: string[] = [];
    while (k < ops.length && ops[k].kind === kind) run.push(escapeMarkdown(ops[k++].token));
    const text = run.join(separator);
    parts.push(kind === 'removed' ? `~~${text}~~` : kind === 'added' ? `**${text}**` : text);
  }
  return parts.join(separator);
}

/** A word-level diff of two texts: removed words ~~struck~~, added words **bold**. */
export function wordDiff(before: string, after: string): string {
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  return markTokens(diffTokens(words(before), words(after)), ' ');
}

const timeframeText = (t: string | null) => (t === null ? '(ingen)' : escapeMarkdown(t));

/** The Markdown summary of what changed between two sets of goals. */
export function summarize(before: GoalsByPlan, after: GoalsByPlan, ref: string): string {
  const sections: string[] = [];
  for (const plan of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const old = before.get(plan) ?? [];
    const now = after.get(plan) ?? [];
    const lines: string[] = [];
    if (!Array.isArray(old) || !Array.isArray(now)) {
      if (!Array.isArray(old))
        lines.push(
          `plans/${escapeMarkdown(plan)}/goals.yaml kunde inte läsas i ${escapeMarkdown(ref)}: ${escapeMarkdown(old.error)}`,
        );
      if (!Array.isArray(now))
        lines.push(`plans/${escapeMarkdown(plan)}/goals.yaml kunde inte läsas: ${escapeMarkdown(now.error)}`);
      sections.push(`### ${escapeMarkdown(plan)}\n\n${lines.map((l) => `⚠️ ${l}`).join('\n\n')}`);
      continue;
    }
    const { added, removed, reworded, owners, timeframes, moved } = compareGoals(old, now);

    const group = (title: string, items: string[]) => {
      if (items.length > 0) lines.push(`#### ${title} (${items.length})\n\n${items.map((i) => `- ${i}`).join('\n')}`);
    };
    group(
      'Nya mål',
      added.map((g) => `${markdownCode(g.id)}: ${escapeMarkdown(g.text)}`),
    );
    group(
      'Borttagna mål',
      removed.map((g) => `${markdownCode(g.id)}: ~~${escapeMarkdown(g.text)}~~`),
    );
    group(
      'Omformulerade mål',
      reworded.map(([a, b]) => `${markdownCode(b.id)}: ${wordDiff(a.text, b.text)}`),
    );
    group(
      'Ändrade ansvariga',
      owners.map(([a, b]) => `${markdownCode(b.id)}: ${markTokens(diffTokens(a.owners, b.owners), ', ') || '(inga)'}`),
    );
    group(
      'Ändrade tidsramar',
      timeframes.map(
        ([a, b]) => `${markdownCode(b.id)}: ${timeframeText(a.timeframe)} → ${timeframeText(b.timeframe)}`,
      ),
    );
    group(
      'Flyttade till ett annat kapitel',
      moved.map(([a, b]) => `${markdownCode(b.id)}: ${markdownCode(a.chapter)} → ${markdownCode(b.chapter)}`),
    );
    if (lines.length > 0) sections.push(`### ${escapeMarkdown(plan)}\n\n${lines.join('\n\n')}`);
  }
  return sections.length > 0 ? sections.join('\n\n') : 'Inga ändrade mål.';
}

export function goalsDiff(root: string, ref: string): string {
  return summarize(goalsAtRef(root, ref), goalsInTree(root), ref);
}

const USAGE = 'Användning: npm run goals-diff -- <git-ref> [--root MAPP]\nT.ex.: npm run goals-diff -- origin/main';

/** The command: its arguments (the process's by default), its output on stdout and stderr, its exit code. */
export function main(args?: string[]) {
  const parsed = parseCli({
    args,
    options: rootOption(),
    usage: USAGE,
    positionals: { count: 1, wrong: 'ange en git-ref att jämföra med.' },
  });
  if (parsed.stop) return reportStop(parsed);
  try {
    console.log(goalsDiff(resolve(parsed.values.root), parsed.positionals[0]));
  } catch (err) {
    if (!(err instanceof GoalsDiffError)) throw err;
    console.error(`Fel: ${err.message}`);
    process.exitCode = 2;
  }
}

if (import.meta.main) main();
