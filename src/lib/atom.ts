// An Atom feed (RFC 4287) of the public changes: one entry per day of change, newest first. Every element
// the RFC requires is written: the feed's id, title, updated and author; each entry's id, title, updated,
// and content with a link to the day on the changes page.
import { escapeXml } from './xml.ts';

export interface FeedEntry {
  /** YYYY-MM-DD */
  date: string;
  title: string;
  /** The entry's content, as HTML (escaped into the feed). */
  html: string;
}

export interface Feed {
  title: string;
  /** The deployment's address (SITE_URL), or undefined: then links are root-relative and ids tag URIs. */
  site: string | undefined;
  /** Where the feed and the changes page are, root-relative. */
  feedPath: string;
  pagePath: string;
  author: string;
  /** When nothing has changed yet: the content date, so the feed still has its updated element. */
  updated: string;
  entries: FeedEntry[];
}

const stamp = (date: string) =>
  `${date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date}T00:00:00Z`;

export function atomFeed(feed: Feed): string {
  // Paths come with the site's base path (src/lib/paths.ts).
  const url = (path: string) => (feed.site ? new URL(path, feed.site).href : path);
  const id = (date?: string) =>
    feed.site
      ? `${url(feed.pagePath)}${date ? `#d-${date}` : ''}`
      : `tag:regionala-cancerplaner,2026:andringar${date ? `/${date}` : ''}`;
  const updated = feed.entries[0]?.date ?? feed.updated;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
    `  <id>${escapeXml(id())}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(url(feed.feedPath))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(url(feed.pagePath))}"/>`,
    ...feed.entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${escapeXml(id(entry.date))}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${stamp(entry.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(`${url(feed.pagePath)}#d-${entry.date}`)}"/>`,
      `    <content type="html">${escapeXml(entry.html)}</content>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ].join('\n');
}
