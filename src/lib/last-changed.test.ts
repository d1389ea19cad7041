import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentDate } from './last-changed.ts';

test('SOURCE_DATE_EPOCH wins over everything else', () => {
  assert.deepEqual(contentDate(String(Date.UTC(2026, 5, 1) / 1000), '2029-01-01', ['2030-01-01']), {
    date: '2026-06-01',
    source: 'epoch',
  });
});

test('outside git, the newest date the content records', () => {
  assert.deepEqual(contentDate(undefined, null, ['2022-03-01', undefined, '2024']), {
    date: '2024',
    source: 'content',
  });
  assert.equal(contentDate(undefined, null, []), null);
});

test("in git, the history's content date, before any date the content records", () => {
  assert.deepEqual(contentDate(undefined, '2025-02-03', ['2030-01-01']), { date: '2025-02-03', source: 'git' });
});
