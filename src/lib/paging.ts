// Long lists split into pages, so that no page grows with the number of regions, plans or goals
// (issue 14). Pure: the site index (site-index.ts) pages every list once, pages only render their share.

/** The most gzipped HTML any page may have, at 100 times today's content too (issue 14). */
export const PAGE_BUDGET_BYTES = 150_000;

/**
 * The most list entries a page holds: goals on the owner, year and area pages (plan versions without
 * goals count one each there), plan versions (table and picture columns, for every direction) on the
 * coverage page. The one lever of page size, chosen to keep every page far within PAGE_BUDGET_BYTES.
 *
 * Why 100 holds it with margin (measured on the built site): a goal in a list costs about 0.1 KB of
 * gzipped HTML (0.4 KB before gzip: text, owners, timeframe), so 100 goals are about 10 KB; a plan
 * version on the coverage page costs about 0.25 KB gzipped over every direction's table and picture, so
 * a coverage page is about 25 KB; a page's frame is a few KB. The largest page type thus holds the
 * budget six times over, and goal texts would have to be ten times today's length to reach it. The
 * longest list of today's content has 43 goals, so 1× stays one page per list, as before paging.
 * Entries are never split from their plan: a page may pass 100 goals by one plan's share at most, which
 * that plan's own page (one page, with more per goal) already shows within the budget.
 */
export const PAGE_ENTRIES = 100;

/**
 * Splits a list into pages in order, each up to `budget` in total weight; an entry heavier than the budget
 * gets a page of its own. Always at least one page (an empty list is one empty page).
 */
export function paginate<T>(items: readonly T[], weight: (item: T) => number, budget = PAGE_ENTRIES): T[][] {
  const pages: T[][] = [[]];
  let used = 0;
  for (const item of items) {
    const w = weight(item);
    if (used > 0 && used + w > budget) {
      pages.push([]);
      used = 0;
    }
    pages.at(-1)!.push(item);
    used += w;
  }
  return pages;
}

/** The rest parameter of a paged route (`[...page].astro`) for page `n`: none for page 1. */
export const pageParam = (n: number) => (n === 1 ? undefined : `sida/${n}`);

/** Where page `n` (from 1) of a list at `base` lives: the list's own address for page 1, else `<base>sida/<n>/`. */
export const pagePath = (base: string, n: number) => (n === 1 ? base : `${base}${pageParam(n)}/`);

/** A page's canonical address: its own, when the list has several pages (each page is canonical to itself). */
export const canonicalPath = (base: string, page: { n: number; total: number }) =>
  page.total > 1 ? pagePath(base, page.n) : undefined;

/** One page of a paged list, as its route gets it. */
export interface PageOf<T> {
  /** This page's number, from 1. */
  n: number;
  /** How many pages the list has. */
  total: number;
  items: T[];
}

/** Every page of a split list, numbered, for getStaticPaths. */
export function numbered<T>(pages: T[][]): PageOf<T>[] {
  return pages.map((items, i) => ({ n: i + 1, total: pages.length, items }));
}

/**
 * The page numbers a pagination nav links to: the first and last, and `around` on each side of the
 * current one; null marks a run of two or more left out. Bounded whatever the number of pages.
 */
export function pageLinks(current: number, total: number, around = 2): (number | null)[] {
  const shown = new Set([1, total]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  // A gap of one page shows that page: a link takes no more room than the mark for a gap.
  return sorted.flatMap((n, i) => {
    const gap = i > 0 ? n - sorted[i - 1] - 1 : 0;
    return gap === 0 ? [n] : gap === 1 ? [n - 1, n] : [null, n];
  });
}
