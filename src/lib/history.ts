// The content's history, read from git once per build: one walk over the commits that touched plans/ or
// content/ on the main line (first parents: a merged branch counts on the day it was merged) and one batch
// read of the file versions it names. It gives the content date, when each plan and goal last changed and
// the public list of changes (goals added, removed, reworded, re-owned, re-timed or moved; plans added,
// adopted or changed in status), every date from a commit, never the clock. A shallow clone (or a copy
// without git) has no usable history: then nothing is dated from it, rather than dated wrong.
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { compareGoals, goalsFrom, type GoalFacts } from './goal-changes.ts';
import { isRecord } from './untyped.ts';

export type ChangeKind =
  | 'goal-added'
  | 'goal-removed'
  | 'goal-renamed'
  | 'goal-reworded'
  | 'goal-owners'
  | 'goal-timeframe'
  | 'goal-chapter'
  | 'plan-added'
  | 'plan-adopted'
  | 'plan-status';

/** One change, as the public list of changes shows it. */
export interface Change {
  /** The commit's date (YYYY-MM-DD, the committer's calendar day). */
  date: string;
  kind: ChangeKind;
  plan: string;
  /** The goal's id (after the change; for a removed goal its last id). */
  goal?: string;
  /** For a renamed goal: its earlier id. */
  previousId?: string;
  /** Before and after the change: text, timeframe, chapter or status as written; owners as ids. */
  before?: string | string[] | null;
  after?: string | string[] | null;
}

export interface History {
  /** false in a shallow clone or outside git: nothing below comes from history then. */
  usable: boolean;
  /** Why there is no history, for the build log and the pages. */
  reason?: 'shallow' | 'no-git';
  /** The date of the newest commit touching plans/ or content/ (also in a shallow clone), or null. */
  contentDate: string | null;
  /** When each plan's folder last changed. */
  planChanged: Map<string, string>;
  /** When each goal's own record last changed (any of its fields). */
  goalChanged: Map<string, string>;
  /** Every change, oldest first. */
  changes: Change[];
}

const GOALS = /^plans\/([a-z0-9-]+)\/goals\.yaml$/;
const PLAN = /^plans\/([a-z0-9-]+)\/plan\.yaml$/;
const PLAN_FILE = /^plans\/([a-z0-9-]+)\//;
const NO_BLOB = /^0+$/;

function git(root: string, args: string[], input?: string) {
  const result = spawnSync('git', args, {
    cwd: root,
    input,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  return result.status === 0 && !result.error ? result.stdout : null;
}

interface FileChange {
  path: string;
  before: string | null;
  after: string | null;
}
interface Commit {
  date: string;
  files: FileChange[];
}

/** The commits of `git log --raw -z` with the blob ids of each file before and after. */
export function parseLog(out: string): Commit[] {
  const commits: Commit[] = [];
  for (const chunk of out.split('\x01').slice(1)) {
    const end = chunk.indexOf('\0');
    const [, date] = chunk.slice(0, end === -1 ? undefined : end).split('\x02');
    const fields =
      end === -1
        ? []
        : chunk
            .slice(end + 1)
            .replace(/^\n/, '')
            .split('\0');
    const files: FileChange[] = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const meta = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) [A-Z]/.exec(fields[i]);
      if (!meta) continue;
      files.push({
        path: fields[i + 1],
        before: NO_BLOB.test(meta[1]) ? null : meta[1],
        after: NO_BLOB.test(meta[2]) ? null : meta[2],
      });
    }
    commits.push({ date, files });
  }
  return commits;
}

/** The contents of many blobs, read by one `git cat-file --batch`. */
function readBlobs(root: string, ids: string[]): Map<string, string> {
  const blobs = new Map<string, string>();
  if (ids.length === 0) return blobs;
  const out = git(root, ['cat-file', '--batch'], `${ids.join('\n')}\n`);
  if (!out) return blobs;
  let at = 0;
  while (at < out.length) {
    const lineEnd = out.indexOf(0x0a, at);
    if (lineEnd === -1) break;
    const [id, type, size] = out.subarray(at, lineEnd).toString('utf8').split(' ');
    at = lineEnd + 1;
    if (type !== 'blob') continue; // "<id> missing"
    const length = Number(size);
    blobs.set(id, out.subarray(at, at + length).toString('utf8'));
    at += length + 1;
  }
  return blobs;
}

interface PlanFacts {
  adoption: string;
  status: string | null;
}

function planFacts(text: string | undefined): PlanFacts | null {
  if (text === undefined) return null;
  try {
    const data: unknown = parse(text, { maxAliasCount: 100 });
    if (!isRecord(data)) return null;
    return {
      adoption: JSON.stringify(data.adoption ?? null),
      status: typeof data.status === 'string' ? data.status : null,
    };
  } catch {
    return null;
  }
}

/** What git holds of `root`: no repository, a shallow clone (no usable history) or a full one. */
export type Repository = 'none' | 'shallow' | 'full';

export function repositoryOf(root: string): Repository {
  const shallow = git(root, ['rev-parse', '--is-shallow-repository'])?.toString('utf8').trim();
  if (shallow === undefined) return 'none';
  return shallow === 'false' ? 'full' : 'shallow';
}

/**
 * The history of the content under `root` (a repository or a folder inside one). `renames` maps an earlier
 * goal id to its new one (content/redirects.yaml), so a renamed goal reads as renamed, not removed and added.
 */
export function readHistory(
  root: string,
  renames: ReadonlyMap<string, string> = new Map(),
  repository: Repository = repositoryOf(root),
): History {
  const empty = (reason: History['reason'], contentDate: string | null = null): History => ({
    usable: false,
    reason,
    contentDate,
    planChanged: new Map(),
    goalChanged: new Map(),
    changes: [],
  });
  if (repository === 'none') return empty('no-git');
  const log = git(root, [
    '-c',
    'core.quotepath=off',
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--reverse',
    '--raw',
    '--no-renames',
    '--no-abbrev',
    '--relative',
    '-z',
    '--format=%x01%H%x02%cs',
    '--',
    'plans',
    'content',
  ]);
  if (log === null) return empty('no-git');
  const commits = parseLog(log.toString('utf8'));
  const contentDate = commits.at(-1)?.date ?? null;
  if (repository === 'shallow') return empty('shallow', contentDate);

  const wanted = new Set<string>();
  for (const { files } of commits)
    for (const f of files)
      if (GOALS.test(f.path) || PLAN.test(f.path)) for (const id of [f.before, f.after]) if (id) wanted.add(id);
  const blobs = readBlobs(root, [...wanted].sort());
  // Each version of a goals file is parsed once, for the compared facts and for each goal's whole record.
  const versions = new Map<string, GoalsVersion>();
  const versionOf = (id: string | null): GoalsVersion => {
    if (!id) return NO_GOALS;
    let version = versions.get(id);
    if (!version) versions.set(id, (version = goalsVersion(blobs.get(id))));
    return version;
  };

  const planChanged = new Map<string, string>();
  const goalChanged = new Map<string, string>();
  const changes: Change[] = [];
  for (const { date, files } of commits) {
    for (const file of files) {
      const inPlan = PLAN_FILE.exec(file.path);
      if (inPlan) planChanged.set(inPlan[1], date);
      const goals = GOALS.exec(file.path);
      if (goals) {
        const plan = goals[1];
        const before = versionOf(file.before);
        const after = versionOf(file.after);
        changes.push(...goalChanges(date, plan, before.facts, after.facts, renames));
        for (const [id, record] of after.records) if (before.records.get(id) !== record) goalChanged.set(id, date);
      }
      const planFile = PLAN.exec(file.path);
      if (planFile) changes.push(...planChanges(date, planFile[1], file, blobs));
    }
  }
  return { usable: true, contentDate, planChanged, goalChanged, changes };
}

interface GoalsVersion {
  facts: GoalFacts[];
  /** Each goal's whole record as JSON, to date any change to it (areas and numbers too), not only the facts. */
  records: Map<string, string>;
}
const NO_GOALS: GoalsVersion = { facts: [], records: new Map() };

/**
 * One version of a goals file. Every version in the history passed the check when it was committed, so a
 * plain parse reads it as the validator did; one that does not parse changes nothing.
 */
function goalsVersion(text: string | undefined): GoalsVersion {
  let data: unknown;
  try {
    data = parse((text ?? '').replace(/^\uFEFF/, ''), { maxAliasCount: 100 });
  } catch {
    return NO_GOALS;
  }
  const facts = goalsFrom({ data, issues: [] });
  const records = new Map<string, string>();
  if (Array.isArray(data))
    for (const g of data) if (isRecord(g) && typeof g.id === 'string') records.set(g.id, JSON.stringify(g));
  return { facts: Array.isArray(facts) ? facts : [], records };
}

function goalChanges(
  date: string,
  plan: string,
  before: GoalFacts[],
  after: GoalFacts[],
  renames: ReadonlyMap<string, string>,
): Change[] {
  const c = compareGoals(before, after);
  const out: Change[] = [];
  const addedIds = new Set(c.added.map((g) => g.id));
  const renamedTo = new Map<string, GoalFacts>();
  for (const g of c.removed) {
    const to = renames.get(g.id);
    if (to !== undefined && addedIds.has(to)) renamedTo.set(to, g);
  }
  for (const g of c.added) {
    const from = renamedTo.get(g.id);
    if (from) out.push({ date, kind: 'goal-renamed', plan, goal: g.id, previousId: from.id });
    else out.push({ date, kind: 'goal-added', plan, goal: g.id, after: g.text });
  }
  const renamedFrom = new Set([...renamedTo.values()].map((g) => g.id));
  for (const g of c.removed)
    if (!renamedFrom.has(g.id)) out.push({ date, kind: 'goal-removed', plan, goal: g.id, before: g.text });
  for (const [a, b] of c.reworded)
    out.push({ date, kind: 'goal-reworded', plan, goal: b.id, before: a.text, after: b.text });
  for (const [a, b] of c.owners)
    out.push({ date, kind: 'goal-owners', plan, goal: b.id, before: a.owners, after: b.owners });
  for (const [a, b] of c.timeframes)
    out.push({ date, kind: 'goal-timeframe', plan, goal: b.id, before: a.timeframe, after: b.timeframe });
  for (const [a, b] of c.moved)
    out.push({ date, kind: 'goal-chapter', plan, goal: b.id, before: a.chapter, after: b.chapter });
  return out;
}

function planChanges(date: string, plan: string, file: FileChange, blobs: Map<string, string>): Change[] {
  const before = file.before ? planFacts(blobs.get(file.before)) : null;
  const after = file.after ? planFacts(blobs.get(file.after)) : null;
  if (!after) return [];
  if (!file.before) return [{ date, kind: 'plan-added', plan }];
  if (!before) return [];
  const out: Change[] = [];
  if (before.adoption !== after.adoption) out.push({ date, kind: 'plan-adopted', plan });
  if (before.status !== after.status)
    out.push({ date, kind: 'plan-status', plan, before: before.status, after: after.status });
  return out;
}
