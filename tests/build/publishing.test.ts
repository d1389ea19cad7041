// What the default build (no SITE_URL) publishes for hosts and crawlers: the _headers file with the page's
// policy as a header, robots.txt, and no address it cannot know (no canonical, no sitemap). The build for an
// address with a path is read by tests/e2e/sub-path.spec.ts.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CSP } from '../../src/lib/csp.ts';
import { DIST, readDist } from '../support/dist.ts';

test('dist/_headers sends the same policy as the pages, and caches only hashed assets for long', () => {
  const headers = readDist('_headers');
  const page = readDist('om/index.html');
  assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`));
  assert.ok(headers.includes(`Content-Security-Policy: ${CSP}; frame-ancestors 'none'`));
  assert.match(headers, /^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
});

test('without SITE_URL: robots.txt names no sitemap, and no page claims an absolute address', () => {
  assert.equal(readDist('robots.txt'), 'User-agent: *\nAllow: /\n');
  assert.equal(existsSync(join(DIST, 'sitemap-index.xml')), false);
  const page = readDist('om/index.html');
  assert.doesNotMatch(page, /rel="canonical"|og:url/);
  assert.match(page, /<meta property="og:title" content="Om webbplatsen">/);
  assert.match(page, /<meta name="description" content="[^"]+">/);
});
