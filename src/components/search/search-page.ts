// The search page's script: runs the search with Pagefind's JS API, renders the results and keeps the
// query and filters in the address, so a search can be shared and the back button returns to it. Goals and
// passages of the plans' text are searched apart (the index's kind filter), with the same filters, and
// listed in two groups, goals first; the goal-only view (visa=mal) leaves the passages out.
// Before Pagefind runs, the query's words are checked against the word list of the indexed goal pages
// (src/lib/spelling.ts): a misspelt word is corrected, a word that is in no goal matches nothing.
// Loaded as an external module (no inline script: the site's Content-Security-Policy forbids them).
import {
  EXACT_PARAM,
  FILTER_KEYS,
  KIND,
  KIND_FILTER,
  OWNER_FILTER,
  QUERY_PARAM,
  SORT_KEY,
  VIEW_PARAM,
  searchText,
  type FilterKey,
} from '../../i18n/search.ts';
import { entryTag } from '../../lib/index-hints.ts';
import { PLACES_FILE, findPlaces, placesIn, type Place, type PlaceIndex } from '../../lib/places.ts';
import { namedOwners } from '../../lib/search-results.ts';
import {
  WORD_LIST_FILE,
  extensions,
  lexicon,
  planQuery,
  suggestionsFor,
  type Lexicon,
  type PlannedQuery,
  type WordList,
} from '../../lib/spelling.ts';
import { placeAnswer, placeSentence } from './place-answer.ts';
import { ownerGroups, passageItem, plainList, resultItem, type ResultData } from './results.ts';

type Filters = Record<FilterKey, string[]>;
interface State {
  query: string;
  filters: Filters;
  /** The reader asked for the words as written: no correction. */
  exact: boolean;
  /** The goal-only view: passages of plan text are not searched. */
  onlyGoals: boolean;
}
interface Pagefind {
  options(options: {
    noWorker?: boolean;
    baseUrl?: string;
    ranking?: { metaWeights?: Record<string, number> };
    metaCacheTag?: string;
  }): Promise<void>;
  init(): Promise<void>;
  /** Loads what a search would need, without searching; a null term loads only the filters' chunks. */
  preload(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<void>;
  search(
    query: string | null,
    options: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

/** Pagefind's bundle, written into the built site by the build (scripts/search-index.ts). */
/** The path the site lives under, without its trailing slash ("" at a domain's root; Vite sets it). */
const BASE = import.meta.env.BASE_URL.replace(/\/+$/, '');
const BUNDLE = `${BASE}/pagefind/pagefind.js`;
/**
 * How long typing pauses before the search runs: short, so results follow the typing (the target is a
 * first result within 150 ms). The status is a polite live region: screen readers speak the count once
 * typing pauses.
 */
const TYPING_DELAY = 40;
/** How long a search typed as you go shows only its first results before it lists the rest and the passages. */
const SETTLE_MS = 250;
// The first results are shown at once: 10, more than a phone's first screen holds (each is a fragment to load
// before anything shows). The rest of a page follow in batches, so a broad search answers quickly; small ones,
// so a search the reader has typed past stops loading soon (at 100×, batches of 100 held up the next
// keystroke's search with a hundred fragments each). A page is 200 goals; "Visa fler" adds the next, so a
// search matching thousands of goals (at scale) does not load them all before it is done.
const FIRST_BATCH = 10;
const BATCH = 25;
const PAGE = 200;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>(`input[name="${QUERY_PARAM}"]`)!;
const filterBox = document.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
const filterCount = filterBox.querySelector<HTMLElement>('[data-search-filter-count]')!;
const clear = filterBox.querySelector<HTMLAnchorElement>('[data-search-clear]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLElement>('[data-search-results]')!;
const unavailable = document.querySelector<HTMLElement>('[data-search-unavailable]')!;
const correction = document.querySelector<HTMLElement>('[data-search-correction]')!;
const help = document.querySelector<HTMLElement>('[data-search-help]')!;
const unknownText = help.querySelector<HTMLElement>('[data-search-unknown]')!;
const closest = help.querySelector<HTMLElement>('[data-search-closest]')!;
const closestWords = help.querySelector<HTMLElement>('[data-search-closest-words]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const goalsHeading = document.querySelector<HTMLElement>('[data-search-goals-heading]')!;
const textGroup = document.querySelector<HTMLElement>('[data-search-text]')!;
const textHeading = textGroup.querySelector<HTMLElement>('h3')!;
const textList = textGroup.querySelector<HTMLOListElement>('ol')!;
const moreText = textGroup.querySelector<HTMLButtonElement>('[data-search-more-text]')!;
const view = document.querySelector<HTMLElement>('[data-search-view]')!;
const placeBox = document.querySelector<HTMLElement>('[data-search-place]')!;
const checkboxes = () => [...filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
/** Wide windows show the filters beside the results; narrow ones fold them away unless some are chosen. */
const wide = matchMedia('(min-width: 50rem)');

const emptyFilters = (): Filters => Object.fromEntries(FILTER_KEYS.map((k) => [k, []])) as unknown as Filters;

function stateFromParams(params: URLSearchParams): State {
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = params.getAll(key).filter((v) => v !== '');
  return {
    query: (params.get(QUERY_PARAM) ?? '').trim(),
    filters,
    exact: params.get(EXACT_PARAM) === '1',
    onlyGoals: params.get(VIEW_PARAM) === KIND.goal,
  };
}

function stateFromForm(): State {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
  // The view is chosen by a link, not in the form: a new search keeps it.
  return { ...stateFromParams(params), onlyGoals: current.onlyGoals };
}

/** The address of a search: the query first, then the filters in the page's order. */
function addressOf(state: State): string {
  const params = new URLSearchParams();
  if (state.query) params.set(QUERY_PARAM, state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.exact && state.query) params.set(EXACT_PARAM, '1');
  if (state.onlyGoals) params.set(VIEW_PARAM, KIND.goal);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
}

const chosen = (state: State) => FILTER_KEYS.reduce((n, key) => n + state.filters[key].length, 0);
const hasFilters = (state: State) => chosen(state) > 0;

/** The search shown now; a new search from the form keeps its view. */
let current: State = stateFromParams(new URLSearchParams(location.search));

function showState(state: State) {
  current = state;
  input.value = state.query;
  for (const box of checkboxes()) box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
  filterCount.textContent = searchText.filtersChosen(chosen(state));
}

/**
 * How much a match in a metadata field counts. Low, so that goals whose own text matches rank above goals
 * that match only through their plan, region, owners, timeframe or areas.
 */
const META_WEIGHT = 0.1;
const META_FIELDS = ['number', 'plan', 'region', 'owners', 'timeframe', 'areas'];

/** The reader's filters and the kind filter: goals alone, or passages alone. */
const ofKind = (filters: Record<string, { any: string[] }>, kind: string) => ({
  ...filters,
  [KIND_FILTER]: { any: [kind] },
});

/**
 * The cache tag of the index's entry file, as the page's head hints it (src/lib/index-hints.ts): with it,
 * Pagefind asks for the very address the head has already loaded, not one with the time in it.
 */
const ENTRY_TAG = entryTag(document.querySelector<HTMLLinkElement>('link[href*="pagefind-entry.json"]')?.href ?? '');

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ BUNDLE) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({
      // In the page, not in a worker: the worker's own script and start-up were the largest part of a cold
      // first search (the header-form path), and the index of a few thousand records is small work.
      noWorker: true,
      baseUrl: `${BASE}/`,
      ranking: { metaWeights: Object.fromEntries(META_FIELDS.map((f) => [f, META_WEIGHT])) },
      ...(ENTRY_TAG ? { metaCacheTag: ENTRY_TAG } : {}),
    });
    await pf.init();
    // Every search filters by kind (goals, passages): that filter's chunk loads now, beside the first
    // search's word chunks, not after them.
    void pf.preload(null, { filters: ofKind({}, KIND.goal) }).catch(() => undefined);
    return pf;
  });
  return pagefind;
}

let words: Promise<Lexicon> | undefined;
function loadWords(): Promise<Lexicon> {
  words ??= fetch(`${BASE}/${WORD_LIST_FILE}`).then(async (response) => {
    if (!response.ok) throw new Error(`${WORD_LIST_FILE}: ${response.status}`);
    return lexicon((await response.json()) as WordList);
  });
  return words;
}

let places: Promise<PlaceIndex> | undefined;
/** The places a query can name; without the file, none (the goal search still works). */
function loadPlaces(): Promise<PlaceIndex> {
  places ??= fetch(`${BASE}/${PLACES_FILE}`)
    .then(async (response) => {
      if (!response.ok) throw new Error(`${PLACES_FILE}: ${response.status}`);
      return (await response.json()) as PlaceIndex;
    })
    .catch((error: unknown) => {
      console.error(error);
      return { version: 1, regions: {}, places: [] } satisfies PlaceIndex;
    });
  return places;
}

/** Shows the places' answers above everything else; returns their sentences, which end the status. */
function showPlaces(index: PlaceIndex, found: Place[]): string {
  placeBox.replaceChildren(...found.map((place) => placeAnswer(place, index.regions, 'h2')));
  placeBox.hidden = found.length === 0;
  return found.map((place) => `${placeSentence(place, index.regions)}.`).join(' ');
}

/** The status: what the goal search found, then the place answer (the count stays first, where it is expected). */
const withPlaces = (text: string, places: string) => (places ? `${text}. ${places}` : text);

/** The owners of the owner filter: each label (what a result's owners are grouped by) and the owner's name. */
const ownerLabels = () =>
  checkboxes()
    .filter((box) => box.name === OWNER_FILTER)
    .map((box) => ({ label: box.value, name: box.dataset.name ?? box.value }));

/** A link to another search, handled in the page like a submitted form (see the click handler below). */
function searchLink(state: State, text: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = addressOf(state);
  link.textContent = text;
  link.dataset.searchLink = '';
  return link;
}

/** "Visar träffar för palliativ. Sök i stället på paliativ": both searches, with the same filters. */
function showCorrection(state: State, plan: PlannedQuery) {
  const corrected = plan.search ?? '';
  correction.replaceChildren(
    `${searchText.showingFor} `,
    searchLink({ ...state, query: corrected, exact: false }, corrected),
    `. ${searchText.insteadFor} `,
    searchLink({ ...state, exact: true }, state.query),
  );
  correction.hidden = false;
}

/** The words that are in no goal, the closest real words (each a search with it instead), and where to browse. */
function showUnknown(state: State, plan: PlannedQuery, lex: Lexicon) {
  const unknown = plan.words.filter((w) => w.used === null).map((w) => w.typed);
  unknownText.textContent = searchText.unknownWords(unknown);
  const links = unknown.flatMap((word) =>
    suggestionsFor(lex, word).map((suggestion) => {
      const query = plan.words.map((w) => (w.typed === word ? suggestion : w.typed)).join(' ');
      return searchLink({ ...state, query, exact: false }, suggestion);
    }),
  );
  closestWords.replaceChildren(...links.flatMap((link, i) => (i === 0 ? [link] : [', ', link])));
  closest.hidden = links.length === 0;
  help.hidden = false;
}

let latest = 0;
/** Lists the next page of the latest search's goals, and of its passages. */
let showMore: (() => void) | undefined;
let showMoreText: (() => void) | undefined;
more.addEventListener('click', () => showMore?.());
moreText.addEventListener('click', () => showMoreText?.());

type Search = { results: { data(): Promise<ResultData> }[] };

/**
 * Lists a search's results from `shown` on, up to `end`, in batches (the first batch is already shown);
 * `add` shows each batch. False when a newer search took over meanwhile.
 */
async function listBatches(
  run: number,
  search: Search,
  shown: ResultData[],
  end: number,
  add: (batch: ResultData[]) => void,
): Promise<boolean> {
  const total = search.results.length;
  for (let i = shown.length; i < Math.min(end, total); i += BATCH) {
    const batch = await Promise.all(search.results.slice(i, Math.min(i + BATCH, end)).map((r) => r.data()));
    if (run !== latest) return false;
    shown.push(...batch);
    add(batch);
  }
  return true;
}

/** The passages of plan text found, as the second group, each with its excerpt. */
async function showPassages(run: number, search: Search | null, queryWords: string[]): Promise<number | null> {
  if (!search) return null;
  const item = (data: ResultData) => passageItem(data, queryWords);
  const total = search.results.length;
  const shown: ResultData[] = await Promise.all(search.results.slice(0, FIRST_BATCH).map((r) => r.data()));
  if (run !== latest) return total;
  textHeading.textContent = searchText.textGroup(total);
  textList.replaceChildren(...shown.map(item));
  textGroup.hidden = false;
  const listUpTo = async (end: number) => {
    if (!(await listBatches(run, search, shown, end, (batch) => textList.append(...batch.map(item))))) return;
    moreText.hidden = shown.length >= total;
    moreText.textContent = searchText.moreText(shown.length, total);
  };
  await listUpTo(PAGE);
  showMoreText = () => void listUpTo(shown.length + PAGE);
  return total;
}

/** The one link to the other view: goals only, or goals and plan text. */
function showView(state: State) {
  view.replaceChildren(
    searchLink({ ...state, onlyGoals: !state.onlyGoals }, state.onlyGoals ? searchText.withText : searchText.onlyGoals),
  );
  view.hidden = !state.query;
}

/** Runs a search; `typing` when the reader is still typing it (the search runs at each pause). */
async function run(state: State, typing = false) {
  const run = ++latest;
  // Busy until this search's results are shown (assistive technology, and tests, wait for it).
  list.setAttribute('aria-busy', 'true');
  const done = () => {
    if (run === latest) list.removeAttribute('aria-busy');
  };
  correction.hidden = true;
  help.hidden = true;
  placeBox.hidden = true;
  more.hidden = true;
  moreText.hidden = true;
  textGroup.hidden = true;
  goalsHeading.hidden = true;
  showMore = undefined;
  showMoreText = undefined;
  showView(state);
  if (!state.query && !hasFilters(state)) {
    list.replaceChildren();
    status.textContent = searchText.prompt;
    done();
    return;
  }
  const filters = Object.fromEntries(
    FILTER_KEYS.filter((key) => state.filters[key].length > 0).map((key) => [key, { any: state.filters[key] }]),
  );
  // Passages are searched for words only; filters alone browse the goals.
  const withText = Boolean(state.query) && !state.onlyGoals;
  // The engine starts now, beside the place list, not after it; its failure is caught where it is awaited.
  const engine = Promise.all([loadPagefind(), loadWords()]);
  engine.catch(() => undefined);
  try {
    // A query that is a place's name is answered without waiting for the search engine: the list is small.
    const placeList = await loadPlaces();
    let said = showPlaces(placeList, findPlaces(placeList, state.query));
    if (run !== latest) return;
    const [pf, lex] = await engine;
    if (run !== latest) return;
    // A place among other words ("palliativ vård i Skåne") is answered too, and the other words are searched.
    let words = state.query;
    if (!said && state.query) {
      const named = placesIn(placeList, state.query, (word) => extensions(lex, word).length > 0);
      if (named.places.length > 0) {
        said = showPlaces(placeList, named.places);
        words = named.rest.join(' ');
      }
    }
    if (said && !words) {
      // Places and nothing else ("Malmö Lund"): the answers are all there is.
      list.replaceChildren();
      status.textContent = said;
      return;
    }
    const plan = words ? planQuery(lex, words, state.exact) : undefined;
    if (plan && plan.search === null) {
      // A word nothing has matches nothing (Pagefind would match a shorter prefix of it instead). A place
      // that is in no text is answered above; the help for unknown words would only contradict it.
      list.replaceChildren();
      if (!said) showUnknown(state, plan, lex);
      status.textContent = withPlaces(searchText.none(words, hasFilters(state), withText), said);
      return;
    }
    // Pagefind 1.6 loads only the index chunk whose range holds a query word, not the chunks after it that
    // hold longer words it is a prefix of; at scale those are often elsewhere, and results went missing
    // ("vård" stopped at the words of one chunk). Loading the chunks of every indexed word the query
    // extends to first makes Pagefind match all of them.
    // With the search's own filters, so their chunks load beside the words' (not after them, in the search).
    if (plan && plan.extensions.length > 0)
      await pf.preload(plan.extensions.join(' '), { filters: ofKind(filters, KIND.goal) });
    const query = plan?.search ?? null;
    // Without a query, filters browse the goals in the plans' order.
    const search = await pf.search(
      query,
      query
        ? { filters: ofKind(filters, KIND.goal) }
        : { filters: ofKind(filters, KIND.goal), sort: { [SORT_KEY]: 'asc' } },
    );
    if (!search || run !== latest) return;
    if (plan?.corrected) showCorrection(state, plan);
    const owners = plan
      ? namedOwners(
          ownerLabels(),
          plan.words.map((w) => w.used ?? ''),
        )
      : [];
    const shown: ResultData[] = await Promise.all(search.results.slice(0, FIRST_BATCH).map((r) => r.data()));
    if (run !== latest) return;
    const total = search.results.length;
    // Under the group heading "Mål (n)" when passages are listed too; owner groups one level below it.
    goalsHeading.textContent = searchText.goalsGroup(total);
    goalsHeading.hidden = !withText;
    const level = withText ? 'h4' : 'h3';
    const render = () =>
      list.replaceChildren(...(owners.length > 0 ? ownerGroups(shown, owners, level) : plainList(shown)));
    render();
    // While the reader types, the rest waits until they pause: a search typed past would otherwise keep
    // loading results nobody sees, and the next keystroke's search would wait behind them.
    if (typing) await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    if (run !== latest) return;
    // The passages are searched once the first goals are shown (goals come first, and the first answer is not
    // kept waiting for a second search), and listed while the goals' first page loads.
    const passages = (
      withText ? pf.search(query, { filters: ofKind(filters, KIND.text) }) : Promise.resolve(null)
    ).then((textSearch) =>
      showPassages(
        run,
        textSearch,
        (plan?.words ?? []).flatMap((w) => (w.used ? [w.used] : [])),
      ),
    );
    /** Lists goals up to `end`; false when a newer search took over meanwhile. */
    const listUpTo = async (end: number): Promise<boolean> => {
      // Grouped results are regrouped with each batch; a plain list grows at its end.
      const add = (batch: ResultData[]) =>
        owners.length > 0 ? render() : list.querySelector('ol')!.append(...batch.map(resultItem));
      if (!(await listBatches(run, search, shown, end, add))) return false;
      more.hidden = shown.length >= total;
      more.textContent = searchText.more(shown.length, total);
      return true;
    };
    const [listed, textTotal] = await Promise.all([listUpTo(PAGE), passages]);
    if (!listed || run !== latest) return;
    showMore = () => void listUpTo(shown.length + PAGE);
    // Announced once the first page is listed.
    const grouped = owners.length > 0 && total > 0 ? searchText.groupedByOwner : '';
    // The words as the reader wrote them (without the places answered above), or as corrected.
    const searched = plan?.corrected ? (plan.search ?? '') : words;
    status.textContent = withPlaces(
      total === 0 && !textTotal
        ? searchText.none(searched, hasFilters(state), withText)
        : `${searchText.found(total, textTotal, searched)}${grouped}`,
      said,
    );
  } catch (error) {
    console.error(error);
    if (run !== latest) return;
    list.replaceChildren();
    textGroup.hidden = true;
    status.textContent = '';
    unavailable.hidden = false;
  } finally {
    done();
  }
}

// One history entry per search: typing replaces the entry its first pause created; a filter, a submit or
// clearing starts a new one.
let typingEntry = false;
function record(state: State, typing: boolean) {
  const address = addressOf(state);
  if (address !== `${location.pathname}${location.search}`) {
    if (typing && typingEntry) history.replaceState(null, '', address);
    else history.pushState(null, '', address);
  }
  typingEntry = typing;
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const state = stateFromForm();
    record(state, true);
    void run(state, true);
  }, TYPING_DELAY);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  const state = stateFromForm();
  record(state, false);
  void run(state);
});

filterBox.addEventListener('change', (event) => {
  if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'checkbox') return;
  const state = stateFromForm();
  filterCount.textContent = searchText.filtersChosen(chosen(state));
  record(state, false);
  void run(state);
});

clear.addEventListener('click', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  const state: State = { query: '', filters: emptyFilters(), exact: false, onlyGoals: false };
  showState(state);
  record(state, false);
  void run(state);
  input.focus();
});

window.addEventListener('popstate', () => {
  clearTimeout(timer);
  typingEntry = false;
  const state = stateFromParams(new URLSearchParams(location.search));
  showState(state);
  void run(state);
});

const initial = stateFromParams(new URLSearchParams(location.search));
showState(initial);
filterBox.open = wide.matches || hasFilters(initial);
filterBox.hidden = false;
// Search links in the correction, the no-results help and the view switch run in the page, like a search.
for (const box of [correction, help, view]) {
  box.addEventListener('click', (event) => {
    const link =
      event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-search-link]') : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    clearTimeout(timer);
    const state = stateFromParams(new URL(link.href).searchParams);
    showState(state);
    record(state, false);
    void run(state);
  });
}

// Pagefind and the word list load with the page, so that the first search does not wait for them.
void loadPagefind().catch(() => undefined);
void loadWords().catch(() => undefined);
void loadPlaces();
void run(initial);
