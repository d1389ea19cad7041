import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalPath, numbered, pageLinks, pageParam, pagePath, paginate, PAGE_ENTRIES } from './paging.ts';

const one = () => 1;

test('pages keep the order, hold at most the budget and lose or repeat nothing', () => {
  const items = Array.from({ length: 250 }, (_, i) => i);
  const pages = paginate(items, one);
  assert.deepEqual(
    pages.map((p) => p.length),
    [PAGE_ENTRIES, PAGE_ENTRIES, 50],
  );
  assert.deepEqual(pages.flat(), items);
});

test('a list within the budget is one page, as it was before paging', () => {
  assert.deepEqual(paginate([1, 2, 3], one), [[1, 2, 3]]);
  assert.deepEqual(
    paginate(
      Array.from({ length: PAGE_ENTRIES }, (_, i) => i),
      one,
    ).length,
    1,
  );
  assert.deepEqual(paginate([], one), [[]]);
});

test('weighted entries are never split: a page closes before the entry that would pass the budget', () => {
  assert.deepEqual(
    paginate([4, 4, 3, 5, 1], (w) => w, 8),
    [[4, 4], [3, 5], [1]],
  );
  // An entry heavier than the budget gets a page of its own.
  assert.deepEqual(
    paginate([2, 12, 2], (w) => w, 8),
    [[2], [12], [2]],
  );
});

test('page addresses: the list itself for page 1, /sida/<n>/ after it', () => {
  assert.equal(pagePath('/ar/2024/', 1), '/ar/2024/');
  assert.equal(pagePath('/ar/2024/', 3), '/ar/2024/sida/3/');
  assert.equal(pageParam(1), undefined);
  assert.equal(pageParam(2), 'sida/2');
  // Only a list of several pages names a canonical address, each page its own.
  assert.equal(canonicalPath('/ar/2024/', { n: 1, total: 1 }), undefined);
  assert.equal(canonicalPath('/ar/2024/', { n: 1, total: 3 }), '/ar/2024/');
  assert.equal(canonicalPath('/ar/2024/', { n: 2, total: 3 }), '/ar/2024/sida/2/');
  assert.deepEqual(
    numbered([['a'], ['b']]).map(({ n, total, items }) => [n, total, items]),
    [
      [1, 2, ['a']],
      [2, 2, ['b']],
    ],
  );
});

test('the nav links the first, last and nearby pages, and marks longer runs left out', () => {
  assert.deepEqual(pageLinks(1, 1), [1]);
  assert.deepEqual(pageLinks(1, 5), [1, 2, 3, 4, 5]);
  assert.deepEqual(pageLinks(1, 10), [1, 2, 3, null, 10]);
  assert.deepEqual(pageLinks(6, 12), [1, null, 4, 5, 6, 7, 8, null, 12]);
  // One page left out is linked instead of marked.
  assert.deepEqual(pageLinks(4, 10), [1, 2, 3, 4, 5, 6, null, 10]);
  // However many pages, the nav stays the same size.
  assert.equal(pageLinks(500, 1000).length, pageLinks(50, 100).length);
});
