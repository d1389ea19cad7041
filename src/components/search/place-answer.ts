// A place typed as the query (a county, its region, a municipality) answered first: which healthcare region
// it belongs to, with a link to the region's page; for a split county, what its region says, and each region
// with the municipalities in it.
import { searchText } from '../../i18n/search.ts';
import type { Place, PlaceRegion } from '../../lib/places.ts';

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
export function placeSentence(place: Place): string {
  return place.regions.length === 1
    ? searchText.placeIn(place.name, place.regions[0].name)
    : searchText.placeSplit(place.name, place.regions.length);
}

function part(region: PlaceRegion): HTMLLIElement {
  const item = el('li', link(region.href, region.name));
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
export function placeAnswer(place: Place, level: 'h2' | 'h3'): HTMLElement {
  const box = el('div');
  box.className = 'place';
  box.append(el(level, placeSentence(place)));
  box.append(
    el(
      'p',
      place.kind === 'municipality'
        ? searchText.placeMunicipality(place.name, place.county)
        : `${place.county} · ${place.regionName}`,
    ),
  );
  if (place.split) {
    const quote = el('q', place.split.quote);
    box.append(
      el(
        'p',
        `${searchText.placeSplitSays(place.regionName)} `,
        quote,
        ' (',
        link(place.split.url, host(place.split.url)),
        ')',
      ),
      el('ul', ...place.regions.map(part)),
    );
  } else {
    box.append(el('p', link(place.regions[0].href, searchText.placeRegionLink(place.regions[0].name))));
  }
  return box;
}
