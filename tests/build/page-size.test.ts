// No built page exceeds the page budget (issue 14): every HTML page in dist/, gzipped as a server would
// send it. Long lists are paged (src/lib/paging.ts); tests/unit/paging.test.ts holds them at 100×.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { PAGE_BUDGET_BYTES } from '../../src/lib/paging.ts';
import { DIST, htmlFiles } from '../support/dist.ts';

test(`every built page is at most ${PAGE_BUDGET_BYTES / 1000} KB of gzipped HTML`, () => {
  const pages = htmlFiles();
  assert.ok(pages.length > 50, `only ${pages.length} pages in dist/: build the site first`);
  const sizes = pages.map((path) => ({ path, bytes: gzipSync(readFileSync(join(DIST, path)), { level: 6 }).length }));
  const over = sizes.filter((s) => s.bytes > PAGE_BUDGET_BYTES).map((s) => `${s.path}: ${s.bytes} bytes`);
  assert.deepEqual(over, []);
  // The check measured real pages: the largest is a plan page of several KB.
  assert.ok(Math.max(...sizes.map((s) => s.bytes)) > 5_000);
});
