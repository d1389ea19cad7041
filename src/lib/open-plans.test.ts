import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goal, model, plan } from '../../tests/support/model.ts';
import { lifecycles } from './lifecycle.ts';
import { openPlans, plansCsv, plansJson, PLANS_CSV_COLUMNS } from './open-plans.ts';

const norr = plan('norr-2022-2024', 'norr', {
  adoption: [{ body: 'Förbundsdirektionen', date: '2022-06-15' }],
  statusNote: 'Alla mål är överförda, med "citat", och komma.',
  editorNotes: 'Hemlig anteckning för redaktörer.',
  goals: [goal('norr-2022-2024', 'g1'), goal('norr-2022-2024', 'g2')],
});
const syd = plan('syd-2023-2025', 'syd', {
  titleConfirmed: false,
  status: 'not-transcribed',
  adoption: [{ note: 'Vem som antog planen har inte hittats.' }],
  source: { title: 'Nyhet', url: 'https://example.org/nyhet', urlConfirmed: false },
});
const m = model([norr, syd]);
const plans = openPlans(m, lifecycles(m.plans, 2026));

test('each plan version carries its lifecycle, adoption, source and transcription, never editors’ notes', () => {
  assert.deepEqual(plans[0], {
    id: 'norr-2022-2024',
    region: 'norr',
    title: 'Plan norr-2022-2024',
    titleConfirmed: true,
    period: { from: 2022, to: 2024 },
    adoption: [{ body: 'Förbundsdirektionen', date: '2022-06-15', note: null }],
    source: { title: 'Källa', url: 'https://example.org/', urlConfirmed: true },
    lifecycle: { state: 'ended', laterPlanKnown: false },
    transcription: 'complete',
    status: 'Alla mål är överförda, med "citat", och komma.',
    goalCount: 2,
    url: '/planer/norr-2022-2024/',
    follows: [{ direction: 'vf', assessed: false }],
  });
  assert.deepEqual(plans[1].adoption, [{ body: null, date: null, note: 'Vem som antog planen har inte hittats.' }]);
  assert.equal(plans[1].source.urlConfirmed, false);
  assert.deepEqual(plans[1].lifecycle, { state: 'ended', laterPlanKnown: false });
  assert.doesNotMatch(JSON.stringify(plans), /Hemlig anteckning/);
});

test('laterPlanKnown is null unless the period has ended', () => {
  const early = openPlans(m, lifecycles(m.plans, 2023));
  assert.deepEqual(early[0].lifecycle, { state: 'in-force', laterPlanKnown: null });
  assert.deepEqual(early[1].lifecycle, { state: 'in-force', laterPlanKnown: null });
});

test('plans.json wraps the plans with a version and the content date', () => {
  const data = JSON.parse(plansJson(plans, '2026-12-02'));
  assert.deepEqual(Object.keys(data), ['version', 'contentDate', 'plans']);
  assert.equal(data.version, 1);
  assert.equal(data.contentDate, '2026-12-02');
  assert.equal(data.plans.length, 2);
});

test('plans.csv: a header and one RFC 4180 row per plan, decisions joined', () => {
  const lines = plansCsv(plans).split('\r\n');
  assert.equal(lines[0], PLANS_CSV_COLUMNS.join(','));
  assert.equal(
    lines[1],
    'norr-2022-2024,norr,Plan norr-2022-2024,true,2022,2024,"Förbundsdirektionen, 2022-06-15",Källa,https://example.org/,true,ended,false,complete,"Alla mål är överförda, med ""citat"", och komma.",2,/planer/norr-2022-2024/,vf',
  );
  assert.match(
    lines[2],
    /^syd-2023-2025,syd,Plan syd-2023-2025,false,2023,2025,Vem som antog planen har inte hittats\.,Nyhet,https:\/\/example\.org\/nyhet,false,ended,false,not-transcribed,/,
  );
  assert.equal(lines[3], '');
});

test('a link to a direction that the sources do not state is marked as the site’s assessment', () => {
  const assessed = plan('vast-2015', 'vast', { followsAssessed: ['vf'] });
  const am = model([assessed]);
  const [open] = openPlans(am, lifecycles(am.plans, 2026));
  assert.deepEqual(open.follows, [{ direction: 'vf', assessed: true }]);
  assert.match(plansCsv([open]).split('\r\n')[1], /,vf \(bedömning\)$/);
  // Without a confirmation an open-ended plan is not called in force.
  assert.equal(open.lifecycle.state, 'unconfirmed');
});
