import assert from 'node:assert/strict';
import { test } from 'node:test';
import { calendarFault } from './calendar.ts';

test('real dates at every precision pass', () => {
  for (const value of ['2022', '2022-06', '2022-06-15', '2024-02-29', '2000-02-29', '2023-12-31', '2023-01-01']) {
    assert.equal(calendarFault(value), null, value);
  }
});

test('months and days outside the calendar are named', () => {
  assert.match(calendarFault('2022-13-45')!, /månaden 13/);
  assert.match(calendarFault('2022-00')!, /månaden 00/);
  assert.match(calendarFault('2023-02-29')!, /2023-02 har dagarna 01–28, inte 29/);
  // 1900 is not a leap year (divisible by 100, not by 400); 2000 is.
  assert.match(calendarFault('1900-02-29')!, /01–28/);
  assert.match(calendarFault('2023-04-31')!, /01–30, inte 31/);
  assert.match(calendarFault('2023-01-00')!, /inte 00/);
});

test('values of another form are left to the format rule', () => {
  assert.equal(calendarFault('januari 2023'), null);
  assert.equal(calendarFault('2023-1-5'), null);
});
