// The search page's script: runs the search with Pagefind's JS API, renders the results and keeps the
// query and filters in the address, so a search can be shared and the back button returns to it.
// Loaded as an external module (no inline script: the site's Content-Security-Policy forbids them).
import { FILTER_KEYS, QUERY_PARAM, searchText, type FilterKey } from '../../i18n/search.ts';

type Filters = Record<FilterKey, string[]>;
interface State {
  query: string;
  filters: Filters;
}
interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  init(): Promise<void>;
  search(
    query: string | null,
    options: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

/** Pagefind's bundle, written into the built site by the build (scripts/search-index.ts). */
const BUNDLE = '/pagefind/pagefind.js';
/**
 * How long typing pauses before the search runs: short, so results follow the typing (the target is a
 * first result within 150 ms). The status is a polite live region: screen readers speak the count once
 * typing pauses.
 */
const TYPING_DELAY = 40;
// The first results are shown at once; the rest follow in batches, so a broad search answers quickly.
const FIRST_BATCH = 20;
const BATCH = 100;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>(`input[name="${QUERY_PARAM}"]`)!;
const filterBox = document.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
const filterCount = filterBox.querySelector<HTMLElement>('[data-search-filter-count]')!;
const clear = filterBox.querySelector<HTMLAnchorElement>('[data-search-clear]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const unavailable = document.querySelector<HTMLElement>('[data-search-unavailable]')!;
const checkboxes = () => [...filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
/** Wide windows show the filters beside the results; narrow ones fold them away unless some are chosen. */
const wide = matchMedia('(min-width: 50rem)');

const emptyFilters = (): Filters => Object.fromEntries(FILTER_KEYS.map((k) => [k, []])) as unknown as Filters;

function stateFromParams(params: URLSearchParams): State {
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = params.getAll(key).filter((v) => v !== '');
  return { query: (params.get(QUERY_PARAM) ?? '').trim(), filters };
}

function stateFromForm(): State {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
  return stateFromParams(params);
}

/** The address of a search: the query first, then the filters in the page's order. */
function addressOf(state: State): string {
  const params = new URLSearchParams();
  if (state.query) params.set(QUERY_PARAM, state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
}

const chosen = (state: State) => FILTER_KEYS.reduce((n, key) => n + state.filters[key].length, 0);
const hasFilters = (state: State) => chosen(state) > 0;

function showState(state: State) {
  input.value = state.query;
  for (const box of checkboxes()) box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
  filterCount.textContent = searchText.filtersChosen(chosen(state));
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ BUNDLE) as Promise<Pagefind>).then(async (pf) => {
    await pf.init();
    return pf;
  });
  return pagefind;
}

function resultItem({ url, meta }: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'goal-item';
  const link = document.createElement('a');
  link.href = url;
  link.textContent = meta.title ?? url;
  const where = document.createElement('span');
  where.className = 'meta';
  where.textContent = [meta.number, `${meta.plan} (${meta.region})`].filter(Boolean).join(' · ');
  const who = document.createElement('span');
  who.className = 'meta';
  who.textContent = `${searchText.owners}: ${meta.owners} · ${searchText.timeframe}: ${meta.timeframe}`;
  item.append(link, where, who);
  return item;
}

let latest = 0;
async function run(state: State) {
  const run = ++latest;
  // Busy until this search's results are shown (assistive technology, and tests, wait for it).
  list.setAttribute('aria-busy', 'true');
  const done = () => {
    if (run === latest) list.removeAttribute('aria-busy');
  };
  if (!state.query && !hasFilters(state)) {
    list.replaceChildren();
    status.textContent = searchText.prompt;
    done();
    return;
  }
  const filters = Object.fromEntries(
    FILTER_KEYS.filter((key) => state.filters[key].length > 0).map((key) => [key, { any: state.filters[key] }]),
  );
  try {
    const pf = await loadPagefind();
    // Without a query, filters browse the goals in the plans' order.
    const search = await pf.search(state.query || null, state.query ? { filters } : { filters, sort: { ordning: 'asc' } });
    if (!search || run !== latest) return;
    const first = await Promise.all(search.results.slice(0, FIRST_BATCH).map((r) => r.data()));
    if (run !== latest) return;
    list.replaceChildren(...first.map(resultItem));
    for (let i = FIRST_BATCH; i < search.results.length; i += BATCH) {
      const batch = await Promise.all(search.results.slice(i, i + BATCH).map((r) => r.data()));
      if (run !== latest) return;
      list.append(...batch.map(resultItem));
    }
    // Announced once every result is listed, so the count and the list agree.
    const total = search.results.length;
    status.textContent = total === 0 ? searchText.none(state.query, hasFilters(state)) : searchText.found(total, state.query);
  } catch (error) {
    console.error(error);
    if (run !== latest) return;
    list.replaceChildren();
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
    void run(state);
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
  const state: State = { query: '', filters: emptyFilters() };
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
input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
void run(initial);
