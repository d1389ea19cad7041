// Places as the search page looks them up: every county (by its SCB name, short name and region name) and
// every municipality, each with the healthcare region(s) it belongs to. Built once at build time into a small
// JSON file (PLACES_FILE); the lookup runs in the browser. Pure, so tests check both without a build.
import type { ContentModel } from './model.ts';

/** The file the build writes and the search page reads, relative to the site's base path. */
export const PLACES_FILE = 'platser.json';

/** A healthcare region's name and page, once per region in the file. */
export interface RegionLink {
  name: string;
  href: string;
}

export interface PlaceRegion {
  id: string;
  /** In a split county: the county's municipalities in this region. */
  municipalities?: string[];
  /** In a split county: the first source of this part, and what a reader should know about it. */
  source?: { url: string; note?: string };
}

export interface Place {
  kind: 'county' | 'municipality';
  /** The place as SCB names it: "Skåne län", "Malmö". */
  name: string;
  /** The county ("Skåne län"). */
  county: string;
  /** A county's region organisation ("Region Skåne"). */
  regionName?: string;
  /** One healthcare region, or the parts of a split county. */
  regions: PlaceRegion[];
  /** For a split county, what the region itself says about it. */
  split?: { quote: string; url: string };
  /** Lower-case names the place is found by. */
  keys: string[];
}

export interface PlaceIndex {
  version: 1;
  regions: Record<string, RegionLink>;
  places: Place[];
}

/** The form a name and a query are compared in: lower case, single spaces, hyphens as spaces. */
export const normalizePlace = (text: string) =>
  text
    .toLocaleLowerCase('sv')
    .replace(/[-\s]+/g, ' ')
    .trim();

/** What readers add to a place's name that does not change which place it is. */
const SUFFIXES = [' kommun', ' stad', ' län'];

export function placeIndex(model: ContentModel, regionHref: (id: string) => string): PlaceIndex {
  const region = (id: string, extra: Partial<PlaceRegion> = {}): PlaceRegion => ({ id, ...extra });
  const places = (model.places?.counties ?? []).flatMap((county): Place[] => {
    const names = new Map(county.municipalities.map((m) => [m.code, m.name]));
    const parts = county.split?.parts ?? [];
    const countyRegions = county.healthcareRegion
      ? [region(county.healthcareRegion)]
      : parts.map((part) =>
          region(part.healthcareRegion, {
            municipalities: part.municipalities.map((code) => names.get(code) ?? code),
            source: { url: part.sources[0].url, note: part.sources[0].sourceNote },
          }),
        );
    const split = county.split ? { quote: county.split.source.quote, url: county.split.source.url } : undefined;
    return [
      {
        kind: 'county',
        name: county.name,
        county: county.name,
        regionName: county.regionName,
        regions: countyRegions,
        ...(split ? { split } : {}),
        keys: [...new Set([county.name, county.shortName, county.regionName].map(normalizePlace))],
      },
      ...county.municipalities.map((m): Place => {
        const part = parts.find((p) => p.municipalities.includes(m.code));
        return {
          kind: 'municipality',
          name: m.name,
          county: county.name,
          regions: [region(part?.healthcareRegion ?? county.healthcareRegion!)],
          keys: [normalizePlace(m.name)],
        };
      }),
    ];
  });
  const regions = Object.fromEntries(model.regions.map((r) => [r.id, { name: r.name, href: regionHref(r.id) }]));
  return { version: 1, regions, places };
}

/**
 * The places with this (normalized) name: a county before a municipality of the same name unless "kommun"
 * was written.
 */
function placesNamed(index: PlaceIndex, name: string): Place[] {
  if (!name) return [];
  const forms = [name, ...SUFFIXES.filter((s) => name.endsWith(s)).map((s) => name.slice(0, -s.length))];
  const found = index.places.filter((p) => p.keys.some((k) => forms.includes(k)));
  const byKind = (p: Place) => (p.kind === 'county') !== name.endsWith(' kommun');
  return [...found.filter(byKind), ...found.filter((p) => !byKind(p))];
}

/** The places a query names: the whole query is a place's name, with or without "län", "kommun" or "stad". */
export function findPlaces(index: PlaceIndex, query: string): Place[] {
  return placesNamed(index, normalizePlace(query));
}

/** Prepositions that put a place in a query ("vård i Skåne"), left out with the place. */
const LOCATIVES = ['i', 'på', 'inom', 'från'];

/**
 * The places a longer query names among its other words ("palliativ vård i Skåne", "Region Skåne
 * screening"), and the words to search for. The longest name wins ("Region Skåne" before "Skåne"). A name
 * whose words the plans' own text has (`isWord`: "Region Västerbotten", an owner) stays among the words to
 * search for; a name the text does not have would match nothing, so it is left to the place answer, with a
 * preposition before it ("i Skåne"). A single word the text has that names only municipalities ("Vara",
 * "Mark" and "Lund" are also ordinary words) is a place here only with "kommun", "län" or "stad" after it; as
 * the whole query, findPlaces answers it.
 */
export function placesIn(
  index: PlaceIndex,
  query: string,
  isWord: (word: string) => boolean,
): { places: Place[]; rest: string[] } {
  const words = normalizePlace(query)
    .split(' ')
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  const longest = Math.max(1, ...index.places.flatMap((p) => p.keys.map((k) => k.split(' ').length))) + 1;
  const places: Place[] = [];
  const rest: string[] = [];
  for (let i = 0; i < words.length;) {
    let span: string[] = [];
    for (let n = Math.min(longest, words.length - i); n >= 1 && span.length === 0; n--) {
      const name = words.slice(i, i + n);
      let found = placesNamed(index, name.join(' '));
      if (n === 1 && isWord(name[0]) && found.every((p) => p.kind === 'municipality')) found = [];
      for (const place of found) if (!places.includes(place)) places.push(place);
      if (found.length > 0) span = name;
    }
    if (span.length === 0) rest.push(words[i++]);
    else {
      if (span.every(isWord)) rest.push(...span);
      // "i Skåne", "inom Region Skåne": with the place left out, its preposition would be searched alone.
      else if (LOCATIVES.includes(rest.at(-1) ?? '')) rest.pop();
      i += span.length;
    }
  }
  return { places, rest };
}
