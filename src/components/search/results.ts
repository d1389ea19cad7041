// The search page's result lists: one item per goal (its text with the matched words highlighted, then plan,
// region, owners and timeframe), in one list, or in one list per owner when the query names owners; and one
// item per passage of plan text (its heading, plan and excerpt).
import { OWNER_FILTER, searchText } from '../../i18n/search.ts';
import type { PassageRecord, SearchRecord } from '../../lib/search.ts';
import { highlight, passageExcerpt, type Segment } from '../../lib/search-results.ts';

export interface ResultData {
  url: string;
  /** The indexed text: the goal's or passage's text, then the extra words it is indexed under. */
  content: string;
  /** Pagefind's match locations in the content (word positions). */
  locations: number[];
  /** A goal's or a passage's meta, as the build wrote it (src/lib/search.ts). */
  meta: Partial<SearchRecord['meta'] & PassageRecord['meta']>;
  filters: Partial<PassageRecord['filters']>;
}

/** Highlighted pieces as text and <mark> elements (never as HTML). */
const marked = (segments: Segment[]) =>
  segments.map((segment) => {
    if (!segment.marked) return segment.text;
    const mark = document.createElement('mark');
    mark.textContent = segment.text;
    return mark;
  });

export function resultItem({ url, meta, content, locations }: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'goal-item';
  const link = document.createElement('a');
  link.href = url;
  const title = meta.title ?? url;
  link.append(...marked(highlight(title, content, locations)));
  const where = document.createElement('span');
  where.className = 'meta';
  where.textContent = [meta.number, `${meta.plan} (${meta.region})`].filter(Boolean).join(' · ');
  const who = document.createElement('span');
  who.className = 'meta';
  who.textContent = `${searchText.owners}: ${meta.owners} · ${searchText.timeframe}: ${meta.timeframe}`;
  item.append(link, where, who);
  return item;
}

/**
 * A passage of plan text: its heading as a link to its section on the plan page, the plan, and the excerpt
 * where the query's words are.
 */
export function passageItem({ url, meta, content, locations }: ResultData, queryWords: string[]): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'passage-item';
  const link = document.createElement('a');
  link.href = url;
  link.textContent = meta.title ?? url;
  const where = document.createElement('span');
  where.className = 'meta';
  where.textContent = `${meta.plan} (${meta.region})`;
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.append(...marked(passageExcerpt(content, locations, queryWords)));
  item.append(link, where, excerpt);
  return item;
}

function list(results: ResultData[]): HTMLOListElement {
  const ol = document.createElement('ol');
  ol.className = 'goal-list';
  ol.append(...results.map(resultItem));
  return ol;
}

/** One list in the order given. */
export function plainList(results: ResultData[]): HTMLElement[] {
  return [list(results)];
}

/**
 * One section per named owner, in the order given, with the goals it answers for; each goal once, under the
 * first named owner it has. Goals with none of them (the query matched their text) come last.
 */
export function ownerGroups(results: ResultData[], owners: string[], level: 'h3' | 'h4' = 'h3'): HTMLElement[] {
  const groups = new Map<string, ResultData[]>(owners.map((o) => [o, []]));
  const rest: ResultData[] = [];
  for (const result of results) {
    const owner = owners.find((o) => result.filters[OWNER_FILTER]?.includes(o));
    (owner ? groups.get(owner)! : rest).push(result);
  }
  const section = (heading: string, items: ResultData[]) => {
    const el = document.createElement('section');
    el.className = 'result-group';
    const h = document.createElement(level);
    h.textContent = heading;
    el.append(h, list(items));
    return el;
  };
  return [
    ...[...groups]
      .filter(([, items]) => items.length > 0)
      .map(([owner, items]) => section(searchText.ownerGroup(owner, items.length), items)),
    ...(rest.length > 0 ? [section(searchText.otherHits(rest.length), rest)] : []),
  ];
}
