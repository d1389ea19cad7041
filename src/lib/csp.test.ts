import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CSP, CSP_HEADER, hostHeaders } from './csp.ts';

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
