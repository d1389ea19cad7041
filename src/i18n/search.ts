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
/** The owner filter: its values are also what a result's owners are grouped by when a query names them. */
export const OWNER_FILTER = 'ansvarig' satisfies FilterKey;
/** The index's sort key: the goals in the plans' order, then the passages. */
export const SORT_KEY = 'ordning';

/** The index's filter that tells goals from passages of plan text: searched apart, counted apart. */
export const KIND_FILTER = 'typ';
export const KIND = { goal: 'mal', text: 'text' } as const;
/** URL parameter of the goal-only view (`visa=mal`): passages of plan text are left out. */
export const VIEW_PARAM = 'visa';

export const searchText = {
  pageTitle: 'Sök i planerna',
  pageDescription:
    'Sök bland målen och i texten i de regionala cancerplanerna, efter ord, plats, region, plan, område, ansvarig och år.',
  headerLabel: 'Sök i planerna',
  headerLandmark: 'Sök på webbplatsen',
  queryLabel: 'Sökord',
  queryHint:
    'Sök på ord ur målen eller planernas text, t.ex. screening, bröstcancer eller kontaktsjuksköterska, eller på ett län eller en kommun.',
  submit: 'Sök',
  filtersHeading: 'Avgränsa',
  filtersChosen: (n: number) => (n === 0 ? '' : ` (${n} ${n === 1 ? 'vald' : 'valda'})`),
  filtersNote:
    'Filtren gäller både målen och planernas text. Väljer du flera värden i samma grupp räcker det att träffen har ett av dem.',
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
  /** The count: goals, and passages of plan text when those were searched (null when not). */
  found: (goals: number, passages: number | null, query: string) => {
    const q = query ? ` för ”${query}”` : '';
    if (passages === null) return `${goals} mål hittades${q}`;
    const text = `${passages === 0 ? 'inga' : passages} avsnitt i planernas text`;
    return `${goals === 0 ? 'Inga' : goals} mål och ${text} hittades${q}`;
  },
  none: (query: string, filtered: boolean, withText: boolean) =>
    `Inga mål ${withText ? 'eller avsnitt i planernas text ' : ''}hittades${query ? ` för ”${query}”` : ''}${
      filtered ? ' med de valda filtren' : ''
    }`,
  /** What is searched, from the data: how many plan versions have their goals and their text here. */
  scope: (withGoals: number, withText: number, plans: number) =>
    `Sökningen gäller det som finns här: målen i ${withGoals} av ${plans} planversioner och texten i ${withText} av ${plans}.`,
  goalsHeading: 'Mål',
  textHeading: 'I planernas text',
  goalsGroup: (n: number) => `Mål (${n})`,
  textGroup: (n: number) => `I planernas text (${n})`,
  /** The goal-only view and back, one link each. */
  onlyGoals: 'Visa bara mål',
  withText: 'Visa även träffar i planernas text',
  moreText: (shown: number, total: number) => `Visa fler avsnitt (visar ${shown} av ${total})`,
  owners: 'Ansvariga',
  timeframe: 'Tidsram',
  /** Shown when a misspelt word was corrected: "Visar träffar för palliativ. Sök i stället på paliativ". */
  showingFor: 'Visar träffar för',
  insteadFor: 'Sök i stället på',
  /** When a word matches nothing: the closest real words, and the pages that list goals without searching. */
  unknownWords: (words: string[]) =>
    `${words.length === 1 ? 'Ordet' : 'Orden'} ${words.map((w) => `”${w}”`).join(', ')} finns varken i målen eller i planernas text.`,
  closestWords: 'Närmaste ord i planerna:',
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
