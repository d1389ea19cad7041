// Displayed Swedish wording of the search: the header field, the search page and its script. Kept apart
// from sv.ts because the browser script imports it too, and should not carry the rest of the site's text.

/** URL parameter of the query; the filters' parameters are their keys in FILTER_LEGENDS. */
export const QUERY_PARAM = 'q';
/** URL parameter that turns typo correction off (`exakt=1`): the reader asked for the words as written. */
export const EXACT_PARAM = 'exakt';

/** The filters, in the order they are shown, by URL parameter (also the Pagefind filter name). */
export const FILTER_LEGENDS = {
  region: 'Sjukvårdsregion',
  plan: 'Planversion',
  omrade: 'Område',
  ansvarig: 'Ansvarig',
  ar: 'År',
} as const;

export type FilterKey = keyof typeof FILTER_LEGENDS;
export const FILTER_KEYS = Object.keys(FILTER_LEGENDS) as FilterKey[];

export const searchText = {
  pageTitle: 'Sök mål',
  pageDescription: 'Sök bland målen i de regionala cancerplanerna, efter ord, region, plan, område, ansvarig och år.',
  headerLabel: 'Sök bland målen',
  headerLandmark: 'Sök på webbplatsen',
  queryLabel: 'Sökord',
  queryHint:
    'Sök på ord ur målens text, t.ex. screening, bröstcancer eller kontaktsjuksköterska, eller på ett län eller en kommun.',
  submit: 'Sök',
  filtersHeading: 'Avgränsa',
  filtersChosen: (n: number) => (n === 0 ? '' : ` (${n} ${n === 1 ? 'vald' : 'valda'})`),
  filtersNote:
    'Bara planer vars mål är överförda finns med. Väljer du flera värden i samma grupp räcker det att målet har ett av dem.',
  clear: 'Rensa sökningen',
  resultsHeading: 'Träffar',
  noScript: 'Sökningen behöver JavaScript, som är avstängt i din webbläsare. Du hittar alla mål även utan sökning:',
  browseDirections: 'Mål efter ramverk och område',
  browseOwners: 'Mål efter ansvarig',
  browseYears: 'Mål efter år',
  prompt: 'Skriv ett sökord eller välj ett filter för att se mål.',
  loading: 'Söker …',
  loadError:
    'Sökningen kunde inte laddas. Försök igen senare, eller hitta målen via ramverken, de ansvariga eller åren.',
  found: (n: number, query: string) => `${n} mål hittades${query ? ` för ”${query}”` : ''}`,
  none: (query: string, filtered: boolean) =>
    query
      ? `Inga mål hittades för ”${query}”${filtered ? ' med de valda filtren' : ''}`
      : 'Inga mål hittades med de valda filtren',
  owners: 'Ansvariga',
  timeframe: 'Tidsram',
  /** Shown when a misspelt word was corrected: "Visar träffar för palliativ. Sök i stället på paliativ". */
  showingFor: 'Visar träffar för',
  insteadFor: 'Sök i stället på',
  /** When a word matches nothing: the closest real words, and the pages that list goals without searching. */
  unknownWords: (words: string[]) =>
    `${words.length === 1 ? 'Ordet' : 'Orden'} ${words.map((w) => `”${w}”`).join(', ')} finns inte i något mål.`,
  closestWords: 'Närmaste ord i målen:',
  browseInstead: 'Du kan också hitta målen utan att söka:',
  /** Group heading when the query names owners: the owner, and how many of the results it answers for. */
  ownerGroup: (owner: string, n: number) => `Ansvarig: ${owner} (${n} mål)`,
  otherHits: (n: number) => `Andra träffar (${n} mål)`,
  groupedByOwner: ', grupperade efter ansvarig',
  more: (shown: number, total: number) => `Visa fler mål (visar ${shown} av ${total})`,
  /** A place typed as the query: which healthcare region it belongs to, first. */
  placeIn: (place: string, region: string) => `${place} hör till ${region}`,
  placeSplit: (place: string, n: number) =>
    `${place} är delat mellan ${['', 'en', 'två', 'tre', 'fyra'][n] ?? n} sjukvårdsregioner`,
  placeMunicipality: (name: string, county: string) => `${name} är en kommun i ${county}.`,
  placeRegionLink: (region: string) => `${region}: planer och mål`,
  placeSplitSays: (regionName: string) => `${regionName} skriver:`,
  placePartMunicipalities: 'Kommunerna',
  placeSource: 'källa',
  placeLandmark: 'Plats',
  glossary: 'Ord och förkortningar',
  glossaryHint: 'Förkortningar som SVF och MDK förklaras under',
} as const;
