// Displayed Swedish wording, kept in one place so the same thing is always said the same way.
import type { OwnerKind, TranscriptionStatus } from '../schemas/index.ts';

export const SITE_NAME = 'Regionala cancerplaner';

export const STATUS_LABEL: Record<TranscriptionStatus, string> = {
  complete: 'Alla mål överförda',
  partial: 'Delvis överförd',
  'not-transcribed': 'Målen är inte överförda',
};

/** Per coverage cell state (CellState in src/lib/coverage.ts, which i18n does not import: indexing with a state this lacks does not compile). */
export const CELL_LABEL = {
  covered: 'mål',
  gap: 'Angiven lucka',
  'missing-data': 'Mål ej överförda',
  'not-covered': 'Saknar mål',
  'not-followed': 'Följer inte ramverket',
} as const satisfies Record<string, string>;

export const OWNER_KIND_LABEL: Record<OwnerKind, string> = {
  region: 'Region',
  regionerna: 'Regionerna gemensamt',
  rcc: 'Regionalt cancercentrum',
  'rcc-roll': 'Roll inom RCC',
  enhet: 'Verksamhet',
  nationell: 'Nationell aktör',
};

export const NAV = [
  { href: '/', label: 'Start' },
  { href: '/ramverk/', label: 'Ramverk och områden' },
  { href: '/tackning/', label: 'Täckning' },
  { href: '/ansvariga/', label: 'Ansvariga' },
  { href: '/ar/', label: 'År' },
  { href: '/oppna-data/', label: 'Öppna data' },
  { href: '/om/', label: 'Om webbplatsen' },
] as const;

export const t = {
  skipLink: 'Hoppa till innehållet',
  mainNav: 'Huvudmeny',
  breadcrumbs: 'Du är här',
  home: 'Start',
  period: 'Period',
  region: 'Sjukvårdsregion',
  plan: 'Plan',
  chapter: 'Kapitel',
  owners: 'Ansvariga',
  timeframe: 'Tidsram',
  areas: 'Områden',
  adopted: 'Antagen',
  adoptionUnknown: 'Beslut om antagande har inte hittats i källorna.',
  source: 'Källa',
  status: 'Överföring',
  goalsCount: (n: number) => (n === 1 ? '1 mål' : `${n} mål`),
  contents: 'Innehåll',
  chapterNotTranscribed: 'Kapitlets text är inte överförd.',
  noGoalsInChapter: 'Inga mål är överförda för det här kapitlet.',
  planNoGoals: 'Planens mål är inte överförda till webbplatsen.',
  titleUnconfirmed: 'Den exakta titeln är inte bekräftad i källan.',
  noTimeframe: 'Ingen tidsram anges',
  noOwners: 'Ingen ansvarig anges',
  currentVersion: 'Gällande version',
  archivedVersion: 'Tidigare version (arkiverad)',
  provisional: 'Preliminära områden',
  provisionalNote:
    'Ramverkets egna områden har inte kunnat läsas. Områdena här är tillfälliga och kommer från en annan källa, se nedan.',
  goalPage: 'Målets sida',
} as const;
