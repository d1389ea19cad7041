// The date the content is judged against, and the shape of a plan's last-change date. Every date comes
// from content or commits, never from the clock, so builds stay reproducible. The history itself (when each
// plan and goal changed, and how) is read once per build by src/lib/history.ts.
export interface Changed {
  date: string;
  source: 'git';
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
  epoch: string | undefined,
  /** The history's content date (src/lib/history.ts), null outside git. */
  fromGit: string | null,
  contentDates: (string | undefined)[],
): ContentDate | null {
  if (epoch && /^\d+$/.test(epoch))
    return { date: new Date(Number(epoch) * 1000).toISOString().slice(0, 10), source: 'epoch' };
  if (fromGit) return { date: fromGit, source: 'git' };
  const latest = contentDates
    .filter((d): d is string => !!d)
    .sort()
    .pop();
  return latest ? { date: latest, source: 'content' } : null;
}
