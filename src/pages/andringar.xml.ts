import type { APIRoute } from 'astro';
import { lineWords, shortText } from '../components/changes/names.ts';
import { asOf, changeDaysList } from '../data/site.ts';
import { CHANGES } from '../i18n/changes.ts';
import { SITE_NAME } from '../i18n/sv.ts';
import { atomFeed } from '../lib/atom.ts';
import { changesFeedPath, changesPath } from '../lib/paths.ts';
import { escapeXml } from '../lib/xml.ts';

/** Days in the feed: readers keep what they have fetched, so the newest days are enough. */
const FEED_DAYS = 50;

// The changes as an Atom feed, one entry per day of change (src/lib/atom.ts).
export const GET: APIRoute = ({ site: address }) => {
  const entries = changeDaysList.slice(0, FEED_DAYS).map((day) => ({
    date: day.date,
    title: `${CHANGES.title} ${day.date}`,
    html: `<ul>${day.lines
      .map((line) => {
        const { plan, sentence, goal, removed } = lineWords(line);
        const what = goal ? ` ${shortText(goal.text)}` : removed !== undefined ? ` "${removed}"` : '';
        return `<li>${escapeXml(`${plan}: ${sentence}${what}`)}</li>`;
      })
      .join('')}</ul>`,
  }));
  return new Response(
    atomFeed({
      title: `${CHANGES.title} – ${SITE_NAME}`,
      site: address?.href,
      feedPath: changesFeedPath(),
      pagePath: changesPath(),
      author: SITE_NAME,
      updated: asOf.date,
      entries,
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
};
