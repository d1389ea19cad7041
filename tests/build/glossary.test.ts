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

/** The abbreviations with a sourced written-out form: those the pages mark. */
const marked = (model.terms ?? []).filter((t) => t.abbreviation && (t.termSources ?? []).length > 0);
const MARK = /<a class="term" href="([^"]+)"><abbr title="([^"]+)">([^<]+)<\/abbr><\/a>/g;
/** Whether the text has the abbreviation as a word of its own (as the pages match it). */
const has = (text: string, abbreviation: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${abbreviation}(?![\\p{L}\\p{N}])`, 'u').test(text);

test('goal pages mark each abbreviation of the goal once, linked to the glossary, the text unchanged', () => {
  const goals = (JSON.parse(read('data/goals.json')) as { goals: { id: string; text: string }[] }).goals;
  let seen = 0;
  for (const goal of goals) {
    const h1 = /<h1 class="goal-title(?: long)?">([\s\S]*?)<\/h1>/.exec(read(`mal/${goal.id}/index.html`))![1];
    // Only wrapped: without the marks, the heading is the goal's text exactly.
    const decoded = h1
      .replace(MARK, '$3')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&amp;', '&');
    assert.equal(decoded, goal.text, goal.id);
    const marks = [...h1.matchAll(MARK)];
    const expected = marked.filter((t) => has(goal.text, t.abbreviation!));
    assert.deepEqual(marks.map((m) => m[3]).sort(), expected.map((t) => t.abbreviation).sort(), goal.id);
    for (const m of marks) {
      const term = expected.find((t) => t.abbreviation === m[3])!;
      assert.equal(m[1], `/ord/#${termAnchor(term)}`);
      assert.equal(m[2], term.term);
    }
    seen += marks.length;
  }
  assert.ok(seen > 5, 'some goals have abbreviations');
});

/** A mark inside a link (an owner's name): the <abbr> with its written-out form, without a link of its own. */
const MARK_IN_LINK = /<abbr title="([^"]+)">([^<]+)<\/abbr>/g;

test('a plan page marks each abbreviation once, at its first use on the page, its details block included', () => {
  for (const plan of ['norr-2022-2024', 'mellansverige-2019-2021']) {
    const page = read(`planer/${plan}/index.html`);
    const article = page.slice(page.indexOf('<article'), page.indexOf('</article>'));
    const marks = [...article.matchAll(MARK_IN_LINK)].map((m) => ({ title: m[1], name: m[2], index: m.index }));
    const names = marks.map((m) => m.name);
    assert.equal(new Set(names).size, names.length, `${plan}: each once`);
    // Every sourced abbreviation the page uses is marked with its written-out form, and none is used before
    // its mark (code, never marked, aside; a link's text counts, since an owner's name is marked inside it).
    const plain = (html: string) => html.replace(/<code\b[^>]*>[\s\S]*?<\/code>/g, ' ').replace(/<[^>]+>/g, ' ');
    for (const term of marked) {
      const at = marks.find((m) => m.name === term.abbreviation);
      if (!at) {
        assert.ok(!has(plain(article), term.abbreviation!), `${plan}: ${term.abbreviation} is used but not marked`);
        continue;
      }
      assert.equal(at.title, term.term, `${plan}: ${term.abbreviation}`);
      const before = plain(article.slice(0, at.index));
      assert.ok(!has(before, term.abbreviation!), `${plan}: ${term.abbreviation} before its mark`);
    }
  }
  // The details block: who adopted the plan, and the owners with the most goals.
  const norr = read('planer/norr-2022-2024/index.html');
  const facts = /<dl class="facts">[\s\S]*?<\/dl>/.exec(norr)![0];
  assert.match(
    facts,
    /Norra sjukvårdsregionförbundet \(<a class="term" href="\/ord\/#[^"]+"><abbr title="Norra sjukvårdsregionförbundet">NRF<\/abbr><\/a>\)/,
  );
  const summary = /<div class="answer plan-summary">[\s\S]*?<\/div>/.exec(norr)![0];
  // An owner's name is a link already: its abbreviation gets the written-out form, no second link.
  assert.match(
    summary,
    /<a href="\/ansvariga\/[^"]+\/"><abbr title="regionalt cancercentrum">RCC<\/abbr> Norr[^<]*<\/a>/,
  );
  assert.doesNotMatch(summary, /<a class="term"/);
  const mellansverige = /<dl class="facts">[\s\S]*?<\/dl>/.exec(read('planer/mellansverige-2019-2021/index.html'))![0];
  assert.match(
    mellansverige,
    /Samverkansnämnden \(<a class="term" href="[^"]+"><abbr title="Samverkansnämnden">SVN<\/abbr><\/a>\)/,
  );
  const names = [...norr.slice(norr.indexOf('<div class="plan-text">')).matchAll(MARK)].map((m) => m[3]);
  assert.ok(names.includes('SVF') && names.includes('MDK'));
});
