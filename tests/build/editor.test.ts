// The browser editor in the built site (/redigera/, docs/adr/0010): Decap CMS self-hosted from node_modules,
// its generated configuration, its own policy, and nothing of it anywhere else.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseCmsConfig } from '../../src/lib/cms-yaml.ts';
import { decapFiles } from '../../src/integrations/cms-editor.ts';
import { EDITOR_CSP } from '../../src/lib/csp.ts';
import { DIST, htmlFiles, readDist } from '../support/dist.ts';

test('the editor page loads its one script from this site, under its own policy, and is not indexed', () => {
  const html = readDist('redigera/index.html');
  assert.match(html, /<html lang="sv"/);
  assert.ok(html.includes(`content="${EDITOR_CSP}"`));
  assert.doesNotMatch(EDITOR_CSP, /script-src[^;]*(unsafe-inline|https:)/, 'scripts only from this site');
  assert.match(html, /<meta name="robots" content="noindex">/);
  assert.match(html, /<title>Redigera – Regionala cancerplaner<\/title>/);
  const scripts = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
  assert.deepEqual(scripts.length, 1);
  assert.match(scripts[0], /^<script type="module" src="\/_astro\/[\w.-]+\.js">$/);
  assert.doesNotMatch(html, /unpkg|jsdelivr|cdn\./i);
});

test("Decap CMS's bundle and every chunk it loads are copied from node_modules, byte for byte", () => {
  const decap = decapFiles();
  assert.ok(decap.names.includes('decap-cms.js'));
  assert.ok(decap.names.length > 10, 'the chunks come along');
  for (const name of decap.names)
    assert.ok(readFileSync(join(DIST, 'redigera', name)).equals(readFileSync(join(decap.dir, name))), name);
  // No source maps: they would double the editor's size for nobody.
  assert.deepEqual(
    readdirSync(join(DIST, 'redigera')).filter((n) => n.endsWith('.map')),
    [],
  );
});

test('config.yml is the generated configuration, with the local backend and the editorial workflow', () => {
  const config = parseCmsConfig(readDist('redigera/config.yml'));
  assert.equal(config.locale, 'sv');
  assert.equal(config.publish_mode, 'editorial_workflow');
  assert.equal((config.backend as { name: string }).name, 'github');
  assert.ok(Array.isArray(config.collections) && config.collections.length > 5);
});

test('no other page links the editor (it is in no menu) and the search index holds none of it', () => {
  for (const file of htmlFiles().filter((f) => !f.startsWith('redigera/')))
    assert.doesNotMatch(readDist(file), /href="[^"]*\/redigera\//, file);
  assert.ok(existsSync(join(DIST, 'pagefind')));
  const indexed = readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8');
  assert.doesNotMatch(indexed, /redigera/);
});
