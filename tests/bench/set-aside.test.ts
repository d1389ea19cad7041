// The bench moves what it would delete into its bin (bench/measure.ts, setAside): the folder leaves its place
// whole, nothing is deleted, and a path that is not there is left alone.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { cleanBuild, setAside } from '../../bench/measure.ts';

const work = mkdtempSync(join(tmpdir(), 'rcp-set-aside-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Every file under the bin, by its content. */
const binContents = (bin: string): string[] =>
  readdirSync(bin, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .sort();

test('a build output and its caches are moved into the bin whole, twice over without a clash', () => {
  const site = join(work, 'site');
  const bin = join(work, 'bin');
  for (const run of ['1', '2']) {
    mkdirSync(join(site, 'dist', 'mal'), { recursive: true });
    mkdirSync(join(site, 'node_modules', '.astro'), { recursive: true });
    writeFileSync(join(site, 'dist', 'mal', 'index.html'), `page ${run}`);
    writeFileSync(join(site, 'node_modules', '.astro', 'data-store.json'), `store ${run}`);
    cleanBuild(site, bin);
    assert.equal(existsSync(join(site, 'dist')), false);
    assert.equal(existsSync(join(site, 'node_modules', '.astro')), false);
    assert.equal(existsSync(join(site, 'node_modules')), true);
  }
  assert.deepEqual(binContents(bin), ['page 1', 'page 2', 'store 1', 'store 2']);
});

test('a path that is not there is left alone, and no bin is made for it', () => {
  const bin = join(work, 'empty-bin');
  setAside(join(work, 'missing'), bin);
  assert.equal(existsSync(bin), false);
});
