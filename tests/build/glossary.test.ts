// The built glossary (/ord/) and place list (/platser.json) in dist/ (issue 19): every term of
// content/terms.yaml once, with its written-out form, its explanation only where a source gives one, and a
// link to each source; every place with its healthcare region; the glossary linked from every page's footer.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { PlaceIndex } from '../../src/lib/places.ts';
import { termAnchor } from '../../src/lib/paths.ts';
import { readDist as read } from '../support/dist.ts';
import { validate } from '../../src/lib/validate/index.ts';

const model = validate(join(import.meta.dirname, '..', '..')).model;
const html = read('ord/index.html');
/** The entry (dt and its dd) with the id. */
function entry(id: string): string {
  const start = html.indexOf(`<dt id="${id}"`);
  assert.ok(start >= 0, `an entry #${id}`);
  return html.slice(start, html.indexOf('</dd>', start));
}
const text = (part: string) =>
  part
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

test('the glossary lists every term once, with its written-out form and, only when sourced, its explanation', () => {
  const terms = model.terms ?? [];
  assert.ok(terms.length >= 20, 'the terms list is read');
  assert.equal([...html.matchAll(/<dt id="/g)].length, terms.length);
  for (const term of terms) {
    const part = entry(termAnchor(term));
    assert.ok(text(part).includes(term.term), `${term.term} written out`);
    if (term.abbreviation)
      assert.match(part, new RegExp(`<abbr title="${term.term}"[^>]*>${term.abbreviation}</abbr>`));
    if (term.explanation) assert.ok(text(part).includes(term.explanation), `${term.term} explained`);
    else assert.doesNotMatch(part, /<dd[^>]*>\s*<p(?! class="meta")/, `${term.term} has no explanation`);
    // Each source is a link: to the page, or to the plan on this site.
    for (const source of [...(term.termSources ?? []), ...(term.explanationSources ?? [])])
      assert.ok(
        part.includes(`href="${source.url ?? `/planer/${source.plan}/`}"`),
        `${term.term}: ${source.url ?? source.plan}`,
      );
  }
});

test('every page links to the glossary in its footer', () => {
  for (const page of ['index.html', 'om/index.html', 'sok/index.html', 'mal/norr22-mdk/index.html'])
    assert.match(read(page).split('<footer')[1], /href="\/ord\/"/, page);
});

test('the place list holds every county and municipality with its healthcare region and page', () => {
  const index = JSON.parse(read('platser.json')) as PlaceIndex;
  const counties = model.places?.counties ?? [];
  assert.equal(index.places.length, counties.length + counties.flatMap((c) => c.municipalities).length);
  const regionIds = new Set(model.regions.map((r) => r.id));
  for (const place of index.places) {
    assert.ok(place.regions.length > 0, place.name);
    for (const r of place.regions) {
      assert.ok(regionIds.has(r.id), `${place.name}: ${r.id}`);
      assert.equal(index.regions[r.id].href, `/regioner/${r.id}/`);
    }
  }
  const halland = index.places.find((p) => p.name === 'Hallands län');
  assert.deepEqual(
    halland?.regions.map((r) => r.id),
    ['syd', 'vast'],
  );
});
