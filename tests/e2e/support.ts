// Shared by the browser tests: one page of every page type, and the open data they are held against.
// (Not a spec file: Playwright only runs *.spec.ts.)
import type { APIRequestContext } from '@playwright/test';
import type { OpenGoal } from '../../src/lib/open-data.ts';

export interface PageType {
  /** What kind of page it is, used in test titles. */
  type: string;
  path: string;
  /** The page is the start page (no breadcrumbs). */
  start?: boolean;
  /** The server answers 404 (the 404 page; no breadcrumbs). */
  notFound?: boolean;
  /** The page must have at least one data table (so table checks are never vacuous). */
  tables?: boolean;
}

export const PAGE_TYPES: PageType[] = [
  { type: 'start', path: '/', start: true },
  { type: 'regions index', path: '/regioner/' },
  { type: 'region', path: '/regioner/norr/' },
  { type: 'plans index', path: '/planer/' },
  { type: 'plan', path: '/planer/norr-2022-2024/', tables: true },
  { type: 'plan without goals', path: '/planer/syd-2023-2025/' },
  { type: 'goal', path: '/mal/norr22-cancergenetik/' },
  { type: 'directions index', path: '/ramverk/' },
  { type: 'direction', path: '/ramverk/vagen-framat-2020-2022/' },
  { type: 'area', path: '/ramverk/vagen-framat-2020-2022/prevention-och-tidig-diagnostik/' },
  { type: 'coverage', path: '/tackning/', tables: true },
  { type: 'owners index', path: '/ansvariga/' },
  { type: 'owner', path: '/ansvariga/rcc-norr/' },
  { type: 'years index', path: '/ar/' },
  { type: 'year', path: '/ar/2023/' },
  { type: 'about', path: '/om/' },
  { type: 'glossary', path: '/ord/' },
  { type: 'open data', path: '/oppna-data/' },
  { type: 'changes', path: '/andringar/' },
  { type: 'accessibility statement', path: '/tillganglighet/' },
  { type: '404', path: '/finns-inte-har/', notFound: true },
];

export const MOBILE = { width: 320, height: 640 };
/** A common phone (issue 13 was reported at this width). */
export const PHONE = { width: 375, height: 812 };
/** The most list entries a page of the paged site holds (paged-site.ts). */
export const PAGED_SITE_PAGE_ENTRIES = 10;
export const DESKTOP = { width: 1280, height: 800 };

export const NORR_PLAN = 'norr-2022-2024';
export const NORR_GOAL_COUNT = 43;

/** A goal as /data/goals.json publishes it (the shape is defined once, by the site). */
export type OpenDataGoal = OpenGoal;

export async function loadGoals(request: APIRequestContext): Promise<OpenDataGoal[]> {
  const response = await request.get('/data/goals.json');
  if (!response.ok()) throw new Error(`/data/goals.json answered ${response.status()}`);
  const data = (await response.json()) as { version: number; goals: OpenDataGoal[] };
  if (!Array.isArray(data.goals) || data.goals.length === 0) throw new Error('/data/goals.json has no goals');
  return data.goals;
}

/** Collapses runs of white space, as a reader (and textContent comparisons) should. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
