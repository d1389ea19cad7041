// What a reader finds on owner, region, goal and coverage pages of the built site in dist/ (GitHub
// issue 13): owners as a hierarchy, calm links, external links named for what they open, a citation
// that says where the goal is, and every plan version in the coverage table.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readHistory } from '../../src/lib/history.ts';
import { readDist as read } from '../support/dist.ts';
import { CELL_LABEL } from '../../src/i18n/sv.ts';

/** The HTML of the section whose heading has the id, to its own end (sections may nest). */
function section(html: string, headingId: string): string {
  const start = html.lastIndexOf('<section', html.indexOf(`id="${headingId}"`));
  assert.ok(start >= 0 && html.includes(`id="${headingId}"`), `a section headed #${headingId}`);
  let depth = 0;
  for (const m of html.slice(start).matchAll(/<section\b|<\/section>/g)) {
    depth += m[0] === '</section>' ? -1 : 1;
    if (depth === 0) return html.slice(start, start + m.index + m[0].length);
  }
  throw new Error(`section #${headingId} does not end`);
}

/** The description (dd) that follows a term (dt) in a facts list. */
const fact = (html: string, term: string) => new RegExp(`<dt>${term}</dt>\\s*<dd>([\\s\\S]*?)</dd>`).exec(html)?.[1];
const text = (html: string) =>
  html
    .replace(/<\/?(li|p|h\d|dd|dt)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const goalLinks = (html: string) =>
  [...html.matchAll(/<a class="goal-link" href="\/mal\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);

test('"Regionerna" lists the four regions it stands for, linking the one with its own owner page', () => {
  const html = read('ansvariga/norr-regionerna/index.html');
  const members = fact(html, 'Står för') ?? '';
  assert.equal(text(members), 'Region Norrbotten Region Västerbotten Region Västernorrland Region Jämtland Härjedalen');
  assert.deepEqual(
    [...members.matchAll(/href="([^"]+)"/g)].map((m) => m[1]),
    ['/ansvariga/region-vasterbotten/'],
  );
  // Its 42 goals are listed once each, and the page does not link to itself from every goal.
  assert.equal(goalLinks(html).length, 42);
  assert.doesNotMatch(html.slice(html.indexOf('<main')), /href="\/ansvariga\/norr-regionerna\/"/);
});

test('a member region’s owner page groups the goals it shares with the other regions', () => {
  const html = read('ansvariga/region-vasterbotten/index.html');
  assert.equal(text(fact(html, 'Antal mål') ?? ''), '1');
  const shared = section(html, 'gemensamt-norr-regionerna');
  assert.match(text(shared), /^Gemensamt för regionerna i norra sjukvårdsregionen \(42 mål\)/);
  assert.equal(goalLinks(shared).length, 42);
  // Its own goal comes first, outside the shared group, and each goal is listed once per group.
  const own = html.slice(html.indexOf('<h2>Mål per plan</h2>'), html.indexOf('id="gemensamt-norr-regionerna"'));
  assert.deepEqual(goalLinks(own), ['norr22-nus-ackreditering-ccc']);
  assert.equal(new Set(goalLinks(shared)).size, 42);
  // Ids stay unique although the Norr plan heads a group in both parts.
  const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(new Set(ids).size, ids.length, 'unique ids');
});

test('an owner that stands for no one else has no shared group', () => {
  const html = read('ansvariga/rcc-norr/index.html');
  assert.doesNotMatch(html, /Gemensamt för regionerna|Står för/);
});

test('a region page links its member regions to their owner pages where they have one', () => {
  const list = (html: string) => /<h2>Regioner som ingår<\/h2>\s*<ul class="plain">([\s\S]*?)<\/ul>/.exec(html)?.[1];
  const members = list(read('regioner/norr/index.html')) ?? '';
  assert.match(members, /<li><a href="\/ansvariga\/region-vasterbotten\/">Region Västerbotten<\/a><\/li>/);
  assert.match(members, /<li>Region Norrbotten<\/li>/);
  // Syd's member regions are no owners: named, not linked.
  const syd = list(read('regioner/syd/index.html')) ?? '<a x';
  assert.doesNotMatch(syd, /<a /);
  assert.match(syd, /<li>Region Halland \(södra delen\)<\/li>/);
});

test('goal lists on owner, year and area pages link each goal once and write owners and timeframe as text', () => {
  for (const page of [
    'ansvariga/rcc-norr/index.html',
    'ar/2023/index.html',
    'ramverk/vagen-framat-2020-2022/prevention-och-tidig-diagnostik/index.html',
  ]) {
    const items = [...read(page).matchAll(/<li class="goal-item"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]);
    assert.ok(items.length > 0, `${page} lists goals`);
    for (const item of items) {
      assert.equal((item.match(/<a /g) ?? []).length, 1, `${page}: one link per goal: ${text(item).slice(0, 60)}`);
      assert.match(text(item), /Ansvariga: .+ · Tidsram: .+/);
    }
  }
});

test('the goal page names its source for what it opens, marks it as another site and links owners and years', () => {
  const html = read('mal/norr22-cancergenetik/index.html');
  const source = fact(html, 'Källa') ?? '';
  assert.match(
    source,
    /<a class="external" href="https:\/\/cancercentrum\.se\/norr\/[^"]+">Nyhet från RCC Norr 17 juni 2022 om den nya cancerplanen<span class="external-site"> på cancercentrum\.se<\/span><\/a>/,
  );
  const planLink = /<dt>Plan<\/dt>\s*<dd><a href="\/planer\/norr-2022-2024\/">([^<]+)<\/a>/.exec(html)?.[1];
  assert.ok(planLink && !text(source).includes(planLink), 'the source link does not read like the plan link');
  assert.match(fact(html, 'Ansvariga') ?? '', /href="\/ansvariga\/norr-regionerna\/"/);
  // A range names its timeframe once and links each of its years.
  assert.equal(text(fact(html, 'Tidsram') ?? ''), '2023–2024 (mål per år: 2023, 2024)');
  assert.match(fact(html, 'Tidsram') ?? '', /<a href="\/ar\/2023\/">2023<\/a>, <a href="\/ar\/2024\/">2024<\/a>/);
});

test('a one-year timeframe is written once, as the link to its year', () => {
  const timeframe = fact(read('mal/norr22-livmoderhalscancerprevention/index.html'), 'Tidsram') ?? '';
  assert.equal(timeframe.trim(), '<a href="/ar/2024/">2024</a>');
});

test('without a site address the citation gives the goal’s path and says it is on this site', () => {
  const html = read('mal/norr22-cancergenetik/index.html');
  const cite = section(html, 'citera');
  assert.doesNotMatch(cite, /Hämtad från \//, 'no relative address passed off as a source address');
  assert.match(text(cite), /\/mal\/norr22-cancergenetik\/ på den här webbplatsen/);
  assert.match(text(cite), /Från webbplatsen Regionala cancerplaner, sidan \/mal\/norr22-cancergenetik\/\.$/);
});

test(
  'the goal page says when the goal last changed, from its own lines in git history',
  { skip: !readHistory(process.cwd()).usable && 'no full git history here' },
  () => {
    const html = read('mal/norr22-cancergenetik/index.html');
    assert.match(fact(html, 'Senast ändrad') ?? '', /^<time datetime="(\d{4}-\d\d-\d\d)">\1<\/time>$/);
  },
);

test('coverage tables have columns only for plan versions with data there; every other version is named', () => {
  const html = read('tackning/index.html');
  const versions = (JSON.parse(read('data/plans.json')) as { plans: { id: string }[] }).plans.length;
  const sections = [...html.matchAll(/<section aria-labelledby="rubrik-[^"]+">([\s\S]*?)<\/section>/g)].map(
    (m) => m[1],
  );
  const withTables = sections.filter((s) => s.includes('<table class="coverage">'));
  assert.ok(withTables.length >= 2, 'a table per direction that some plan follows');
  const NO_DATA = new Set<string>([CELL_LABEL['missing-data'], CELL_LABEL.unknown, CELL_LABEL['not-followed']]);
  for (const section of withTables) {
    const head = [...section.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((h) => h[1]).slice(1);
    const rows = [...section.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1);
    const cells = rows.map((r) =>
      [...r[1].matchAll(/<td class="state-[^"]+">([\s\S]*?)<\/td>/g)].map((c) =>
        c[1].replace(/<span class="cell-label"[^>]*>[\s\S]*?<\/span>/, '').trim(),
      ),
    );
    head.forEach((name, col) =>
      assert.ok(
        cells.some((row) => !NO_DATA.has(row[col])),
        `${name}: a column whose every cell says there is no data`,
      ),
    );
    // The other published versions are named once in the list under the table.
    const meta = /<ul class="meta">([\s\S]*?)<\/ul>/.exec(section)?.[1] ?? '';
    const named = (meta.match(/<a href="\/planer\//g) ?? []).length;
    assert.ok(head.length + named >= versions, `${head.length} columns and ${named} named of ${versions} versions`);
  }
  assert.doesNotMatch(html, /<svg/, 'no picture whose labels a phone cannot read');
});
