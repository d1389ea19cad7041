// Displayed Swedish wording, kept in one place so the same thing is always said the same way.
import type { TranscriptionStatus } from '../schemas/index.ts';

export const SITE_NAME = 'Regionala cancerplaner';

export const STATUS_LABEL: Record<TranscriptionStatus, string> = {
  complete: 'Alla mål överförda',
  partial: 'Delvis överförd',
  'not-transcribed': 'Målen är inte överförda',
};

export const t = {
  skipLink: 'Hoppa till innehållet',
  mainNav: 'Huvudmeny',
  breadcrumbs: 'Du är här',
  home: 'Start',
  openData: 'Öppna data',
  period: 'Period',
  region: 'Sjukvårdsregion',
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
  tableScroll: (caption: string) => `${caption} (tabellen kan rullas i sidled)`,
  noTimeframe: 'Ingen tidsram anges',
  currentVersion: 'Gällande version',
  archivedVersion: 'Tidigare version',
} as const;
