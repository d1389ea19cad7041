// What the search index holds for each goal: filters, result meta and the parts of its compound words.
// Pure functions over the content model, so the goal page renders them and tests check them without a build.
import { t } from '../i18n/sv.ts';
import { FILTER_KEYS, KIND, KIND_FILTER, OWNER_FILTER, SORT_KEY, type FilterKey } from '../i18n/search.ts';
import type { Owner, Region, Term, VocabularyEntry } from '../schemas/index.ts';
import type { ContentModel, GoalEntry, PlanEntry } from './model.ts';
import type { Passage } from './passages.ts';
import { planRoute, withBase } from './paths.ts';
import { TERMS_MARK } from './search-results.ts';
import { formatPeriod, yearsOf } from './timeframe.ts';
import { termWords } from './terms.ts';
import { matchingEntries } from './vocabulary.ts';

/**
 * The extra words a text is indexed under, once each: the parts and synonyms of the vocabulary words it
 * contains, and the other form of each term it has (written out for an abbreviation, and the reverse).
 */
export function searchTerms(text: string, vocabulary: VocabularyEntry[], terms: Term[] = []): string[] {
  return [
    ...new Set([
      ...matchingEntries(text, vocabulary).flatMap((entry) => [...(entry.parts ?? []), ...(entry.synonyms ?? [])]),
      ...termWords(text, terms),
    ]),
  ];
}

/** A plan version as the plan filter names it: "Norr 2022–2024". */
export function planLabel(plan: PlanEntry, region: Region): string {
  return `${region.shortName} ${formatPeriod(plan.period)}`;
}

/** Owner names as the owner filter shows them; a name several owners share gets its region added. */
export function ownerLabels(model: ContentModel): Map<string, string> {
  const count = new Map<string, number>();
  for (const o of model.owners) count.set(o.name, (count.get(o.name) ?? 0) + 1);
  const regions = new Map(model.regions.map((r) => [r.id, r]));
  return new Map(
    model.owners.map((o) => {
      if (count.get(o.name) === 1) return [o.id, o.name];
      const region = o.region ? regions.get(o.region) : undefined;
      return [o.id, `${o.name} (${region ? region.shortName : 'nationell'})`];
    }),
  );
}

/** One filter on the search page: its values, and for owners each value's name as a query would name it. */
export interface FilterOption {
  key: FilterKey;
  values: string[];
  /** The owner's name behind each label (without the region a shared name gets), in the values' order. */
  names?: string[];
}

export interface SearchRecord {
  /**
   * Shown with each result. No title: Pagefind takes a page's title from the first heading of its body, the
   * goal page's h1, which is the goal's text (tests/build/search.test.ts holds that they are the same).
   */
  meta: {
    number: string;
    plan: string;
    region: string;
    owners: string;
    timeframe: string;
    areas: string;
  };
  /** Filter values by filter key; a goal can have several values per key. */
  filters: Record<FilterKey, string[]>;
  /** Extra words (compound parts and synonyms) the goal is also found by. */
  terms: string[];
  /** Position of the goal among all goals, zero-padded so Pagefind sorts it as text. */
  order: string;
}

/** An area as the search filters and result meta name it; a provisional direction's area says so. */
export const areaLabel = (d: { shortTitle: string; status: string }, title: string) =>
  `${d.shortTitle}: ${title}${d.status === 'provisional' ? ` (${t.provisionalArea})` : ''}`;

/** Each area's label by "direction/area". */
const areaLabelsOf = (model: ContentModel) =>
  new Map(model.directions.flatMap((d) => d.areas.map((a) => [`${d.id}/${a.id}`, areaLabel(d, a.title)] as const)));

/**
 * What the search records look up: the site index's own lookups (src/lib/site-index.ts), so nothing is
 * indexed twice, and the filter labels, derived once.
 */
export interface SearchLookups {
  model: ContentModel;
  plan(id: string): PlanEntry;
  region(id: string): Region;
  owners: Map<string, Owner>;
  /** A plan version as the plan filter names it: "Norr 2022–2024". */
  planLabel(id: string): string;
  areasOf(goal: GoalEntry): { direction: string; area: string }[];
  /** Owner names as the owner filter shows them (ownerLabels). */
  ownerLabels: Map<string, string>;
  /** Each area's label by "direction/area". */
  areaLabels: Map<string, string>;
}

/** The filter labels of the content, for the lookups. */
export function searchLabels(model: ContentModel): Pick<SearchLookups, 'ownerLabels' | 'areaLabels'> {
  return { ownerLabels: ownerLabels(model), areaLabels: areaLabelsOf(model) };
}

/**
 * The lookups for a model without a site index (the indexing step, which reads only the passages; tests):
 * maps built here, once. The build's pages pass the site index's instead.
 */
export function modelLookups(model: ContentModel, areasOf: SearchLookups['areasOf']): SearchLookups {
  const plans = new Map(model.plans.map((p) => [p.id, p]));
  const regions = new Map(model.regions.map((r) => [r.id, r]));
  return {
    model,
    plan: (id) => plans.get(id)!,
    region: (id) => regions.get(id)!,
    owners: new Map(model.owners.map((o) => [o.id, o])),
    planLabel: (id) => {
      const plan = plans.get(id)!;
      return planLabel(plan, regions.get(plan.region)!);
    },
    areasOf,
    ...searchLabels(model),
  };
}

/** Everything the search index needs to know about each goal; linear in the content. */
export function searchRecords(lookups: SearchLookups, goals: GoalEntry[]): Map<string, SearchRecord> {
  const { model, owners, ownerLabels: labels, areaLabels } = lookups;
  const vocabulary = model.vocabulary ?? [];
  return new Map(
    goals.map((goal, index): [string, SearchRecord] => {
      const plan = lookups.plan(goal.plan);
      const region = lookups.region(plan.region);
      const areas = lookups.areasOf(goal).map(({ direction, area }) => areaLabels.get(`${direction}/${area}`) ?? area);
      return [
        goal.id,
        {
          meta: {
            number: goal.number ? `Mål ${goal.number}` : '',
            plan: plan.title,
            region: region.name,
            owners:
              goal.owners.length === 0 ? t.noOwners : goal.owners.map((id) => owners.get(id)?.name ?? id).join(', '),
            timeframe: goal.timeframe ?? t.noTimeframe,
            areas: areas.join('; '),
          },
          filters: {
            region: [region.shortName],
            plan: [lookups.planLabel(plan.id)],
            omrade: areas,
            [OWNER_FILTER]: goal.owners.map((id) => labels.get(id) ?? id),
            ar: goal.years ? yearsOf(goal.years).map(String) : [],
          },
          terms: searchTerms(goal.text, vocabulary, model.terms ?? []),
          order: String(index).padStart(5, '0'),
        },
      ];
    }),
  );
}

/** A passage of plan text as the search index holds it (a Pagefind custom record). */
export interface PassageRecord {
  /** The passage's section on the plan page, from the site's root (Pagefind adds the base path). */
  url: string;
  /** The passage's text, then TERMS_MARK and the extra words it is also found by (as a goal's). */
  content: string;
  meta: { title: string; plan: string; region: string };
  /** The goals' filters (a passage has no owner; its years are its plan's period), and its kind. */
  filters: Record<FilterKey | typeof KIND_FILTER, string[]>;
  /** After every goal, in the content's order, so a sort by it never drops a passage. */
  sort: { [SORT_KEY]: string };
}

/** The search records of the plans' passages: the goals' filters, so one choice narrows both. */
export function passageRecords(lookups: SearchLookups, passages: Passage[]): PassageRecord[] {
  const { model, areaLabels } = lookups;
  const vocabulary = model.vocabulary ?? [];
  return passages.map((passage, index) => {
    const plan = lookups.plan(passage.plan);
    const region = lookups.region(plan.region);
    const chapter = plan.chapters.find((c) => c.id === passage.chapter);
    const areas = Object.entries(chapter?.areas ?? {}).flatMap(([direction, ids]) =>
      ids.map((area) => areaLabels.get(`${direction}/${area}`) ?? area),
    );
    const terms = searchTerms(passage.text, vocabulary, model.terms ?? []);
    return {
      url: `${planRoute(plan.id)}#${passage.anchor}`,
      content: terms.length > 0 ? `${passage.text} ${TERMS_MARK} ${terms.join(' ')}` : passage.text,
      meta: { title: passage.heading, plan: plan.title, region: region.name },
      filters: {
        region: [region.shortName],
        plan: [lookups.planLabel(plan.id)],
        omrade: areas,
        [OWNER_FILTER]: [],
        ar: plan.period.to === null ? [] : yearsOf({ from: plan.period.from, to: plan.period.to }).map(String),
        [KIND_FILTER]: [KIND.text],
      },
      sort: { [SORT_KEY]: `p${String(index).padStart(5, '0')}` },
    };
  });
}

/** Every filter value some goal or passage has, per filter, in the order the search page lists them. */
export function filterOptions(
  lookups: SearchLookups,
  records: Map<string, SearchRecord>,
  passages: PassageRecord[] = [],
): FilterOption[] {
  const { model } = lookups;
  // Regions, plans and areas in the content's own order; owners alphabetically; years in time order.
  const rank = (values: string[]) => new Map(values.map((v, i) => [v, i]));
  const order: Partial<Record<FilterKey, Map<string, number>>> = {
    region: rank(model.regions.map((r) => r.shortName)),
    plan: rank(model.plans.map((p) => lookups.planLabel(p.id))),
    omrade: rank([...lookups.areaLabels.values()]),
  };
  return FILTER_KEYS.map((key) => {
    const values = new Set<string>();
    for (const record of [...records.values(), ...passages]) for (const value of record.filters[key]) values.add(value);
    const ranks = order[key];
    const sorted = [...values].sort(
      ranks ? (a, b) => (ranks.get(a) ?? -1) - (ranks.get(b) ?? -1) : (a, b) => a.localeCompare(b, 'sv'),
    );
    if (key !== OWNER_FILTER) return { key, values: sorted };
    const nameOf = new Map(model.owners.map((o) => [lookups.ownerLabels.get(o.id)!, o.name]));
    return { key, values: sorted, names: sorted.map((label) => nameOf.get(label) ?? label) };
  });
}

/** The search page. */
export const searchPath = () => withBase('/sok/');
