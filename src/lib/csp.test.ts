import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CSP, CSP_HEADER, EDITOR_CSP, hostHeaders } from './csp.ts';

test('the header policy is the page policy plus frame-ancestors', () => {
  assert.ok(CSP_HEADER.startsWith(`${CSP}; `));
  assert.match(CSP_HEADER, /frame-ancestors 'none'$/);
});

test('the _headers file covers the base path, with immutable caching only for hashed assets', () => {
  const root = hostHeaders('/');
  assert.match(root, /^\/\*\n {2}Content-Security-Policy: default-src 'self';/);
  assert.match(root, /\n\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n/);
  const sub = hostHeaders('/cancerplaner/');
  assert.match(sub, /^\/cancerplaner\/\*\n/);
  assert.match(sub, /\n\/cancerplaner\/_astro\/\*\n/);
  assert.equal((sub.match(/immutable/g) ?? []).length, 1, 'pages are never cached as immutable');
});

test("the editor's own policy: its header detaches the site's and allows no inline or foreign script", () => {
  const headers = hostHeaders('/cancerplaner/');
  assert.match(
    headers,
    /\n\/cancerplaner\/redigera\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-eval';/,
  );
  assert.doesNotMatch(EDITOR_CSP, /script-src[^;]*(unsafe-inline|https:|\*)/);
  assert.doesNotMatch(CSP, /'unsafe-eval'|'unsafe-inline'/, 'every other page keeps the strict policy');
});
