// Published ids are a contract: every goal id (/mal/<id>/) and plan id (/planer/<id>/) that existed at an
// earlier git ref must still exist, or be listed in content/redirects.yaml so that its address leads on.
//
// The earlier content is read from git's object store (ls-tree and cat-file on blobs), never from the
// working tree and never through a path that could be a symlink: symlinks at the ref are skipped.
import { spawnSync } from 'node:child_process';
import { badRefMessage, isRefName, shownRef } from '../git-ref.ts';
import { parseDocument } from 'yaml';
import { ID_PATTERN } from '../../schemas/common.ts';
import { suggest } from '../suggest.ts';
import { recordsOf, stringField } from '../untyped.ts';
import { makeIssue, type Issue } from './issue.ts';
import type { LoadedFiles } from './load.ts';
import type { ParamsOf } from './rules.ts';
import { MAX_ALIAS_COUNT, MAX_FILE_BYTES } from './source.ts';
import { cutText } from '../cut-text.ts';

export interface PublishedIds {
  ok: true;
  /** The ref as given, for messages. */
  ref: string;
  /** Plan ids: folders under plans/ with a plan.yaml. */
  plans: Set<string>;
  /** Goal id → the plan folder it was in, and its text (to find it again under a new id). */
  goals: Map<string, { plan: string; text: string | null }>;
}

export interface RefProblem {
  ok: false;
  /** True when the ref cannot be used at all (a usage error); false for a notice. */
  fatal: boolean;
  message: string;
}

function git(root: string, args: string[]) {
  return spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const shown = shownRef;

/** The goal and plan ids at `ref`, read with git; a Swedish explanation when that cannot be done. */
export function publishedIdsAt(root: string, ref: string): PublishedIds | RefProblem {
  // A ref is a name, never an option for git.
  if (!isRefName(ref)) return { ok: false, fatal: true, message: badRefMessage(ref) };
  const prefix = git(root, ['rev-parse', '--show-prefix']);
  if (prefix.error || prefix.status !== 0) {
    return {
      ok: false,
      fatal: true,
      message: `--since kräver ett git-förråd, men innehållsmappen är inte en del av något. Kör kontrollen i en klon av förrådet.`,
    };
  }
  const commit = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (commit.status !== 0) {
    const shallow = git(root, ['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true';
    return {
      ok: false,
      fatal: true,
      message: shallow
        ? `${shown(ref)} finns inte i den här klonen, som är grund (shallow) och saknar äldre historik. Hämta historiken med "git fetch --unshallow" (eller "git fetch origin <gren>"), eller sätt fetch-depth: 0 i actions/checkout.`
        : `${shown(ref)} finns inte i förrådet. Ange en gren, tagg eller commit som finns, t.ex. main eller origin/main (kör "git fetch" om grenen bara finns på servern).`,
    };
  }
  const sha = commit.stdout.trim();
  const base = `${prefix.stdout.trim()}plans/`;
  const tree = git(root, ['ls-tree', '-r', '--full-tree', sha, '--', base]);
  if (tree.status !== 0)
    return { ok: false, fatal: true, message: `Kunde inte läsa plans/ vid ${shown(ref)} med git.` };

  const plans = new Set<string>();
  const goalBlobs: { plan: string; blob: string; size: string }[] = [];
  for (const line of tree.stdout.split('\n')) {
    // "<mode> blob <object>\t<path>"; only regular files (100644, 100755), never symlinks (120000).
    const m = /^(100644|100755) blob ([0-9a-f]+)\t(.*)$/.exec(line);
    if (!m || !m[3].startsWith(base)) continue;
    const parts = m[3].slice(base.length).split('/');
    if (parts.length !== 2 || !ID_PATTERN.test(parts[0])) continue;
    if (parts[1] === 'plan.yaml') plans.add(parts[0]);
    if (parts[1] === 'goals.yaml') goalBlobs.push({ plan: parts[0], blob: m[2], size: '' });
  }
  const goals = new Map<string, { plan: string; text: string | null }>();
  for (const { plan, blob } of goalBlobs) {
    const size = Number(git(root, ['cat-file', '-s', blob]).stdout.trim());
    if (!(size <= MAX_FILE_BYTES)) continue;
    const text = git(root, ['cat-file', 'blob', blob]);
    if (text.status !== 0) continue;
    for (const goal of goalsIn(text.stdout)) if (!goals.has(goal.id)) goals.set(goal.id, { plan, text: goal.text });
  }
  return { ok: true, ref, plans, goals };
}

/** Goal ids (and texts) in a goals.yaml as it was; whatever else the file held then is not judged now. */
function goalsIn(yamlText: string): { id: string; text: string | null }[] {
  try {
    const data: unknown = parseDocument(yamlText.replace(/^\uFEFF/, ''), { uniqueKeys: false }).toJS({
      maxAliasCount: MAX_ALIAS_COUNT,
    });
    return recordsOf(data).flatMap((g) => {
      const id = stringField(g, 'id');
      return id !== undefined && ID_PATTERN.test(id) ? [{ id, text: stringField(g, 'text') ?? null }] : [];
    });
  } catch {
    return [];
  }
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The ids as they are now, read leniently: a goal whose record has some other fault still has its id. */
export interface CurrentIds {
  goals: { id: string; plan: string; text: string | null }[];
  /** Plan folders under plans/. */
  plans: Set<string>;
  /** Plan folders whose goals.yaml exists but could not be read at all: their goals are not judged. */
  unreadablePlans: Set<string>;
  /** `from` of every redirect; null when content/redirects.yaml exists but could not be read. */
  redirected: Set<string> | null;
}

export function currentIds(files: LoadedFiles): CurrentIds {
  const goals: CurrentIds['goals'] = [];
  const unreadablePlans = new Set<string>();
  for (const plan of files.plans) {
    if (plan.goals && plan.goals.source?.data === undefined) unreadablePlans.add(plan.id);
    for (const g of recordsOf(plan.goals?.source?.data)) {
      const id = stringField(g, 'id');
      if (id !== undefined) goals.push({ id, plan: plan.id, text: stringField(g, 'text') ?? null });
    }
  }
  const raw = files.redirects ? files.redirects.source?.data : [];
  const redirected = Array.isArray(raw) ? new Set(recordsOf(raw).flatMap((r) => stringField(r, 'from') ?? [])) : null;
  return { goals, plans: new Set(files.plans.map((p) => p.id)), unreadablePlans, redirected };
}

/**
 * The ids at the ref that are gone now and not redirected, each as an error that names the id and gives
 * the redirect line to add (to the goal with the same text, or the closest new id, when there is one).
 */
export function checkPublishedIds(published: PublishedIds, current: CurrentIds): Issue[] {
  const { redirected } = current;
  if (!redirected) return [];
  const goalIds = new Set(current.goals.map((g) => g.id));
  const at = { file: 'content/redirects.yaml', line: 1, col: 1 };
  const issues: Issue[] = [];

  const newGoals = current.goals.filter((g) => !published.goals.has(g.id));
  for (const [id, was] of published.goals) {
    if (goalIds.has(id) || redirected.has(id) || current.unreadablePlans.has(was.plan)) continue;
    const sameText =
      was.text === null
        ? undefined
        : newGoals.find((g) => g.text !== null && normalise(g.text) === normalise(was.text!));
    const samePlan = newGoals.filter((g) => g.plan === was.plan).map((g) => g.id);
    const target =
      sameText?.id ??
      suggest(id, samePlan) ??
      suggest(
        id,
        newGoals.map((g) => g.id),
      );
    // Nothing like it among the new goals, and its plan is still here: it may have been removed for good.
    const removedFrom = target === undefined && current.plans.has(was.plan) ? was.plan : undefined;
    issues.push(makeIssue('published-id-removed', params('Målet', id, target, published.ref, removedFrom), at));
  }
  const newPlans = [...current.plans].filter((p) => !published.plans.has(p));
  for (const id of published.plans) {
    if (current.plans.has(id) || redirected.has(id)) continue;
    issues.push(makeIssue('published-id-removed', params('Planen', id, suggest(id, newPlans), published.ref), at));
  }
  return issues;
}

function params(
  what: string,
  id: string,
  target: string | undefined,
  ref: string,
  removedFrom?: string,
): ParamsOf<'published-id-removed'> {
  return {
    what,
    id,
    path: what === 'Planen' ? `/planer/${id}/` : `/mal/${id}/`,
    ref: cutText(ref),
    redirect: `- { from: ${id}, to: ${target ?? 'NYTT-ID'} }`,
    guess: target ? '' : `Byt NYTT-ID mot ${what === 'Planen' ? 'planens' : 'målets'} nya id. `,
    removedRedirect: removedFrom ? `- { from: ${id}, to: ${removedFrom}, removed: true }` : undefined,
  };
}
