// Every public address in one place, so links, the crawler and the open data agree. Addresses use ids,
// never positions, so they do not change when goals are reordered. They start with the path the site lives
// under (Astro's base, from SITE_URL: "/cancerplaner/…"); in Node scripts and tests, outside Vite, with "/".

const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/+$/, '');
/** A root-relative path ("/om/") under the site's base path ("/cancerplaner/om/"). */
export const withBase = (path: string) => `${BASE}${path}`;

export const plansPath = () => withBase('/planer/');
/** A plan's page from the site's root, without the base path (as the search index records addresses). */
export const planRoute = (planId: string) => `/planer/${planId}/`;
export const planPath = (planId: string) => withBase(planRoute(planId));
/** The introduction's section on a plan page. */
export const INTRO_ANCHOR = 'inledning';
export const chapterAnchor = (chapterId: string) => `kapitel-${chapterId}`;
export const chapterPath = (planId: string, chapterId: string) => `${planPath(planId)}#${chapterAnchor(chapterId)}`;
/** The folder of the goal pages ("mal/<id>/index.html"), the only pages the search index reads. */
export const GOALS_FOLDER = 'mal';
/** The goal's own page; its row on the plan page carries the same id as anchor. */
export const goalPath = (goalId: string) => withBase(`/${GOALS_FOLDER}/${goalId}/`);
export const regionsPath = () => withBase('/regioner/');
export const regionPath = (regionId: string) => withBase(`/regioner/${regionId}/`);
export const directionsPath = () => withBase('/ramverk/');
export const directionPath = (directionId: string) => withBase(`/ramverk/${directionId}/`);
export const areaPath = (directionId: string, areaId: string) => withBase(`/ramverk/${directionId}/${areaId}/`);
export const coveragePath = () => withBase('/tackning/');
export const ownersPath = () => withBase('/ansvariga/');
export const ownerPath = (ownerId: string) => withBase(`/ansvariga/${ownerId}/`);
export const yearsPath = () => withBase('/ar/');
export const yearPath = (year: number) => withBase(`/ar/${year}/`);
export const aboutPath = () => withBase('/om/');
export const dataPath = (file: 'goals.json' | 'goals.csv' | 'plans.json' | 'plans.csv' | 'katalog.rdf') =>
  withBase(`/data/${file}`);
/** The start page. */
export const homePath = () => withBase('/');
export const changesPath = () => withBase('/andringar/');
/** The glossary "Ord och förkortningar". */
export const glossaryPath = () => withBase('/ord/');
/** A term's anchor on the glossary: its abbreviation or term in lower-case ASCII ("svf", "palliativ-vard"). */
export const termAnchor = (term: { abbreviation?: string; term: string }) =>
  (term.abbreviation ?? term.term)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** A term on the glossary. */
export const termPath = (term: { abbreviation?: string; term: string }) => `${glossaryPath()}#${termAnchor(term)}`;
export const changesFeedPath = () => withBase('/andringar.xml');
