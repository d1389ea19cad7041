import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { entryHref, entryTag, withIndexHints } from './index-hints.ts';

describe('withIndexHints', () => {
  const head = (bundle: string) =>
    `<head><link rel="modulepreload" href="${bundle}pagefind.js"><link rel="preload" href="${bundle}wasm.sv.pagefind" as="fetch" crossorigin="anonymous"><link rel="stylesheet" href="/a.css"></head>`;

  test('adds the entry file (with its cache tag) and the metadata right after the WebAssembly hint', () => {
    const html = withIndexHints(head('/pagefind/'), 'sv_0a1b2c3d4e');
    assert.equal(
      html,
      '<head><link rel="modulepreload" href="/pagefind/pagefind.js"><link rel="preload" href="/pagefind/wasm.sv.pagefind" as="fetch" crossorigin="anonymous">' +
        '<link rel="preload" href="/pagefind/pagefind-entry.json?ts=sv_0a1b2c3d4e" as="fetch" crossorigin="anonymous">' +
        '<link rel="preload" href="/pagefind/pagefind.sv_0a1b2c3d4e.pf_meta" as="fetch" crossorigin="anonymous">' +
        '<link rel="stylesheet" href="/a.css"></head>',
    );
  });

  test('keeps the path the site is served under', () => {
    const html = withIndexHints(head('/cancerplaner/pagefind/'), 'sv_1')!;
    assert.match(html, /href="\/cancerplaner\/pagefind\/pagefind-entry\.json\?ts=sv_1"/);
    assert.match(html, /href="\/cancerplaner\/pagefind\/pagefind\.sv_1\.pf_meta"/);
  });

  test('replaces the hints of an earlier indexing instead of adding more', () => {
    const once = withIndexHints(head('/pagefind/'), 'sv_1')!;
    assert.equal(withIndexHints(once, 'sv_2'), withIndexHints(head('/pagefind/'), 'sv_2'));
  });

  test('refuses a page without the WebAssembly hint, and a hash that is not a plain name', () => {
    assert.equal(withIndexHints('<head><link rel="stylesheet" href="/a.css"></head>', 'sv_1'), null);
    assert.equal(withIndexHints(head('/pagefind/'), 'sv_1"><script>'), null);
    assert.equal(withIndexHints(head('/pagefind/'), ''), null);
  });
});

describe('entryTag', () => {
  test("reads back the tag the entry hint carries, for Pagefind's metaCacheTag", () => {
    assert.equal(entryTag(`http://127.0.0.1:4321${entryHref('/pagefind/', 'sv_e15ceee745')}`), 'sv_e15ceee745');
  });

  test('is null for an entry address without a tag', () => {
    assert.equal(entryTag('/pagefind/pagefind-entry.json'), null);
    assert.equal(entryTag('/pagefind/pagefind-entry.json?ts='), null);
  });
});
