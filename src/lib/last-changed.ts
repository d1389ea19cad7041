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
