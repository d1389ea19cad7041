// The date the content is judged against, and the shape of a plan's last-change date. Every date comes
// from content or commits, never from the clock, so builds stay reproducible. The history itself (when each
// plan and goal changed, and how) is read once per build by src/lib/history.ts.
import { execFileSync } from 'node:child_process';

export interface Changed {
  date: string;
  source: 'git';
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
