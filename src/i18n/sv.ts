// Displayed Swedish wording, kept in one place so the same thing is always said the same way.
import type { OwnerKind, TranscriptionStatus } from '../schemas/index.ts';

export const SITE_NAME = 'Regionala cancerplaner';

/** A healthcare region's name inside a sentence: "Norra sjukvårdsregionen" → "norra sjukvårdsregionen". */
export const inSentence = (name: string) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`;

export const STATUS_LABEL: Record<TranscriptionStatus, string> = {
  complete: 'Alla mål överförda',
  partial: 'Delvis överförd',
  'not-transcribed': 'Målen är inte överförda',
};

/** Per coverage cell state (CellState in src/lib/coverage.ts, which i18n does not import: indexing with a state this lacks does not compile). */
export const CELL_LABEL = {
  covered: 'mål',
  gap: 'Lucka',
  'missing-data': 'Mål ej överförda',
  'not-covered': 'Saknar mål',
  'not-followed': 'Anger inte ramverket',
  unknown: 'Okänt',
} as const satisfies Record<string, string>;

/** Why a plan version is named beside a framework's table or an area instead of shown (coverage.ts). */
export const WITHOUT_DATA_LABEL = {
  'missing-data': 'Följer ramverket, men planens mål finns inte på webbplatsen',
  'not-stated': 'Planens text anger inte ramverket',
  older: 'Äldre än ramverket',
  unknown: 'Okänt om planen följer ramverket (planens text har inte lästs)',
} as const satisfies Record<string, string>;

/** Who judged a gap: the plan's own words, or the site's editors reading the plan. */
export const GAP_LABEL: Record<'plan' | 'site', string> = {
  plan: 'Lucka enligt planen',
  site: 'Lucka enligt webbplatsens bedömning',
};

/** Short labels per lifecycle state (Lifecycle in src/lib/lifecycle.ts, which i18n does not import). */
export const LIFECYCLE_LABEL = {
  'in-force': 'Gäller',
  upcoming: 'Kommande',
  unconfirmed: 'Oklart om den gäller',
  ended: 'Perioden har slutat',
  draft: 'Utkast',
} as const satisfies Record<string, string>;

/** The shape of a lifecycle (src/lib/lifecycle.ts) as far as its wording needs it. */
type LifecycleWording =
  { state: 'draft' | 'upcoming' | 'in-force' | 'unconfirmed' } | { state: 'ended'; laterKnown: boolean };

/** "Någon senare plan har inte hittats (sökt 2026-12-02)." with the day the sources were last searched. */
export const noLaterPlan = (checked: string) => `Någon senare plan har inte hittats (sökt ${checked}).`;
/** For a region with no published plan at all. */
export const noPlanFound = (checked: string) => `Ingen plan för regionen har hittats (sökt ${checked}).`;

/**
 * One sentence on where a plan version stands, from its lifecycle, period and confirmation only, and the day
 * the sources were last searched (content/site.yaml), so every "not found" says when it was looked for.
 */
export function lifecycleSentence(
  lifecycle: LifecycleWording,
  plan: { period: { from: number; to: number | null }; confirmedInForce?: string },
  checked: string,
): string {
  const { period } = plan;
  switch (lifecycle.state) {
    case 'draft':
      return 'Utkast. Inget beslut om att anta planversionen är registrerat, så den räknas inte som gällande.';
    case 'upcoming':
      return `Perioden börjar ${period.from}.`;
    case 'in-force':
      return period.to === null
        ? `Planen gäller från ${period.from} och tills vidare, enligt en källa från ${plan.confirmedInForce}. ${noLaterPlan(checked)}`
        : `Planperioden ${period.from}–${period.to} pågår.`;
    case 'unconfirmed':
      return `Planen gäller från ${period.from} utan slutår, men ingen källa säger att den gäller i dag. ${noLaterPlan(checked)}`;
    case 'ended':
      return `Perioden slutade ${period.to}. ${lifecycle.laterKnown ? 'En senare plan finns.' : noLaterPlan(checked)}`;
  }
}

/** A member region, with the part of it that belongs when only part does: "Region Halland (södra Halland)". */
export const memberLabel = (name: string, parts: Record<string, string>) =>
  parts[name] ? `${name} (${parts[name]})` : name;

/** What the site holds of a plan, in one plain sentence; never a count of goals nobody has transcribed. */
export function holdings(plan: {
  status: TranscriptionStatus;
  goals: readonly unknown[];
  columns: readonly { key: string }[];
}): string {
  const n = plan.goals.length;
  const keys = new Set(plan.columns.map((c) => c.key));
  const what = keys.has('owners') && keys.has('timeframe') ? ', med ansvariga och tidsramar' : '';
  if (plan.status === 'complete') return n === 1 ? `Planens mål finns här${what}.` : `Alla ${n} mål finns här${what}.`;
  if (plan.status === 'partial' && n > 0) return `${n} av planens mål finns här${what}; resten saknas.`;
  return 'Planens mål finns inte på den här webbplatsen.';
}

export const OWNER_KIND_LABEL: Record<OwnerKind, string> = {
  region: 'Region',
  regionerna: 'Regionerna gemensamt',
  rcc: 'Regionalt cancercentrum',
  'rcc-roll': 'Roll inom RCC',
  enhet: 'Verksamhet',
  nationell: 'Nationell aktör',
};

/** The main menu: what readers come to ask (which plan in my region, who is responsible, by when). */
export const NAV = [
  { href: '/regioner/', label: 'Regioner' },
  { href: '/planer/', label: 'Planer' },
  { href: '/ansvariga/', label: 'Ansvariga' },
  { href: '/ar/', label: 'År' },
] as const;

/** The footer's menu: for those who compare, reuse the data or want to know more about the site. */
export const FOOTER_NAV = [
  { href: '/ramverk/', label: 'Ramverk och områden' },
  { href: '/tackning/', label: 'Täckning' },
  { href: '/oppna-data/', label: 'Öppna data' },
  { href: '/ord/', label: 'Ord och förkortningar' },
  { href: '/andringar/', label: 'Ändringar' },
  { href: '/om/', label: 'Om webbplatsen' },
  { href: '/tillganglighet/', label: 'Tillgänglighetsredogörelse' },
] as const;

export const t = {
  /** A page's description where it has none of its own (search results, shared links). */
  siteDescription:
    'Sveriges sex sjukvårdsregionala cancerplaner: planernas mål, vem som är ansvarig och tidsramarna, med källa.',
  skipLink: 'Hoppa till innehållet',
  mainNav: 'Huvudmeny',
  footerNav: 'Mer om planerna och webbplatsen',
  breadcrumbs: 'Du är här',
  home: 'Start',
  period: 'Period',
  region: 'Sjukvårdsregion',
  plan: 'Plan',
  chapter: 'Kapitel',
  owners: 'Ansvariga',
  timeframe: 'Tidsram',
  areas: 'Områden',
  adopted: 'Beslut',
  adoptionUnknown: 'Inget beslut om antagande är registrerat; planversionen är ett utkast.',
  adoptingBodyUnknown: 'Beslutande organ har inte hittats.',
  source: 'Källa',
  /** The disclosure on a plan's page with its sources and what is uncertain or missing. */
  aboutSource: 'Om källan',
  /** When the plan's data on this site last changed (not the plan itself). */
  dataChanged: 'Uppgifterna här ändrades senast',
  status: 'Överföring',
  goalsCount: (n: number) => (n === 1 ? '1 mål' : `${n} mål`),
  /** Plan versions counted in a sentence: "1 planversion", "3 planversioner". */
  versionsCount: (n: number) => (n === 1 ? '1 planversion' : `${n} planversioner`),
  /** Beside an area in a list: its goals on the site, or nothing, never "0 mål" while most plans' goals are missing. */
  areaGoals: (n: number) => (n === 0 ? '' : n === 1 ? '(1 mål)' : `(${n} mål)`),
  /** A plan's link to a direction that its sources do not state (plan.yaml followsAssessed). */
  followsAssessed: 'kopplingen är webbplatsens bedömning; planens källor nämner inte just det här ramverket',
  /** How much of a plan is transcribed, with its goal count when it has goals: never "0 mål". */
  transcription: (status: TranscriptionStatus, n: number) =>
    status === 'not-transcribed' ? STATUS_LABEL[status] : `${STATUS_LABEL[status]} (${n === 1 ? '1 mål' : `${n} mål`})`,
  /** A plan's goal count that never reads "0 mål" for goals nobody has transcribed. */
  transcribedGoals: (status: TranscriptionStatus, n: number) =>
    status === 'complete'
      ? n === 1
        ? '1 mål'
        : `${n} mål`
      : n === 0
        ? 'inga mål överförda'
        : `${n} mål överförda, inte alla`,
  contents: 'På den här sidan',
  toTop: 'Till början',
  noGoalsInChapter: 'Kapitlets mål finns inte på webbplatsen.',
  /** Above the list of a plan's chapters whose text and goals are not on the site. */
  structureAll: 'Planens delar, i planens ordning. Deras text och mål finns inte på webbplatsen.',
  structureRest: 'Planens övriga delar, i planens ordning. Deras text och mål finns inte på webbplatsen.',
  urlUnconfirmed: '(adressen är inte bekräftad)',
  draftGoal: 'Målet hör till ett utkast till en planversion, som inte är antagen. Det visas bara i förhandsgranskning.',
  titleUnconfirmed: 'Den exakta titeln är inte bekräftad i källan.',
  noTimeframe: 'Ingen tidsram anges',
  noOwners: 'Ingen ansvarig anges',
  planState: 'Läge',
  provisional: 'Preliminära områden',
  /** After a provisional area's name in search filters and result meta. */
  provisionalArea: 'preliminärt område',
  provisionalNote:
    'Ramverkets egna områden har inte kunnat läsas. Områdena här är tillfälliga och kommer från en annan källa, se nedan.',
  goalPage: 'Målets sida',
  /** Heading of a member region's goals shared with the other regions, e.g. "… i norra sjukvårdsregionen". */
  sharedGoals: (regionName: string) => `Gemensamt för regionerna i ${inSentence(regionName)}`,
  /** The pagination nav of a list split into pages. */
  pages: 'Sidor',
  previousPage: 'Föregående',
  nextPage: 'Nästa',
  page: 'Sida',
  /** A paged list's page, in its title and heading: "sida 2 av 5". */
  pageOf: (n: number, total: number) => `sida ${n} av ${total}`,
} as const;

/** A title with its page number when the list has several pages: "Mål 2024, sida 2 av 5". */
export const pagedTitle = (title: string, page: { n: number; total: number }) =>
  page.total > 1 ? `${title}, ${t.pageOf(page.n, page.total)}` : title;

/**
 * The last breadcrumbs of a paged list: the list itself, current on its first page; from page 2 on a link
 * to the list, then "Sida n".
 */
export const pagedCrumbs = (label: string, href: string, page: { n: number }) =>
  page.n > 1 ? [{ label, href }, { label: `${t.page} ${page.n}` }] : [{ label }];
