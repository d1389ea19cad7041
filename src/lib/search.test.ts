import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { goal, model, plan } from '../../tests/support/model.ts';
import { filterOptions, modelLookups, ownerLabels, passageRecords, searchRecords, searchTerms } from './search.ts';
import { TERMS_MARK } from './search-results.ts';
import { composes, matchingEntries } from './vocabulary.ts';
import { buildSiteIndex } from './site-index.ts';
import { coverage } from './coverage.ts';
import { lifecycles } from './lifecycle.ts';

test('parts compose a word when concatenated, or with one linking "s" between two parts', () => {
  assert.equal(composes('lungcancerscreening', ['lungcancer', 'screening']), true);
  assert.equal(composes('rehabiliteringsbehov', ['rehabilitering', 'behov']), true);
  assert.equal(composes('cancerforskningsrådet', ['cancer', 'forskning', 'rådet']), true);
  assert.equal(composes('Kontaktsjuksköterska', ['kontakt', 'sjuksköterska']), true);
  // Wrong order, a missing part, two linking letters, a linking letter at an end, another linking letter.
  assert.equal(composes('lungcancerscreening', ['screening', 'lungcancer']), false);
  assert.equal(composes('prostatacancertestning', ['prostata', 'testning']), false);
  assert.equal(composes('abscsd', ['ab', 'c', 'd']), false);
  assert.equal(composes('cancers', ['cancer']), false);
  assert.equal(composes('kvinnohälsa', ['kvinna', 'hälsa']), false);
});

const vocabulary = [
  { word: 'lungcancerscreening', parts: ['lungcancer', 'screening'] },
  { word: 'bröstcancerpatienter', parts: ['bröstcancer', 'patienter'] },
  { word: 'cancerpatienter', parts: ['cancer', 'patienter'] },
  { word: 'kontaktsjuksköterska', parts: ['kontakt', 'sjuksköterska'] },
];

test('a word matches inside longer words and inflected forms, in any case', () => {
  assert.deepEqual(
    matchingEntries('Kontaktsjuksköterskan ska ha ett uppdrag.', vocabulary).map((e) => e.word),
    ['kontaktsjuksköterska'],
  );
  assert.deepEqual(
    matchingEntries('En förstudie för Lungcancerscreening.', vocabulary).map((e) => e.word),
    ['lungcancerscreening'],
  );
  assert.deepEqual(matchingEntries('Ingen sammansättning här.', vocabulary), []);
});

test('a text is indexed under the parts of every compound it contains, once each', () => {
  assert.deepEqual(searchTerms('Alla bröstcancerpatienter och cancerpatienter gentestas.', vocabulary), [
    'bröstcancer',
    'patienter',
    'cancer',
  ]);
});

test('a text is indexed under the synonyms of the words it contains, one way only', () => {
  const withSynonyms = [
    { word: 'ledtider', synonyms: ['väntetider'] },
    { word: 'ändtarmscancer', parts: ['ändtarm', 'cancer'], synonyms: ['tarmcancer', 'kolorektalcancer'] },
  ];
  assert.deepEqual(searchTerms('Ledtiderna ska kortas.', withSynonyms), ['väntetider']);
  assert.deepEqual(searchTerms('Screening för tjock- och ändtarmscancer.', withSynonyms), [
    'ändtarm',
    'cancer',
    'tarmcancer',
    'kolorektalcancer',
  ]);
  // From the synonym back to the word only with an entry of its own.
  assert.deepEqual(searchTerms('Väntetider ska kortas.', withSynonyms), []);
});

const norr = plan('norr-2022-2024', 'norr', {
  goals: [
    goal('norr-2022-2024', 'n22-a', {
      text: 'En förstudie för lungcancerscreening.',
      owners: ['o1'],
      timeframe: '2022–2024',
      years: { from: 2022, to: 2024 },
    }),
    goal('norr-2022-2024', 'n22-b', {
      number: '1:2',
      owners: ['o1', 'o3'],
      timeframe: '2023',
      years: { from: 2023, to: 2023 },
      areas: { vf: ['a2'] },
    }),
  ],
});
const syd = plan('syd-2023-2025', 'syd', { goals: [goal('syd-2023-2025', 's23-a')] });
const m = model([norr, syd]);
m.owners.push({ id: 'o3', name: 'Regionerna', kind: 'regionerna', region: 'syd' });
m.vocabulary = vocabulary;
const site = buildSiteIndex(m, coverage(m), lifecycles(m.plans, 2024));
const searchRecord = (g: (typeof norr.goals)[number]) => site.searchRecord(g);
const lookups = modelLookups(m, site.areasOfGoal);

test("the records from a model's own lookups are the site index's records", () => {
  assert.deepEqual(searchRecords(lookups, site.goals), new Map(site.goals.map((g) => [g.id, site.searchRecord(g)])));
  assert.deepEqual(filterOptions(lookups, searchRecords(lookups, site.goals)), site.filterOptions);
});

test('owners that share a name are told apart by region in the owner filter', () => {
  const labels = ownerLabels(m);
  assert.equal(labels.get('o1'), 'Regionerna (Norr)');
  assert.equal(labels.get('o3'), 'Regionerna (Syd)');
  assert.equal(labels.get('o2'), 'RCC Syd');
});

test("a goal's search record: meta, filters from data, every year of its timeframe, its parts", () => {
  const record = searchRecord(norr.goals[0]);
  assert.deepEqual(record.meta, {
    number: '',
    plan: 'Plan norr-2022-2024',
    region: 'Norr',
    owners: 'Regionerna',
    timeframe: '2022–2024',
    areas: 'VF: Område 1 (preliminärt område)',
  });
  assert.deepEqual(record.filters, {
    region: ['Norr'],
    plan: ['Norr 2022–2024'],
    omrade: ['VF: Område 1 (preliminärt område)'],
    ansvarig: ['Regionerna (Norr)'],
    ar: ['2022', '2023', '2024'],
  });
  assert.deepEqual(record.terms, ['lungcancer', 'screening']);
  assert.equal(record.order, '00000');

  const other = searchRecord(norr.goals[1]);
  assert.equal(other.meta.number, 'Mål 1:2');
  assert.deepEqual(other.filters.omrade, ['VF: Område 2 (preliminärt område)']);
  assert.deepEqual(other.filters.ar, ['2023']);
  assert.equal(other.order, '00001');

  const none = searchRecord(syd.goals[0]);
  assert.equal(none.meta.owners, 'Ingen ansvarig anges');
  assert.equal(none.meta.timeframe, 'Ingen tidsram anges');
  assert.deepEqual(none.filters.ar, []);
  assert.deepEqual(none.filters.ansvarig, []);
});

test("filter options list every value some goal has, in the content's order", () => {
  const options = Object.fromEntries(
    filterOptions(lookups, searchRecords(lookups, site.goals)).map((o) => [o.key, o.values]),
  );
  assert.deepEqual(Object.keys(options), ['region', 'plan', 'omrade', 'ansvarig', 'ar']);
  assert.deepEqual(options.region, ['Norr', 'Syd']);
  assert.deepEqual(options.plan, ['Norr 2022–2024', 'Syd 2023–2025']);
  assert.deepEqual(options.omrade, ['VF: Område 1 (preliminärt område)', 'VF: Område 2 (preliminärt område)']);
  assert.deepEqual(options.ansvarig, ['Regionerna (Norr)', 'Regionerna (Syd)']);
  assert.deepEqual(options.ar, ['2022', '2023', '2024']);
});

test("the owner filter gives each label its owner's name, which a query names (the region added is not in it)", () => {
  const owners = filterOptions(lookups, searchRecords(lookups, site.goals)).find((o) => o.key === 'ansvarig');
  assert.deepEqual(owners?.names, ['Regionerna', 'Regionerna']);
  const region = filterOptions(lookups, searchRecords(lookups, site.goals)).find((o) => o.key === 'region');
  assert.equal(region?.names, undefined);
});

test("a passage's search record: its section's address, text then extra words, the goals' filters", () => {
  const [record] = passageRecords(lookups, [
    {
      plan: 'norr-2022-2024',
      chapter: 'k1',
      anchor: 'kapitel-k1',
      heading: 'Kapitel',
      text: 'Om lungcancerscreening.',
    },
  ]);
  // Root-relative: Pagefind adds the base path, as for the goal pages.
  assert.equal(record.url, '/planer/norr-2022-2024/#kapitel-k1');
  assert.equal(record.content, `Om lungcancerscreening. ${TERMS_MARK} lungcancer screening`);
  assert.deepEqual(record.meta, { title: 'Kapitel', plan: 'Plan norr-2022-2024', region: 'Norr' });
  // The chapter's areas, no owner, the plan's period as years, and the kind that keeps it apart from goals.
  assert.deepEqual(record.filters, {
    region: ['Norr'],
    plan: ['Norr 2022–2024'],
    omrade: ['VF: Område 1 (preliminärt område)'],
    ansvarig: [],
    ar: ['2022', '2023', '2024'],
    typ: ['text'],
  });
  const [plain] = passageRecords(lookups, [
    { plan: 'syd-2023-2025', chapter: null, anchor: 'inledning', heading: 'Inledning', text: 'Inga sammansättningar.' },
  ]);
  assert.equal(plain.content, 'Inga sammansättningar.');
  assert.deepEqual(plain.filters.omrade, []);
});

test('filter options also list the values only passages have', () => {
  const passages = passageRecords(lookups, [
    { plan: 'syd-2023-2025', chapter: null, anchor: 'inledning', heading: 'Inledning', text: 'Text.' },
  ]);
  const years = filterOptions(lookups, searchRecords(lookups, site.goals), passages).find((o) => o.key === 'ar');
  assert.deepEqual(years?.values, ['2022', '2023', '2024', '2025']);
});

test('the real vocabulary finds the goals the issue names by their parts', () => {
  const root = join(import.meta.dirname, '..', '..');
  const words = parse(readFileSync(join(root, 'content', 'search-vocabulary.yaml'), 'utf8'));
  const goals = parse(readFileSync(join(root, 'plans', 'norr-2022-2024', 'goals.yaml'), 'utf8')) as {
    id: string;
    text: string;
  }[];
  const text = (id: string) => goals.find((g) => g.id === id)!.text;
  assert.ok(searchTerms(text('norr22-lungcancerscreening-forstudie'), words).includes('screening'));
  assert.ok(searchTerms(text('norr22-cancergenetik'), words).includes('bröstcancer'));
  assert.ok(searchTerms(text('norr22-kontaktsjukskoterska'), words).includes('sjuksköterska'));
});
