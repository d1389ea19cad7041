import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { readFragment, wordList, wordListJson } from './word-list.ts';

const pages = [
  {
    content: 'Palliativ vård ska utvecklas. palliativ vård',
    meta: { title: 'Palliativ vård ska utvecklas.', owners: 'Regionerna' },
  },
  { content: 'Vård och omsorg i Norr, 2024.', meta: { title: 'Vård och omsorg i Norr, 2024.', owners: 'RCC Norr' } },
];

test('every word of text and metadata, with the number of pages that have it (not occurrences)', () => {
  const list = wordList(pages);
  const count = (word: string) => list.counts[list.words.indexOf(word)];
  assert.equal(count('vård'), 2);
  assert.equal(count('palliativ'), 1);
  assert.equal(count('regionerna'), 1);
  assert.equal(count('norr'), 1);
  assert.equal(count('rcc'), 1);
  assert.equal(count('2024'), 1);
  assert.ok(!list.words.includes('Vård'), 'lower case only');
});

test('words are sorted, so the file is the same for the same pages in any order', () => {
  const list = wordList(pages);
  assert.deepEqual(list.words, [...list.words].sort());
  assert.equal(wordListJson(wordList([...pages].reverse())), wordListJson(list));
});

test('the file is JSON that reads back to the list', () => {
  const list = wordList(pages);
  assert.deepEqual(JSON.parse(wordListJson(list)), list);
});

test('a Pagefind fragment (gzipped JSON after a signature) gives its content and meta', () => {
  const fragment = {
    url: '/mal/x/',
    content: 'Text här.',
    word_count: 2,
    filters: {},
    meta: { title: 'Text här.' },
    anchors: [],
  };
  const bytes = gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(fragment))]));
  assert.deepEqual(readFragment(bytes), { content: 'Text här.', meta: { title: 'Text här.' } });
});

test('anything else is refused, with an error rather than a wrong list', () => {
  assert.throws(() => readFragment(gzipSync(Buffer.from('pagefind_dcd{"url":"/x/"}'))), /no content and meta/);
  assert.throws(() => readFragment(Buffer.from('not gzip')));
});
