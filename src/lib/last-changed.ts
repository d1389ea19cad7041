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
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
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

export function lastChanged(root: string, folder: string, adoptionDates: (string | undefined)[], useGit: boolean): Changed | null {
  const fromGit = useGit ? gitDate(root, folder) : null;
  if (fromGit) return { date: fromGit, source: 'git' };
  const latest = adoptionDates.filter((d): d is string => !!d).sort().pop();
  return latest ? { date: latest, source: 'plan' } : null;
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
export function contentDate(root: string, epoch: string | undefined, contentDates: (string | undefined)[]): ContentDate | null {
  if (epoch && /^\d+$/.test(epoch)) return { date: new Date(Number(epoch) * 1000).toISOString().slice(0, 10), source: 'epoch' };
  const fromGit = git(root, ['log', '-1', '--format=%cs', '--', 'plans', 'content']);
  if (fromGit) return { date: fromGit, source: 'git' };
  const latest = contentDates.filter((d): d is string => !!d).sort().pop();
  return latest ? { date: latest, source: 'content' } : null;
}
