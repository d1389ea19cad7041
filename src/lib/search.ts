// What the search index holds for each goal: filters, result meta and the parts of its compound words.
// Pure functions over the content model, so the goal page renders them and tests check them without a build.
import { t } from '../i18n/sv.ts';
import { FILTER_KEYS, type FilterKey } from '../i18n/search.ts';
import type { VocabularyEntry } from '../schemas/index.ts';
import { areasOfGoal, planOf, regionOf } from './derive.ts';
import type { ContentModel, GoalEntry, PlanEntry } from './model.ts';
import { formatPeriod, yearsOf } from './timeframe.ts';
import { matchingEntries } from './vocabulary.ts';

/** The extra words a text is indexed under: the parts and synonyms of the vocabulary words it contains, once each. */
export function searchTerms(text: string, vocabulary: VocabularyEntry[]): string[] {
  return [...new Set(matchingEntries(text, vocabulary).flatMap((entry) => [...(entry.parts ?? []), ...(entry.synonyms ?? [])]))];
}

/** A plan version as the plan filter names it: "Norr 2022–2024". */
export function planLabel(model: ContentModel, plan: PlanEntry): string {
  return `${regionOf(model, plan).shortName} ${formatPeriod(plan.period)}`;
}

/** Owner names as the owner filter shows them; a name several owners share gets its region added. */
export function ownerLabels(model: ContentModel): Map<string, string> {
  const count = new Map<string, number>();
  for (const o of model.owners) count.set(o.name, (count.get(o.name) ?? 0) + 1);
  return new Map(
    model.owners.map((o) => {
      if (count.get(o.name) === 1) return [o.id, o.name];
      const region = model.regions.find((r) => r.id === o.region);
      return [o.id, `${o.name} (${region ? region.shortName : 'nationell'})`];
    }),
  );
}

export interface SearchRecord {
  /** Shown with each result. */
  meta: { title: string; number: string; plan: string; region: string; owners: string; timeframe: string; areas: string };
  /** Filter values by filter key; a goal can have several values per key. */
  filters: Record<FilterKey, string[]>;
  /** Extra words (compound parts and synonyms) the goal is also found by. */
  terms: string[];
  /** Position of the goal among all goals, zero-padded so Pagefind sorts it as text. */
  order: string;
}

/** Everything the search index needs to know about one goal, derived from the content model. */
export function searchRecord(model: ContentModel, goal: GoalEntry, vocabulary: VocabularyEntry[]): SearchRecord {
  const plan = planOf(model, goal);
  const region = regionOf(model, plan);
  const owners = new Map(model.owners.map((o) => [o.id, o]));
  const labels = ownerLabels(model);
  const directions = new Map(model.directions.map((d) => [d.id, d]));
  const index = model.plans.flatMap((p) => p.goals).findIndex((g) => g.id === goal.id);
  const areas = areasOfGoal(model, goal).map(({ direction, area }) => {
    const d = directions.get(direction)!;
    return `${d.shortTitle}: ${d.areas.find((a) => a.id === area)?.title ?? area}`;
  });
  return {
    meta: {
      title: goal.text,
      number: goal.number ? `Mål ${goal.number}` : '',
      plan: plan.title,
      region: region.name,
      owners: goal.owners.length === 0 ? t.noOwners : goal.owners.map((id) => owners.get(id)?.name ?? id).join(', '),
      timeframe: goal.timeframe ?? t.noTimeframe,
      areas: areas.join('; '),
    },
    filters: {
      region: [region.shortName],
      plan: [planLabel(model, plan)],
      omrade: areas,
      ansvarig: goal.owners.map((id) => labels.get(id) ?? id),
      ar: goal.years ? yearsOf(goal.years).map(String) : [],
    },
    terms: searchTerms(goal.text, vocabulary),
    order: String(index).padStart(5, '0'),
  };
}

/** Every filter value some goal has, per filter, in the order the search page lists them. */
export function filterOptions(model: ContentModel): { key: FilterKey; values: string[] }[] {
  const records = model.plans.flatMap((p) => p.goals).map((g) => searchRecord(model, g, []));
  // Regions, plans and areas in the content's own order; owners alphabetically; years in time order.
  const order: Partial<Record<FilterKey, string[]>> = {
    region: model.regions.map((r) => r.shortName),
    plan: model.plans.map((p) => planLabel(model, p)),
    omrade: model.directions.flatMap((d) => d.areas.map((a) => `${d.shortTitle}: ${a.title}`)),
  };
  return FILTER_KEYS.map((key) => {
    const values = [...new Set(records.flatMap((r) => r.filters[key]))];
    const ranks = order[key];
    values.sort(ranks ? (a, b) => ranks.indexOf(a) - ranks.indexOf(b) : (a, b) => a.localeCompare(b, 'sv'));
    return { key, values };
  });
}

/** The search page. */
export const searchPath = () => '/sok/';
