// When a plan's files last changed, from git history. Dates come from commits, never from the clock, so
// builds stay reproducible. A shallow clone only knows its newest commit, which would date every plan to
// the same day, so there (and outside git) the plan's own latest decision date is used instead.
import { execFileSync } from 'node:child_process';

export interface Changed {
  date: string;
  source: 'git' | 'plan';
}

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    }).trim();
  } catch {
    return null;
  }
}

export function historyUsable(root: string): boolean {
  return git(root, ['rev-parse', '--is-shallow-repository']) === 'false';
}

/** The last commit date (YYYY-MM-DD) touching a folder, relative to the root, or null. */
export function gitDate(root: string, folder: string): string | null {
  return git(root, ['log', '-1', '--format=%cs', '--', folder]) || null;
}

export function lastChanged(
  root: string,
  folder: string,
  adoptionDates: (string | undefined)[],
  useGit: boolean,
): Changed | null {
  const fromGit = useGit ? gitDate(root, folder) : null;
  if (fromGit) return { date: fromGit, source: 'git' };
  const latest = adoptionDates
    .filter((d): d is string => !!d)
    .sort()
    .pop();
  return latest ? { date: latest, source: 'plan' } : null;
}

/** The committer's own calendar date of a commit, as `git log --format=%cs` gives it. */
function commitDate(epochSeconds: number, tz: string): string {
  const m = /^([+-])(\d\d)(\d\d)$/.exec(tz);
  const offset = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return new Date((epochSeconds + offset * 60) * 1000).toISOString().slice(0, 10);
}

/**
 * Per line of a file (index 0 is line 1), the date of the last commit that changed it, from `git blame`.
 * Lines not yet committed have no date (null), so a build never takes a date from the clock.
 */
export function lineDates(root: string, file: string): (string | null)[] | null {
  const out = git(root, ['blame', '--line-porcelain', '--', file]);
  if (out === null) return null;
  const dates: (string | null)[] = [];
  let sha = '';
  let time = 0;
  let tz = '';
  for (const line of out.split('\n')) {
    const head = /^([0-9a-f]{40}) \d+ (\d+)/.exec(line);
    if (head) sha = head[1];
    else if (line.startsWith('committer-time ')) time = Number(line.slice(15));
    else if (line.startsWith('committer-tz ')) tz = line.slice(13);
    else if (line.startsWith('\t')) dates.push(/^0+$/.test(sha) ? null : commitDate(time, tz));
  }
  return dates;
}

/**
 * When each goal last changed: the newest commit among the lines of its block in its file (from its
 * first line to the line before the next goal). Goals whose files have no usable history are left out.
 */
export function goalsChanged(
  root: string,
  goals: { id: string; file: string; line: number }[],
  useGit: boolean,
): Map<string, string> {
  const changed = new Map<string, string>();
  if (!useGit) return changed;
  const byFile = Map.groupBy(goals, (g) => g.file);
  for (const [file, inFile] of byFile) {
    const dates = lineDates(root, file);
    if (!dates) continue;
    const sorted = [...inFile].sort((a, b) => a.line - b.line);
    sorted.forEach((goal, i) => {
      const end = i + 1 < sorted.length ? sorted[i + 1].line - 1 : dates.length;
      const newest = dates
        .slice(goal.line - 1, end)
        .filter((d): d is string => d !== null)
        .sort()
        .pop();
      if (newest) changed.set(goal.id, newest);
    });
  }
  return changed;
}

export interface ContentDate {
  /** YYYY-MM-DD, or as precise as the content gives it. */
  date: string;
  /** epoch: SOURCE_DATE_EPOCH; git: last commit touching plans/ or content/; content: newest date in the content. */
  source: 'epoch' | 'git' | 'content';
}

/**
 * The date the plans' lifecycle is judged against, taken from the content, never the clock: SOURCE_DATE_EPOCH
 * when set; else the last commit touching plans/ or content/ (in a shallow clone that is the newest commit
 * there is, the same for every clone of that commit); else, outside git, the newest date the content
 * records (decision dates and first years of periods). Null only for content without any date.
 */
export function contentDate(
  root: string,
  epoch: string | undefined,
  contentDates: (string | undefined)[],
): ContentDate | null {
  if (epoch && /^\d+$/.test(epoch))
    return { date: new Date(Number(epoch) * 1000).toISOString().slice(0, 10), source: 'epoch' };
  const fromGit = git(root, ['log', '-1', '--format=%cs', '--', 'plans', 'content']);
  if (fromGit) return { date: fromGit, source: 'git' };
  const latest = contentDates
    .filter((d): d is string => !!d)
    .sort()
    .pop();
  return latest ? { date: latest, source: 'content' } : null;
}
