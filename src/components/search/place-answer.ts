// A place typed as the query or among its words (a county, its region, a municipality) answered first: which
// healthcare region it belongs to, with a link to the region's page; for a split county, what its region
// says, and each region with the municipalities in it.
import { searchText } from '../../i18n/search.ts';
import type { Place, PlaceRegion, RegionLink } from '../../lib/places.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, ...children: (Node | string)[]) => {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
};
const link = (href: string, text: string) => {
  const a = el('a', text);
  a.href = href;
  return a;
};
const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/** The sentence the status announces and the heading shows. */
type Regions = Record<string, RegionLink>;
const linkOf = (regions: Regions, id: string) => regions[id] ?? { name: id, href: '' };

export function placeSentence(place: Place, regions: Regions): string {
  return place.regions.length === 1
    ? searchText.placeIn(place.name, linkOf(regions, place.regions[0].id).name)
    : searchText.placeSplit(place.name, place.regions.length);
}

function part(region: PlaceRegion, regions: Regions): HTMLLIElement {
  const { name, href } = linkOf(regions, region.id);
  const item = el('li', link(href, name));
  if (region.municipalities) item.append(`: ${region.municipalities.join(', ')}`);
  if (region.source) {
    const source = el('span', ' (', link(region.source.url, `${searchText.placeSource}: ${host(region.source.url)}`));
    source.className = 'meta';
    source.append(region.source.note ? `; ${region.source.note.replace(/\.$/, '')})` : ')');
    item.append(source);
  }
  return item;
}

/** One place's answer: a heading with the answer, where the place is, and the way on. */
export function placeAnswer(place: Place, regions: Regions, level: 'h2' | 'h3'): HTMLElement {
  const box = el('div');
  box.className = 'place';
  box.append(el(level, placeSentence(place, regions)));
  box.append(
    el(
      'p',
      place.kind === 'municipality'
        ? searchText.placeMunicipality(place.name, place.county)
        : [place.county, place.regionName].filter(Boolean).join(' · '),
    ),
  );
  if (place.split) {
    const quote = el('q', place.split.quote);
    box.append(
      el(
        'p',
        `${searchText.placeSplitSays(place.regionName ?? place.name)} `,
        quote,
        ' (',
        link(place.split.url, host(place.split.url)),
        ')',
      ),
      el('ul', ...place.regions.map((r) => part(r, regions))),
    );
  } else {
    const { name, href } = linkOf(regions, place.regions[0].id);
    box.append(el('p', link(href, searchText.placeRegionLink(name))));
  }
  return box;
}
