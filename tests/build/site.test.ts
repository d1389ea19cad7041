// Asserts on the real built site in dist/ (run after `npm run build`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CSP, EDITOR_CSP } from '../../src/lib/csp.ts';
import { htmlFiles, readDist as read } from '../support/dist.ts';
import { PROJECT } from '../support/build.ts';

/** An abbreviation marked on its first use, linked to the glossary (tests/build/glossary.test.ts). */
const TERM = /<a class="term" href="\/ord\/#[\w-]+"><abbr title="[^"]+">([^<]+)<\/abbr><\/a>/g;

const EDITOR_PAGE = 'redigera/index.html';

test('the Norr plan page has 43 goal rows, each with owners and a timeframe, and one link: the goal', () => {
  const html = read('planer/norr-2022-2024/index.html');
  const rows = [...html.matchAll(/<tr id="(norr22-[a-z0-9-]+)">([\s\S]*?)<\/tr>/g)];
  assert.equal(rows.length, 43);
  assert.equal(new Set(rows.map((r) => r[1])).size, 43, 'goal anchors are unique');
  for (const [, id, row] of rows) {
    const owners = /<td class="goal-owners">([\s\S]*?)<\/td>/.exec(row)?.[1] ?? '';
    assert.match(owners, /<li>[^<]+<\/li>/, `${id} names an owner`);
    const timeframe =
      /<td class="goal-timeframe"><span class="cell-label" aria-hidden="true">Tidsram<\/span>([^<]*)<\/td>/.exec(
        row,
      )?.[1] ?? '';
    assert.match(timeframe, /^20\d\d(–20\d\d)?$/, `${id} has a timeframe`);
    // Calm tables: owners and years are linked from the goal's own page, not from every row. (An
    // abbreviation's first use on the page links to the glossary; tests/build/glossary.test.ts.)
    assert.deepEqual(
      [...row.replace(TERM, '').matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]),
      [`/mal/${id}/`],
      `${id} links only to its goal page`,
    );
    // The goal reads as text; its link is short ("Målets sida"), not the whole paragraph underlined.
    assert.match(
      row.replace(TERM, 'X'),
      /<p class="goal-body">[^<]+<\/p>\s*<a class="goal-page" href="[^"]+">\s*Målets sida/,
      id,
    );
  }
  // Spot check against the source: owners in source order, text exact.
  assert.match(
    html.replace(TERM, '$1'),
    /<tr id="norr22-nus-ackreditering-ccc">[\s\S]*?Comprehensive Cancer Center\) eller CC\s*<\/p>[\s\S]*?<li>Region Västerbotten<\/li><li>RCC Norr<\/li>/,
  );
});

test('goals.json publishes every Norr goal in the documented shape', () => {
  const data = JSON.parse(read('data/goals.json'));
  assert.equal(data.version, 1);
  const norr = data.goals.filter((g: { plan: string }) => g.plan === 'norr-2022-2024');
  assert.equal(norr.length, 43);
  for (const goal of norr) {
    assert.deepEqual(Object.keys(goal), [
      'id',
      'plan',
      'region',
      'chapter',
      'number',
      'text',
      'owners',
      'timeframe',
      'areas',
      'url',
      'provisionalAreas',
    ]);
    assert.equal(goal.region, 'norr');
    assert.ok(goal.owners.length > 0 && goal.owners.every((o: { id: string; name: string }) => o.id && o.name));
    assert.ok(goal.timeframe.from >= 2022 && goal.timeframe.to <= 2024, `${goal.id} timeframe inside the period`);
    assert.ok(goal.areas['vagen-framat-2020-2022'].length > 0);
    // Vägen framåt's areas are provisional, and the open data says so, as the pages do.
    assert.deepEqual(goal.provisionalAreas, ['vagen-framat-2020-2022'], goal.id);
    assert.equal(goal.url, `/mal/${goal.id}/`);
  }
  const gentest = norr.find((g: { id: string }) => g.id === 'norr22-cancergenetik');
  assert.deepEqual(gentest.timeframe, { label: '2023–2024', from: 2023, to: 2024 });
  assert.deepEqual(
    gentest.owners.map((o: { name: string }) => o.name),
    ['Regionerna', 'RCC Norrs processledare för ärftlig cancer'],
  );
  // Plans whose goals are only partly known publish null where the plan has no column.
  const stockholm = data.goals.filter((g: { plan: string }) => g.plan === 'stockholm-gotland-2020-2023');
  assert.ok(
    stockholm.length > 0 &&
      stockholm.every((g: { timeframe: unknown; owners: unknown[] }) => g.timeframe === null && g.owners.length === 0),
  );
});

test('goals.csv has a header and one row per goal in goals.json', () => {
  const csv = read('data/goals.csv');
  const json = JSON.parse(read('data/goals.json'));
  // A UTF-8 byte order mark first, so that Excel reads å, ä and ö right.
  assert.ok(csv.startsWith('\uFEFFid,'), 'goals.csv starts with a byte order mark');
  const lines = csv.slice(1).trimEnd().split('\r\n');
  assert.equal(
    lines[0],
    'id,plan,region,chapter_number,chapter_title,number,text,owner_ids,owner_names,timeframe,timeframe_from,timeframe_to,areas,url,provisional_areas',
  );
  // Goal texts have no line breaks, so each record is one line.
  assert.equal(lines.length - 1, json.goals.length);
  assert.ok(
    lines.some((l) =>
      l.startsWith('norr22-cancergenetik,norr-2022-2024,norr,1,Prevention och tidig diagnostik,,Det ska finnas'),
    ),
  );
});

test('every page is Swedish, loads nothing from other origins and runs no script (but the search page and the editor)', () => {
  const files = htmlFiles();
  assert.ok(files.length >= 8);
  for (const file of files) {
    let html = read(file);
    assert.match(html, /<html lang="sv"/, file);
    assert.ok(
      html.includes(`<meta http-equiv="Content-Security-Policy" content="${file === EDITOR_PAGE ? EDITOR_CSP : CSP}">`),
      `${file} has the CSP`,
    );
    assert.doesNotMatch(html, /<[^>]+ style="/, `${file} has an inline style, which the CSP refuses`);
    assert.doesNotMatch(
      html,
      /<(script|link|img|iframe)[^>]+(src|href)="(https?:)?\/\//,
      `${file} loads from another origin`,
    );
    // The search page runs one external module (tests/build/search.test.ts checks it); nothing else may.
    // So does the editor (tests/build/editor.test.ts).
    if (file === 'sok/index.html' || file === EDITOR_PAGE)
      html = html.replace(/<script type="module" src="\/_astro\/[\w.-]+\.js"><\/script>/, '');
    assert.doesNotMatch(html, /<script/, `${file} has a script`);
  }
});

test("the pages take the content in memory: Astro's data store holds neither goals nor chapters", () => {
  // The build's pages get the validated content and the rendered prose from the loaders in memory
  // (src/lib/content-entry.ts); through the store they were serialized into its file and the pages' bundle.
  const store = readFileSync(join(PROJECT, 'node_modules', '.astro', 'data-store.json'), 'utf8');
  const goal = read('mal/norr22-kontaktsjukskoterska/index.html');
  const plan = read('planer/norr-2022-2024/index.html');
  for (const [text, page] of [
    ['Alla cancerpatienter ska erbjudas kontaktsjuksköterska', goal],
    ['Cancerplan för norra sjukvårdsregionen', plan],
  ]) {
    assert.ok(page.includes(text), `the page has "${text}"`);
    assert.ok(!store.includes(text), `the data store has "${text}"`);
  }
  // A chapter's rendered text: on the plan page, not in the store.
  const chapter = /<section[^>]*class="chapter[^"]*"[\s\S]*?<p>([^<]{40,}?)[<.]/.exec(plan)?.[1];
  assert.ok(chapter, 'the plan page has a chapter paragraph');
  assert.ok(!store.includes(chapter), `the data store has the chapter text "${chapter}"`);
});
