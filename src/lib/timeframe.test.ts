import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatPeriod, parseTimeframe, timeframeSpans, withinPeriod, yearsOf, type Years } from './timeframe.ts';

function years(label: string): Years {
  const result = parseTimeframe(label);
  assert.ok(result.ok, `"${label}" should parse, got ${JSON.stringify(result)}`);
  return result.years;
}

function failure(label: string) {
  const result = parseTimeframe(label);
  assert.ok(!result.ok, `"${label}" should not parse, got ${JSON.stringify(result)}`);
  return result;
}

describe('parseTimeframe', () => {
  test('a single year', () => {
    assert.deepEqual(years('2023'), { from: 2023, to: 2023 });
  });

  test('a range with an en dash, as plans print it', () => {
    assert.deepEqual(years('2023–2024'), { from: 2023, to: 2024 });
  });

  test('a range with a hyphen-minus, as editors type it', () => {
    assert.deepEqual(years('2023-2024'), { from: 2023, to: 2024 });
  });

  test('a range with a two-digit end year', () => {
    assert.deepEqual(years('2022-24'), { from: 2022, to: 2024 });
    assert.deepEqual(years('2022–24'), { from: 2022, to: 2024 });
  });

  test('spaces around the label and the dash', () => {
    assert.deepEqual(years(' 2022 – 2024 '), { from: 2022, to: 2024 });
    assert.deepEqual(years(' 2024 '), { from: 2024, to: 2024 });
  });

  test('every dash a PDF or an editor may produce', () => {
    for (const dash of ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']) {
      assert.deepEqual(
        years(`2022${dash}2024`),
        { from: 2022, to: 2024 },
        `dash U+${dash.codePointAt(0)!.toString(16)}`,
      );
    }
  });

  test('a range within one year', () => {
    assert.deepEqual(years('2024–2024'), { from: 2024, to: 2024 });
  });

  test('the bounds of the allowed years', () => {
    assert.deepEqual(years('1990'), { from: 1990, to: 1990 });
    assert.deepEqual(years('2100'), { from: 2100, to: 2100 });
    assert.deepEqual(years('1999-2000'), { from: 1999, to: 2000 });
  });

  test('rejects a reversed range', () => {
    const r = failure('2024–2022');
    assert.equal(r.reason, 'reversed');
    assert.match(r.detail, /2022/);
    assert.match(r.detail, /2024/);
    assert.equal(failure('2024-2022').reason, 'reversed');
  });

  test('rejects a reversed range with a two-digit end year', () => {
    const r = failure('2024-22');
    assert.equal(r.reason, 'reversed');
    assert.match(r.detail, /slutåret 2022 ligger före startåret 2024/);
  });

  for (const label of [
    'snarast',
    '20222',
    '2022–',
    '1800',
    '2022-2024-2025',
    '',
    '   ',
    '2022-2',
    '2022-202',
    'år 2024',
    '2024.',
    '2022/2024',
    '2022 och 2023',
    'Q1 2024',
  ]) {
    test(`rejects ${JSON.stringify(label)} as format`, () => {
      const r = failure(label);
      assert.equal(r.reason, 'format');
      assert.ok(r.detail.length > 0);
      assert.doesNotMatch(r.detail, /undefined/);
    });
  }

  test('rejects years outside 1990–2100, naming the range', () => {
    for (const label of ['1800', '1989', '2101', '1800-1801', '2022-2200']) {
      const r = failure(label);
      assert.equal(r.reason, 'format', label);
      assert.match(r.detail, /1990–2100/, label);
    }
  });

  test('a two-digit end year may cross into the next century, but only over a short span', () => {
    assert.deepEqual(years('1999-01'), { from: 1999, to: 2001 });
    assert.equal(failure('2024-22').reason, 'reversed');
  });

  test('the detail quotes the label for unparseable text', () => {
    assert.match(failure('snarast').detail, /"snarast"/);
  });
});

describe('yearsOf', () => {
  test('lists every year of a range, in order', () => {
    assert.deepEqual(yearsOf({ from: 2022, to: 2024 }), [2022, 2023, 2024]);
  });

  test('a single year', () => {
    assert.deepEqual(yearsOf({ from: 2023, to: 2023 }), [2023]);
  });

  test('a reversed range has no years', () => {
    assert.deepEqual(yearsOf({ from: 2024, to: 2022 }), []);
  });

  test('agrees with parseTimeframe', () => {
    assert.deepEqual(yearsOf(years('2022-24')), [2022, 2023, 2024]);
  });
});

describe('withinPeriod', () => {
  const period = { from: 2022, to: 2024 };

  test('inside a closed period, including both ends', () => {
    assert.equal(withinPeriod({ from: 2022, to: 2024 }, period), true);
    assert.equal(withinPeriod({ from: 2023, to: 2023 }, period), true);
    assert.equal(withinPeriod({ from: 2022, to: 2022 }, period), true);
    assert.equal(withinPeriod({ from: 2024, to: 2024 }, period), true);
  });

  test('outside a closed period', () => {
    assert.equal(withinPeriod({ from: 2025, to: 2025 }, period), false);
    assert.equal(withinPeriod({ from: 2021, to: 2021 }, period), false);
    assert.equal(withinPeriod({ from: 2021, to: 2023 }, period), false);
    assert.equal(withinPeriod({ from: 2023, to: 2025 }, period), false);
    assert.equal(withinPeriod({ from: 2021, to: 2025 }, period), false);
  });

  test('an open end ("2015 och framåt") admits any later year', () => {
    const open = { from: 2015, to: null };
    assert.equal(withinPeriod({ from: 2015, to: 2015 }, open), true);
    assert.equal(withinPeriod({ from: 2030, to: 2040 }, open), true);
    assert.equal(withinPeriod({ from: 2014, to: 2016 }, open), false);
  });
});

describe('formatPeriod', () => {
  test('a closed period with an en dash', () => {
    assert.equal(formatPeriod({ from: 2022, to: 2024 }), '2022–2024');
  });

  test('a one-year period', () => {
    assert.equal(formatPeriod({ from: 2015, to: 2015 }), '2015');
  });

  test('an open period', () => {
    assert.equal(formatPeriod({ from: 2015, to: null }), '2015 och framåt');
  });
});

describe('timeframeSpans', () => {
  test('counts goals per span of years, earliest first, shorter first; goals without years left out', () => {
    const y = (from: number, to: number) => ({ years: { from, to } });
    assert.deepEqual(timeframeSpans([y(2023, 2024), y(2022, 2024), y(2022, 2022), y(2022, 2024), { years: null }]), [
      { from: 2022, to: 2022, count: 1 },
      { from: 2022, to: 2024, count: 2 },
      { from: 2023, to: 2024, count: 1 },
    ]);
    assert.deepEqual(timeframeSpans([]), []);
  });
});
