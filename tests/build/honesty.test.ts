// The site says only what its sources say (run after `npm run build`): editors' notes never reach a public
// page or file, each plan's public status sentence is printed once on its page, lifecycles and coverage
// states are worded from data, and plans.json has its documented shape.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { DIST, htmlFiles, readDist as read } from '../support/dist.ts';

const project = join(import.meta.dirname, '..', '..');
const yaml = (path: string) => parse(readFileSync(join(project, path), 'utf8'));
const planIds = readdirSync(join(project, 'plans')).sort();
const plans = planIds.map((id) => ({ id, ...yaml(`plans/${id}/plan.yaml`) }));
/** The day the sources were last searched: every "not found" on the site carries it. */
const checked = yaml('content/site.yaml').sourcesChecked as string;
const directions = readdirSync(join(project, 'content', 'directions')).map((f) => yaml(`content/directions/${f}`));

/** The text a reader gets from a page: tags dropped, entities and whitespace normalised. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

test('no public page or data file carries any sentence of an editor’s note', () => {
  const notes = [...plans, ...directions].flatMap((d) => (d.editorNotes ? [d.editorNotes as string] : []));
  assert.ok(notes.length >= 5, 'the content has editors’ notes to look for');
  // Every sentence long enough to be distinctive; a short one ("Okänt.") could be public wording too.
  const sentences = notes.flatMap((n) => n.split(/(?<=\.)\s+/)).filter((s) => s.length > 40);
  const files = [
    ...htmlFiles(),
    'data/plans.json',
    'data/plans.csv',
    'data/goals.json',
    'data/goals.csv',
    'data/katalog.rdf',
  ];
  for (const file of files) {
    const body = file.endsWith('.html') ? text(read(file)) : read(file).replace(/\s+/g, ' ');
    for (const sentence of sentences)
      assert.ok(!body.includes(sentence), `${file} carries the editors' note "${sentence}"`);
  }
});

test('each plan page prints its public status sentence exactly once', () => {
  for (const plan of plans) {
    const body = text(read(`planer/${plan.id}/index.html`));
    const status = (plan.statusNote as string).replace(/\s+/g, ' ').trim();
    assert.equal(body.split(status).length - 1, 1, `${plan.id}: status sentence count`);
  }
});

test('no page calls an ended plan current, nor claims more than is known', () => {
  for (const file of htmlFiles()) {
    const html = read(file);
    assert.doesNotMatch(html, /Gällande version|arkiverad|Följer inte ramverket|Angiven lucka/, file);
    assert.doesNotMatch(html, /Ingen av planerna anger att den följer ramverket/, file);
    assert.doesNotMatch(html, /En redaktör bör/, file);
    assert.doesNotMatch(text(html), /webbplatsenskällkodsförråd/, file);
  }
  // Norr 2022–2024 ended; the site knows of no later Norr plan.
  const norr = text(read('regioner/norr/index.html'));
  assert.ok(norr.includes(`Perioden slutade 2024. Någon senare plan har inte hittats (sökt ${checked}).`));
  // Stockholm Gotland: the page leads with the version in force; the older ones follow, newest first.
  const sgPage = read('regioner/stockholm-gotland/index.html');
  assert.match(
    text(sgPage),
    /Stockholm Gotland Gäller nu: Sjukvårdsregional cancerplan 2024-2027 ?\. Planens mål finns inte på den här webbplatsen\./,
  );
  const sg = [
    ...read('regioner/stockholm-gotland/index.html').matchAll(
      /<li class="version ([\w-]+)">\s*<a href="\/planer\/([a-z0-9-]+)\//g,
    ),
  ];
  assert.deepEqual(
    sg.map((m) => `${m[2]}:${m[1]}`),
    ['stockholm-gotland-2020-2023:ended', 'stockholm-gotland-2016-2019:ended'],
  );
});

test('the start page answers per region which plan applies, and what the site holds of it, in plain words', () => {
  const home = text(read('index.html'));
  const open = JSON.parse(read('data/plans.json')).plans as {
    id: string;
    region: string;
    title: string;
    lifecycle: { state: string };
    transcription: string;
    goalCount: number;
  }[];
  // Stockholm Gotland 2024–2027 is in force; Norr's latest ended; Väst's open-ended plan is not confirmed.
  assert.match(home, /Gäller nu: Sjukvårdsregional cancerplan 2024-2027 ?\./);
  assert.match(home, /Ingen gällande plan är känd\. Den senaste: Cancerplan för norra sjukvårdsregionen 2022–2024 ?\./);
  assert.match(home, /Alla 43 mål finns här, med ansvariga och tidsramar\./);
  assert.match(home, /Senaste kända plan: En ännu bättre cancervård[^.]* ?\. Ingen källa säger att den gäller i dag\./);
  // Each region's member regions are on the start page, Halland with its part in each.
  assert.match(home, /Region Skåne, Region Blekinge, Region Kronoberg, Region Halland \(södra delen\)/);
  assert.match(home, /Region Halland \(norra delen: Kungsbacka, Varberg och Falkenberg\)/);
  // A plan with no transcribed goals never reads "0 mål", and the site's jargon stays off the start page.
  assert.doesNotMatch(home, /\b0 mål\b|överför/);
  assert.equal(open.filter((p) => p.goalCount === 0).length > 0, true);
  // The main action of a plan without goals here is its source at the RCC; with goals, our plan page.
  const html = read('index.html');
  assert.match(html, /<a class="action" href="\/planer\/norr-2022-2024\/">Läs planens mål<\/a>/);
  assert.match(
    html,
    /Läs om planen hos källan: <a class="external" href="https:\/\/cancercentrum\.se\/stockholm-gotland\//,
  );
});

test('coverage: unknown is its own state, and a gap the site judged says so', () => {
  const coverage = text(read('tackning/index.html'));
  assert.match(coverage, /Okänt om planen följer ramverket \(planens text har inte lästs\): [^.]*Syd 2023–2025/);
  assert.match(coverage, /Lucka enligt webbplatsens bedömning/);
  assert.match(coverage, /Äldre än ramverket: /);
  // On an area page the versions without anything to show are named once, by why, under "Övriga planversioner".
  const area = text(read('ramverk/overenskommelse-cancervard/prevention-och-tidig-upptackt/index.html'));
  assert.match(
    area,
    /Övriga planversioner [^]*Okänt om planen följer ramverket \(planens text har inte lästs\): [^.]*Syd 2023–2025/,
  );
  assert.match(area, /Planens text anger inte ramverket: [^.]*Norr 2022–2024/);
});

test('plans.json and plans.csv list every published plan version in the documented shape', () => {
  const data = JSON.parse(read('data/plans.json'));
  assert.deepEqual(Object.keys(data), ['version', 'contentDate', 'plans']);
  assert.equal(data.version, 1);
  assert.match(data.contentDate, /^\d{4}(-\d{2}){0,2}$/);
  const published = plans.filter((p) => p.adoption.length > 0).map((p) => p.id);
  assert.deepEqual(
    data.plans.map((p: { id: string }) => p.id),
    published,
  );
  const goals = JSON.parse(read('data/goals.json')).goals as { plan: string }[];
  for (const p of data.plans) {
    assert.deepEqual(Object.keys(p), [
      'id',
      'region',
      'title',
      'titleConfirmed',
      'period',
      'adoption',
      'source',
      'lifecycle',
      'transcription',
      'status',
      'goalCount',
      'url',
      'follows',
    ]);
    assert.ok(['in-force', 'upcoming', 'unconfirmed', 'ended'].includes(p.lifecycle.state), p.id);
    assert.equal(p.lifecycle.laterPlanKnown === null, p.lifecycle.state !== 'ended', p.id);
    assert.equal(p.goalCount, goals.filter((g) => g.plan === p.id).length, p.id);
    assert.equal(p.url, `/planer/${p.id}/`);
    for (const a of p.adoption) assert.deepEqual(Object.keys(a), ['body', 'date', 'note']);
  }
  const syd = data.plans.find((p: { id: string }) => p.id === 'syd-2023-2025');
  assert.equal(syd.titleConfirmed, false);
  assert.deepEqual(
    syd.adoption.map((a: { body: unknown }) => a.body),
    [null],
  );
  const csv = read('data/plans.csv').trimEnd().split('\r\n');
  assert.equal(
    csv[0],
    'id,region,title,title_confirmed,period_from,period_to,adoption,source_title,source_url,source_url_confirmed,lifecycle,later_plan_known,transcription,status,goal_count,url,follows',
  );
  assert.equal(csv.length - 1, data.plans.length);
});

test('the open data page links the plans, the goals and the DCAT-AP-SE catalogue', () => {
  const page = read('oppna-data/index.html');
  for (const file of ['plans.json', 'plans.csv', 'goals.json', 'goals.csv', 'katalog.rdf'])
    assert.match(page, new RegExp(`href="/data/${file.replace('.', '\\.')}"`));
  const rdf = readFileSync(join(DIST, 'data', 'katalog.rdf'), 'utf8');
  assert.equal(rdf.match(/<dcat:Dataset /g)?.length, 2);
  assert.match(rdf, /<dcat:downloadURL rdf:resource="[^"]*\/data\/plans\.json"\/>/);
});

test('an open-ended plan is called in force only with a source saying so, and every "not found" is dated', () => {
  const vast = text(read('planer/vast-2015/index.html'));
  // vast-2015/plan.yaml has no confirmedInForce: "2015 och framåt" on an old page is no proof it applies now.
  assert.ok(!('confirmedInForce' in plans.find((p) => p.id === 'vast-2015')!));
  assert.match(vast, /Oklart om den gäller/);
  assert.doesNotMatch(vast, /\bGäller\b/);
  for (const file of htmlFiles()) {
    const body = text(read(file));
    for (const m of body.matchAll(/Någon senare plan har inte hittats[^.]*\./g))
      assert.equal(m[0], `Någon senare plan har inte hittats (sökt ${checked}).`, file);
  }
});

test('no area shows "0 mål" while most plans’ goals are not transcribed', () => {
  for (const file of htmlFiles()) assert.doesNotMatch(text(read(file)), /\(0 mål\)|\b0 mål i\b/, file);
});

test('a framework link that the plan’s sources do not state is marked as the site’s assessment', () => {
  const assessed = plans.filter((p) => (p.followsAssessed ?? []).length > 0);
  assert.ok(assessed.length >= 3, 'Väst 2015, Stockholm Gotland 2024–2027 and Sydöst 2020–2023 are assessed');
  const open = JSON.parse(read('data/plans.json')).plans as {
    id: string;
    follows: { direction: string; assessed: boolean }[];
  }[];
  for (const plan of assessed) {
    for (const direction of plan.followsAssessed as string[]) {
      const page = read(`ramverk/${direction}/index.html`);
      const item = new RegExp(
        `href="/planer/${plan.id}/"[^<]*</a>\\s*<span class="meta"> \\(kopplingen är webbplatsens bedömning`,
      );
      assert.match(page, item, `${plan.id} on /ramverk/${direction}/`);
      assert.deepEqual(
        open.find((p) => p.id === plan.id)!.follows.find((f) => f.direction === direction),
        { direction, assessed: true },
      );
    }
  }
  // Norr 2022–2024 names Vägen framåt itself: its link is not marked.
  const vf = read('ramverk/vagen-framat-2020-2022/index.html');
  assert.doesNotMatch(vf, /href="\/planer\/norr-2022-2024\/"[^<]*<\/a>\s*<span class="meta"> \(kopplingen/);
});

test('the search filters name provisional areas as provisional', () => {
  const search = text(read('sok/index.html'));
  assert.match(search, /Vägen framåt: [^;]*\(preliminärt område\)/);
});

test('every address of the site in the DCAT catalogue resolves, anchors included', () => {
  const rdf = read('data/katalog.rdf');
  const local = [...rdf.matchAll(/rdf:(?:resource|about)="(\/[^"]*)"/g)].map((m) => m[1]);
  assert.ok(local.includes('/om/#utgivare'));
  for (const address of new Set(local)) {
    const [path, anchor] = address.split('#');
    const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
    assert.ok(
      htmlFiles().includes(file) || readdirSync(join(DIST, 'data')).includes(file.replace('data/', '')),
      address,
    );
    if (anchor) assert.match(read(file), new RegExp(`id="${anchor}"`), address);
  }
});

test('without a contact route in content/site.yaml no page promises one', () => {
  const site = yaml('content/site.yaml');
  assert.equal(site.contact, undefined, 'the content gives no contact route (yet)');
  const statement = text(read('tillganglighet/index.html'));
  assert.doesNotMatch(statement, /kontakta oss|se nedan|meddela oss/);
  assert.match(statement, /ingen kontaktväg för synpunkter angiven/);
  // It claims nothing about PDFs the site does not link, nor axe runs at build time.
  assert.doesNotMatch(statement, /PDF|varje gång webbplatsen byggs/);
  assert.match(text(read('om/index.html')), /Ingen kontaktväg är angiven ännu\./);
  assert.doesNotMatch(read('data/katalog.rdf'), /hasEmail|dcterms:license/);
});

test('plan pages: no empty chapter heading, sourcing in one "Om källan", the goals before the prose', () => {
  for (const plan of plans.filter((p) => p.adoption.length > 0)) {
    const html = read(`planer/${plan.id}/index.html`);
    assert.equal(html.split('<summary>Om källan</summary>').length - 1, 1, `${plan.id}: one "Om källan"`);
    // Every chapter section has goals or text; the others are only listed as the plan's structure.
    for (const [, section] of html.matchAll(/<section class="chapter"[^>]*>([\s\S]*?)<\/section>/g))
      assert.match(section, /class="goals"|class="prose"/, `${plan.id}: a chapter heading with nothing under it`);
    assert.doesNotMatch(text(html), /Kapitlets text är inte överförd|Överföring/, plan.id);
  }
  // Väst: its six development areas once, as a list, with no heading each.
  const vast = read('planer/vast-2015/index.html');
  assert.equal([...vast.matchAll(/<section class="chapter"/g)].length, 0);
  assert.equal([...(/<ul class="plain structure">([\s\S]*?)<\/ul>/.exec(vast)?.[1] ?? '').matchAll(/<li>/g)].length, 6);
  // Norr: the summary first, then in each chapter the goal table before the chapter's text.
  const norr = read('planer/norr-2022-2024/index.html');
  assert.match(text(norr), /43 mål i 7 kapitel\. Flest mål har .*Tidsramarna sträcker sig från 2022 till 2024\./);
  for (const [, section] of norr.matchAll(/<section class="chapter"[^>]*>([\s\S]*?)<\/section>/g))
    assert.ok(section.indexOf('class="goals"') < section.indexOf('class="prose"'), 'goals before prose');
});

test('coverage, area and year pages answer plain questions first, and nothing hides in a tooltip', () => {
  const coverage = text(read('tackning/index.html'));
  assert.match(coverage, /Vilka regioner har mål inom varje område\?/);
  assert.match(coverage, /Prevention och tidig diagnostik ?: Norr \(8 mål\)/);
  const area = text(read('ramverk/vagen-framat-2020-2022/prevention-och-tidig-diagnostik/index.html'));
  assert.match(
    area,
    /Vilka regioner har mål inom prevention och tidig diagnostik\? Bland målen på webbplatsen: Norr\./,
  );
  const years = read('ar/index.html');
  // Each plan's timeframes as a table of text (no picture, no tooltip only a mouse reaches).
  assert.doesNotMatch(years, /<svg|<title>[^<]*<\/title>\s*<\/(rect|g)>/);
  assert.match(
    text(years),
    /Cancerplan för norra sjukvårdsregionen 2022–2024 Tidsram Mål 2022 \d+ mål 2022–2023 \d+ mål 2022–2024 \d+ mål/,
  );
  assert.ok(text(years).includes(`Uppgifterna gäller per ${checked}, då källorna senast söktes igenom.`));
});
