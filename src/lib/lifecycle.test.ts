import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  contentYear,
  headlineVersion,
  isDraft,
  lifecycleOf,
  lifecycles,
  orderVersions,
  previousVersion,
  type LifecyclePlan,
} from './lifecycle.ts';
import { lifecycleSentence } from '../i18n/sv.ts';

const adopted = [{ body: 'Nämnden' }];
function plan(id: string, from: number, to: number | null, extra: Partial<LifecyclePlan> = {}): LifecyclePlan {
  return { id, region: id.split('-')[0], period: { from, to }, adoption: adopted, ...extra };
}

describe('lifecycle from dates', () => {
  const norr = plan('norr-2022-2024', 2022, 2024);

  test('in force while the content year is inside the period, both ends included', () => {
    for (const year of [2022, 2023, 2024])
      assert.deepEqual(lifecycleOf(norr, [norr], year), { state: 'in-force' }, String(year));
  });

  test('upcoming before the first year', () => {
    assert.deepEqual(lifecycleOf(norr, [norr], 2021), { state: 'upcoming' });
  });

  test('ended after the last year, saying no later plan is known', () => {
    assert.deepEqual(lifecycleOf(norr, [norr], 2025), { state: 'ended', laterKnown: false });
    assert.equal(
      lifecycleSentence({ state: 'ended', laterKnown: false }, norr, '2026-12-02'),
      'Perioden slutade 2024. Någon senare plan har inte hittats (sökt 2026-12-02).',
    );
  });

  test('ended with a later adopted plan known', () => {
    const next = plan('norr-2025-2027', 2025, 2027);
    assert.deepEqual(lifecycleOf(norr, [norr, next], 2026), { state: 'ended', laterKnown: true });
    assert.deepEqual(lifecycleOf(next, [norr, next], 2026), { state: 'in-force' });
    assert.equal(
      lifecycleSentence({ state: 'ended', laterKnown: true }, norr, '2026-12-02'),
      'Perioden slutade 2024. En senare plan finns.',
    );
  });

  test('a later plan of another region does not count', () => {
    const syd = plan('syd-2025-2027', 2025, 2027);
    assert.deepEqual(lifecycleOf(norr, [norr, syd], 2026), { state: 'ended', laterKnown: false });
  });

  test('an open-ended period is in force only while a source confirms it', () => {
    const vast = plan('vast-2015', 2015, null, { confirmedInForce: '2026-03' });
    assert.deepEqual(lifecycleOf(vast, [vast], 2040), { state: 'in-force' });
    assert.equal(
      lifecycleSentence({ state: 'in-force' }, vast, '2026-12-02'),
      'Planen gäller från 2015 och tills vidare, enligt en källa från 2026-03. Någon senare plan har inte hittats (sökt 2026-12-02).',
    );
    // "2015 och framåt" on an old page does not show that the plan applies today.
    const { confirmedInForce: _, ...unconfirmed } = vast;
    assert.deepEqual(lifecycleOf(unconfirmed, [unconfirmed], 2026), { state: 'unconfirmed' });
    assert.match(
      lifecycleSentence({ state: 'unconfirmed' }, unconfirmed, '2026-12-02'),
      /ingen källa säger att den gäller i dag/,
    );
  });

  test('without an adoption decision a version is a draft, whatever its dates', () => {
    const draft = plan('norr-2025-2027', 2025, 2027, { adoption: [] });
    assert.equal(isDraft(draft), true);
    for (const year of [2020, 2026, 2030])
      assert.deepEqual(lifecycleOf(draft, [norr, draft], year), { state: 'draft' });
  });

  test('a draft never demotes an adopted plan: it is not a known later plan', () => {
    const draft = plan('norr-2025-2027', 2025, 2027, { adoption: [] });
    assert.deepEqual(lifecycleOf(norr, [norr, draft], 2026), { state: 'ended', laterKnown: false });
    assert.deepEqual(lifecycleOf(norr, [norr, draft], 2024), { state: 'in-force' });
  });

  test('an entry without a body (published, adopter unknown) is not a draft', () => {
    assert.equal(isDraft(plan('syd-2023-2025', 2023, 2025, { adoption: [{ note: 'Okänt organ.' }] })), false);
  });

  test('the content year comes from a full or partial date', () => {
    assert.equal(contentYear('2026-12-02'), 2026);
    assert.equal(contentYear('2015'), 2015);
  });
});

describe('reading order of a region’s versions', () => {
  test('in force first, then upcoming, then ended newest first, drafts last; not newest file first', () => {
    const plans = [
      plan('s-2016-2019', 2016, 2019),
      plan('s-2020-2023', 2020, 2023),
      plan('s-2024-2027', 2024, 2027),
      plan('s-2028-2030', 2028, 2030),
      plan('s-2031-2033', 2031, 2033, { adoption: [] }),
    ];
    const states = lifecycles(plans, 2026);
    assert.deepEqual(
      orderVersions(plans, states).map((p) => p.id),
      ['s-2024-2027', 's-2028-2030', 's-2020-2023', 's-2016-2019', 's-2031-2033'],
    );
  });
});

describe('the version a region page leads with', () => {
  const ordered = (list: LifecyclePlan[], year: number) => {
    const states = lifecycles(list, year);
    return headlineVersion(orderVersions(list, states), states)?.id;
  };
  const old = plan('sg-2016-2019', 2016, 2019);
  const current = plan('sg-2024-2027', 2024, 2027);
  const draft = plan('sg-2028-2031', 2028, 2031, { adoption: [] });

  test('the plan in force, whatever else the region has', () => {
    assert.equal(ordered([old, current, draft], 2026), 'sg-2024-2027');
  });
  test('when none is in force, the latest ended one, never a draft', () => {
    assert.equal(ordered([old, current, draft], 2029), 'sg-2024-2027');
    assert.equal(ordered([draft], 2029), undefined);
  });
  test('an open-ended plan without confirmation comes before ended ones, after one in force', () => {
    const open = plan('sg-2020', 2020, null);
    assert.equal(ordered([old, open], 2026), 'sg-2020');
    assert.equal(ordered([open, current], 2026), 'sg-2024-2027');
  });
});

describe('previousVersion', () => {
  const old = plan('norr-2016-2018', 2016, 2018);
  const current = plan('norr-2022-2024', 2022, 2024);
  const draft = plan('norr-2025-2027', 2025, 2027, { adoption: [] });
  const other = plan('syd-2023-2025', 2023, 2025);
  const all = [old, draft, current, other];

  test("the region's latest adopted version starting no later than the new one", () => {
    assert.equal(previousVersion(all, { region: 'norr', from: 2028 }), current);
    assert.equal(previousVersion(all, { region: 'norr', from: 2022, id: 'norr-2022-2024' }), old);
    assert.equal(previousVersion(all, { region: 'norr', from: 2019 }), old);
  });

  test('never a draft, another region, the version itself or one that starts later', () => {
    assert.equal(previousVersion([draft], { region: 'norr', from: 2030 }), undefined);
    assert.equal(previousVersion(all, { region: 'norr', from: 2010 }), undefined);
    assert.equal(previousVersion([current], { region: 'norr', from: 2022, id: 'norr-2022-2024' }), undefined);
    assert.equal(previousVersion(all, { region: 'syd', from: 2022 }), undefined);
  });

  test('of two versions starting the same year, the longer one', () => {
    const short = plan('norr-2022-2023', 2022, 2023);
    const open = plan('norr-2022', 2022, null);
    assert.equal(previousVersion([short, current], { region: 'norr', from: 2025 }), current);
    assert.equal(previousVersion([current, open, short], { region: 'norr', from: 2025 }), open);
  });
});
