// Asserts on the search as built in dist/ (run after `npm run build`): the Pagefind bundle exists and is
// Swedish, only goal pages carry a searchable body, each goal page hands Pagefind its meta, filters and
// compound parts, all matching the open data, and the plans' text is indexed as passages, one per section
// of a plan page that has text, each pointing to that section.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';

import { DIST as dist, fragments, htmlFiles, readDist as read } from '../support/dist.ts';
import { PTR_WAIT_MS } from '../../src/lib/engine-files.ts';
import { WORD_LIST_FILE } from '../../src/lib/spelling.ts';
import { runScript } from '../support/run-script.ts';

interface OpenGoal {
  id: string;
  text: string;
  owners: { name: string }[];
  timeframe: { label: string; from: number; to: number } | null;
}
const goals = (JSON.parse(read('data/goals.json')) as { goals: OpenGoal[] }).goals;

/** The values of one data-pagefind-* attribute on a page, e.g. all "ar" filter values. */
function attrValues(html: string, attr: 'meta' | 'filter', key: string): string[] {
  const pattern = new RegExp(`data-pagefind-${attr}="${key}:([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((m) => m[1].replaceAll('&amp;', '&').replaceAll('&quot;', '"'));
}

/** The text of an HTML fragment as Pagefind reads it: tags out, entities decoded, whitespace collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<a [^>]*data-footnote-ref[^>]*>[\s\S]*?<\/a>/g, '')
    // Inline elements (links, marked abbreviations, emphasis) run on in their words; blocks are apart.
    .replace(/<\/?(a|abbr|em|strong|code|del)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replace(/\s+/g, ' ')
    .trim();

/** Each section of a published plan page with text: its address with anchor, and the text of its prose. */
function planSections(): Map<string, string> {
  const plans = (JSON.parse(read('data/plans.json')) as { plans: { id: string }[] }).plans;
  const sections = new Map<string, string>();
  for (const { id } of plans) {
    const html = read(`planer/${id}/index.html`);
    for (const m of html.matchAll(/<section (?:class="chapter" [^>]*)?id="([\w-]+)"[^>]*>([\s\S]*?)<\/section>/g)) {
      const prose = /<div class="prose">([\s\S]*)<\/div>/.exec(m[2]);
      if (prose) sections.set(`/planer/${id}/#${m[1]}`, textOf(prose[1]));
    }
  }
  return sections;
}

test('dist/pagefind holds a Swedish index of exactly the goal pages and the passages of plan text', () => {
  for (const file of ['pagefind.js', 'pagefind-entry.json'])
    assert.ok(existsSync(join(dist, 'pagefind', file)), `dist/pagefind/${file}`);
  const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
    languages: Record<string, { page_count: number }>;
  };
  assert.deepEqual(Object.keys(entry.languages), ['sv']);
  const sections = planSections();
  assert.ok(sections.size >= 8, 'Norr 2022–2024 has an introduction and seven chapters of text');
  assert.equal(entry.languages.sv.page_count, goals.length + sections.size);
  const kinds = fragments().map((f) => f.filters.typ?.join());
  assert.equal(kinds.filter((k) => k === 'mal').length, goals.length);
  assert.equal(kinds.filter((k) => k === 'text').length, sections.size);
});

test("each passage is its section's text on the plan page, pointing to the section, with the goals' filters", () => {
  const sections = planSections();
  const passages = fragments().filter((f) => f.filters.typ?.[0] === 'text');
  assert.deepEqual(passages.map((p) => p.url).sort(), [...sections.keys()].sort());
  for (const passage of passages) {
    const [text] = passage.content.split(' \u241E ');
    assert.equal(text, sections.get(passage.url), passage.url);
    const [path, anchor] = passage.url.split('#');
    const page = read(`${path.slice(1)}index.html`);
    // The section's heading is the result's title.
    const heading = new RegExp(`id="${anchor}"[^>]*>\\s*<h2 id="${anchor}-rubrik">([^<]+)</h2>`).exec(page);
    assert.equal(passage.meta.title, heading?.[1].replaceAll('&amp;', '&'), passage.url);
    assert.ok(passage.meta.plan && passage.meta.region, passage.url);
    for (const key of ['region', 'plan', 'ar']) assert.ok(passage.filters[key].length > 0, `${passage.url}: ${key}`);
    assert.deepEqual(passage.filters.ansvarig, [], passage.url);
  }
  // A chapter's areas are its passage's area filter values, as its goals' are.
  const chapter3 = passages.find((p) => p.url.endsWith('#kapitel-kunskapsstyrning-och-sammanhallen-vardprocess'));
  assert.ok(chapter3, 'chapter 3 of Norr 2022–2024 is a passage');
  assert.ok(chapter3.filters.omrade.some((a) => a.startsWith('Vägen framåt: Kunskapsstyrning')));
  // Its compounds are indexed by their parts after the text's end, as a goal's are ("vårdprogram").
  assert.match(chapter3.content, / \u241E .*\bprogram\b/);
});

test("only goal pages have a searchable body, on the goal's article", () => {
  const searchable = htmlFiles().filter((file) => read(file).includes('data-pagefind-body'));
  assert.deepEqual(searchable.sort(), goals.map((g) => `mal/${g.id}/index.html`).sort());
  for (const file of searchable) {
    const html = read(file);
    assert.equal(html.match(/data-pagefind-body/g)?.length, 1, file);
    assert.match(html, /<article class="goal" data-pagefind-body>/, file);
  }
  for (const page of ['index.html', 'planer/norr-2022-2024/index.html', 'sok/index.html', 'ar/2023/index.html']) {
    assert.doesNotMatch(read(page), /data-pagefind-body/, page);
  }
});

test('each goal page gives Pagefind its owners, timeframe and every year as filters and meta, from data', () => {
  for (const goal of goals) {
    const html = read(`mal/${goal.id}/index.html`);
    const owners = goal.owners.map((o) => o.name);
    assert.equal(
      attrValues(html, 'meta', 'owners')[0],
      owners.length ? owners.join(', ') : 'Ingen ansvarig anges',
      goal.id,
    );
    assert.equal(attrValues(html, 'meta', 'timeframe')[0], goal.timeframe?.label ?? 'Ingen tidsram anges', goal.id);
    const years = goal.timeframe
      ? Array.from({ length: goal.timeframe.to - goal.timeframe.from + 1 }, (_, i) => String(goal.timeframe!.from + i))
      : [];
    assert.deepEqual(attrValues(html, 'filter', 'ar'), years, goal.id);
    assert.equal(attrValues(html, 'filter', 'region').length, 1, goal.id);
    assert.equal(attrValues(html, 'filter', 'plan').length, 1, goal.id);
    assert.ok(attrValues(html, 'filter', 'omrade').length > 0, goal.id);
    for (const key of ['plan', 'region']) assert.ok(attrValues(html, 'meta', key)[0], `${goal.id}: meta ${key}`);
  }
});

test("each goal's result title is the goal's text, as Pagefind takes it from the goal's heading", () => {
  const texts = new Map(goals.map((g) => [`/mal/${g.id}/`, g.text.replace(/\s+/g, ' ').trim()]));
  const indexed = fragments().filter((f) => f.filters.typ?.[0] === 'mal');
  assert.equal(indexed.length, goals.length);
  for (const goal of indexed) assert.equal(goal.meta.title, texts.get(goal.url), goal.url);
});

test('compound parts are indexed from an attribute in a weighted wrapper, with no visible text', () => {
  const html = read('mal/norr22-lungcancerscreening-forstudie/index.html');
  const terms =
    /<div hidden class="search-data">[\s\S]*?<div data-pagefind-weight="(\d+)"><span data-pagefind-index-attrs="data-terms" data-terms="([^"]+)"><\/span><\/div>/.exec(
      html,
    );
  assert.ok(terms, 'the parts element');
  assert.ok(Number(terms[1]) > 1, 'the parts weigh more than body text');
  assert.deepEqual(terms[2].split(' '), ['lungcancer', 'screening']);
  assert.match(read('mal/norr22-cancergenetik/index.html'), /data-terms="[^"]*\bbröstcancer\b/);
});

test('every page but the search page has the header search: a GET form to /sok/ with a labelled field "q"', () => {
  // The search page has one search box, its own.
  const search = read('sok/index.html');
  assert.doesNotMatch(search, /class="header-search"/);
  assert.equal(search.match(/role="search"/g)?.length, 1);
  // The editor (/redigera/) is Decap CMS's own application, not a page of the site.
  for (const page of htmlFiles().filter((p) => p !== 'sok/index.html' && p !== 'redigera/index.html')) {
    const html = read(page);
    const form = /<form class="header-search"[^>]*>([\s\S]*?)<\/form>/.exec(html);
    assert.ok(form, `${page} has the header search`);
    assert.match(form[0], /role="search"/);
    assert.match(form[0], /action="\/sok\/"/);
    assert.match(form[0], /method="get"/);
    assert.match(form[1], /<label for="sidhuvud-sok"[^>]*>Sök i planerna<\/label>/);
    assert.match(form[1], /<input id="sidhuvud-sok" type="search" name="q"/);
  }
});

test('the search page loads its script as an external module and says what to do without scripts', () => {
  const html = read('sok/index.html');
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1, 'one script');
  assert.match(scripts[0][0], /^<script type="module" src="\/_astro\/[\w.-]+\.js">/);
  assert.equal(scripts[0][1], '', 'no inline code');
  assert.doesNotMatch(html, /\sstyle="/, 'no inline style attributes');
  const bundle = read(/src="\/(_astro\/[\w.-]+\.js)"/.exec(scripts[0][0])![1]);
  assert.match(bundle, /\/pagefind\/pagefind\.js/, 'the script imports Pagefind at run time');

  const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
  assert.match(noscript, /Sökningen behöver JavaScript/);
  for (const href of ['/ramverk/', '/ansvariga/', '/ar/']) assert.match(noscript, new RegExp(`href="${href}"`), href);
  const form = /<form id="([\w-]+)" class="search"[^>]*action="\/sok\/" method="get"/.exec(html);
  assert.ok(form, 'the search form');
  // The filters belong to the form, so it serialises to the shareable address.
  const boxes = [...html.matchAll(/<input type="checkbox"[^>]*>/g)].map((m) => m[0]);
  assert.ok(boxes.length > 5);
  for (const box of boxes)
    assert.match(box, new RegExp(`form="${form[1]}" name="(region|plan|omrade|ansvarig|ar)" value="[^"]+"`), box);
  assert.match(html, /<label for="sokord"[^>]*>Sökord<\/label>/);
  assert.match(html, /role="status" aria-live="polite"/);
  for (const legend of ['Sjukvårdsregion', 'Planversion', 'Område', 'Ansvarig', 'År']) {
    assert.match(html, new RegExp(`<legend[^>]*>${legend}</legend>`), legend);
  }
});

test('the search page says what is searched, from the data, beside the count (not in the folded filters)', () => {
  const plans = (JSON.parse(read('data/plans.json')) as { plans: { id: string; goalCount: number }[] }).plans;
  const withGoals = plans.filter((p) => p.goalCount > 0).length;
  const withText = new Set([...planSections().keys()].map((url) => url.split('#')[0])).size;
  assert.ok(withGoals < plans.length && withText < plans.length);
  const html = read('sok/index.html');
  const hits =
    /<section class="hits"[\s\S]*?data-search-status[^>]*><\/p>\s*<p class="scope meta"[^>]*>([^<]+)<\/p>/.exec(html);
  assert.equal(
    hits?.[1],
    `Sökningen gäller det som finns här: målen i ${withGoals} av ${plans.length} planversioner och texten i ${withText} av ${plans.length}.`,
  );
  assert.doesNotMatch(/<details[\s\S]*?<\/details>/.exec(html)![0], /planversioner och texten/);
});

/** The index's hash (pagefind-entry.json), which names its metadata file. */
const indexHash = () =>
  (JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { hash: string }> }).languages.sv
    .hash;

test("the search page's head starts loading the search engine; no reading page loads any of it", () => {
  const head = /<head>([\s\S]*?)<\/head>/.exec(read('sok/index.html'))![1];
  const hints = [...head.matchAll(/<link rel="(modulepreload|preload)" href="([^"]+)"([^>]*)>/g)];
  // The page's own script comes first, in the head: at the end of the page it was asked for only when the
  // parser got there, after six other files (a browser's connections to one host over HTTP/1.1).
  const script = /<script type="module" src="(\/_astro\/[^"]+\.js)"><\/script>/.exec(head);
  assert.ok(script, 'the search script is in the head');
  assert.ok(script.index < hints[0].index, 'the search script comes before the hints');
  assert.ok(existsSync(join(dist, script[1])), script[1]);
  // The index's own first files are named after the index is written: its entry file (with the index's
  // hash as the cache tag the page's script gives Pagefind) and the metadata that entry names.
  const hash = indexHash();
  assert.deepEqual(
    hints.map((h) => [h[1], h[2]]),
    [
      ['preload', '/platser.json'],
      ['modulepreload', '/pagefind/pagefind.js'],
      ['preload', '/pagefind/wasm.sv.pagefind'],
      ['preload', `/pagefind/pagefind-entry.json?ts=${hash}`],
      ['preload', `/pagefind/pagefind.${hash}.pf_meta`],
      ['preload', '/sok/ordlista.json'],
    ],
  );
  // A fetch preload is used only when its mode matches the script's fetch (same origin, no credentials).
  for (const hint of hints.filter((h) => h[1] === 'preload'))
    assert.match(hint[3], /as="fetch" crossorigin="anonymous"/);
  // Hints to files the site does not have would load nothing useful: the names follow Pagefind's.
  for (const [, , href] of hints) assert.ok(existsSync(join(dist, href.split('?')[0])), href);
  for (const page of htmlFiles().filter((p) => p !== 'sok/index.html'))
    assert.doesNotMatch(read(page), /rel="(modulepreload|preload)"|\/pagefind\//, page);
});

test("the engine's first files are stored inflated, its search waits for its start in short steps, and splits a Swedish query without a segmenter", () => {
  const hash = indexHash();
  // Pagefind's script inflates a file only when it lacks this signature.
  for (const file of ['pagefind/wasm.sv.pagefind', `pagefind/pagefind.${hash}.pf_meta`])
    assert.equal(readFileSync(join(dist, file)).subarray(0, 12).toString('latin1'), 'pagefind_dcd', file);
  // Fails when Pagefind's script changes (an upgrade): then see whether its wait is still 50 ms steps.
  assert.match(
    read('pagefind/pagefind.js'),
    new RegExp(
      `async getPtr\\(\\)\\{while\\(this\\.raw_ptr===null\\)\\{[^}]*\\}await asyncSleep\\(${PTR_WAIT_MS}\\);\\}`,
    ),
  );
  // Also fails on an upgrade: then see whether its search still makes a grapheme segmenter for every language.
  const segmenters = read('pagefind/pagefind.js').match(/new Intl\.Segmenter\(/g) ?? [];
  assert.equal(segmenters.length, 2, 'one grapheme and one word segmenter, in one place');
  assert.ok(
    read('pagefind/pagefind.js').includes(
      'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"&&needsWordSegmentation(trueLanguage)){const graphemeSegmenter=new Intl.Segmenter(',
    ),
    'the grapheme segmenter only for languages split into words',
  );
});

describe('the indexing step (scripts/search-index.ts) fails the build', () => {
  const roots: string[] = [];
  after(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

  /** A tiny built site: path → HTML body, each page with the given language. */
  function site(pages: Record<string, { lang?: string; body: string }>): string {
    const root = mkdtempSync(join(tmpdir(), 'rcp-sok-'));
    roots.push(root);
    for (const [path, page] of Object.entries(pages)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(
        join(root, path),
        `<!doctype html><html lang="${page.lang ?? 'sv'}"><head><title>T</title></head><body>${page.body}</body></html>`,
      );
    }
    return root;
  }
  const index = (root: string, ...args: string[]) => runScript('search-index.ts', ['--site', root, ...args]);
  const goalPage = '<main><article data-pagefind-body><h1>Lungcancerscreening ska införas.</h1></article></main>';

  test('passes on a site whose goal pages are Swedish and marked', () => {
    const root = site({ 'index.html': { body: '<h1>Start</h1>' }, 'mal/a/index.html': { body: goalPage } });
    const result = index(root);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Sökindex: 1 målsidor och \d+ textavsnitt indexerade/);
    assert.ok(existsSync(join(root, 'pagefind', 'pagefind.js')));
  });

  test("a second indexing replaces the first: none of the earlier index's files, and its words, are left", () => {
    const root = site({ 'index.html': { body: '<h1>Start</h1>' }, 'mal/a/index.html': { body: goalPage } });
    // The goal pages only (--no-text), so the index's fragments are the one page's.
    assert.equal(index(root, '--no-text').status, 0);
    const earlier = readdirSync(join(root, 'pagefind', 'fragment'));
    writeFileSync(join(root, 'pagefind', 'fragment', 'sv_kvar.pf_fragment'), 'left from an earlier index');
    writeFileSync(
      join(root, 'mal', 'a', 'index.html'),
      `<!doctype html><html lang="sv"><head><title>T</title></head><body>${goalPage.replace('Lungcancerscreening', 'Tjocktarmscancerscreening')}</body></html>`,
    );
    const result = index(root, '--no-text');
    assert.equal(result.status, 0, result.stderr);
    const fragments = readdirSync(join(root, 'pagefind', 'fragment'));
    assert.equal(fragments.length, 1);
    assert.ok(!fragments.includes('sv_kvar.pf_fragment') && !earlier.includes(fragments[0]), fragments.join());
    const words = readFileSync(join(root, WORD_LIST_FILE), 'utf8');
    assert.match(words, /"tjocktarmscancerscreening"/);
    assert.doesNotMatch(words, /lungcancerscreening/);
  });

  test('passes without the plan text when asked (--no-text)', () => {
    const root = site({ 'index.html': { body: '<h1>Start</h1>' }, 'mal/a/index.html': { body: goalPage } });
    const result = index(root, '--no-text');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Sökindex: 1 målsidor och 0 textavsnitt indexerade/);
  });

  test('when no page marks a searchable body (the whole site would be indexed)', () => {
    const result = index(
      site({ 'index.html': { body: '<h1>Start</h1>' }, 'mal/a/index.html': { body: '<h1>Mål</h1>' } }),
    );
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Sökindexeringen misslyckades; bygget avbryts\.\n.*Ingen sida har data-pagefind-body/);
  });

  test('when a goal page is not Swedish (its words would not be stemmed as Swedish)', () => {
    const root = site({
      'index.html': { body: '<h1>Start</h1>' },
      'mal/a/index.html': { body: goalPage },
      'mal/b/index.html': { lang: 'en', body: goalPage },
    });
    const result = index(root);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Indexet har språken en, sv, inte bara sv/);
    // Refused whole: no index of the pages it would have had, nor its word list.
    assert.ok(!existsSync(join(root, 'pagefind')) && !existsSync(join(root, WORD_LIST_FILE)));
  });

  test('when there is no built site', () => {
    const result = index(site({}));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /index\.html saknas/);
  });
});
