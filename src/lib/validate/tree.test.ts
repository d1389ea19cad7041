// The one door to the disk: paths are walked part by part under a root, no link is followed (at the end
// or on the way), only regular files are read or written, and a refused write changes nothing outside.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { pathInside, readInside, refusedSv, writeInside } from './tree.ts';

const base = mkdtempSync(join(tmpdir(), 'rcp-door-'));
after(() => rmSync(base, { recursive: true, force: true }));
const root = join(base, 'repo');
const outside = join(base, 'outside');
mkdirSync(join(root, 'schemas', 'json'), { recursive: true });
mkdirSync(outside);
writeFileSync(join(outside, 'secret.json'), 'HEMLIGT');
writeFileSync(join(root, 'schemas', 'json', 'ok.schema.json'), '{}');
symlinkSync(join(outside, 'secret.json'), join(root, 'schemas', 'json', 'link.schema.json'));
symlinkSync('/dev/zero', join(root, 'schemas', 'json', 'zero.schema.json'));
symlinkSync(outside, join(root, '.vscode'));
assert.equal(spawnSync('mkfifo', [join(root, 'schemas', 'json', 'fifo.schema.json')]).status, 0);

describe('pathInside', () => {
  test('a link at the end or on the way, and paths that leave the root, are refused', () => {
    assert.deepEqual(pathInside(root, 'schemas/json/link.schema.json'), {
      ok: false,
      reason: 'symlink',
      at: 'schemas/json/link.schema.json',
    });
    assert.deepEqual(pathInside(root, '.vscode/settings.json'), { ok: false, reason: 'symlink', at: '.vscode' });
    for (const rel of ['../outside/secret.json', '/etc/passwd', 'schemas/./json', 'schemas//json', 'a\\..\\b'])
      assert.equal(pathInside(root, rel).ok, false, rel);
    assert.deepEqual(pathInside(root, 'schemas/json/ok.schema.json/x'), {
      ok: false,
      reason: 'not-dir',
      at: 'schemas/json/ok.schema.json',
    });
  });

  test('missing parts are fine: a file may be about to be written', () => {
    const where = pathInside(root, 'ny/mapp/fil.json');
    assert.ok(where.ok && where.kind === 'missing');
  });
});

describe('readInside', () => {
  test('reads a regular file; refuses links (to a file outside, to /dev/zero), FIFOs and large files at once', () => {
    const ok = readInside(root, 'schemas/json/ok.schema.json', 100);
    assert.ok(ok.ok && ok.bytes.toString() === '{}');
    assert.deepEqual(readInside(root, 'schemas/json/link.schema.json', 100), { ok: false, reason: 'symlink' });
    assert.deepEqual(readInside(root, 'schemas/json/zero.schema.json', 100), { ok: false, reason: 'symlink' });
    assert.deepEqual(readInside(root, '.vscode/settings.json', 100), { ok: false, reason: 'symlink' });
    // A FIFO with no writer would block a plain read forever.
    assert.deepEqual(readInside(root, 'schemas/json/fifo.schema.json', 100), { ok: false, reason: 'not-file' });
    assert.deepEqual(readInside(root, 'schemas/json/ok.schema.json', 1), { ok: false, reason: 'too-large', size: 2 });
    assert.deepEqual(readInside(root, 'saknas.json', 100), { ok: false, reason: 'missing' });
  });
});

describe('writeInside', () => {
  test('writes and replaces regular files, making missing folders', () => {
    assert.deepEqual(writeInside(root, 'ny/mapp/fil.json', 'först, längre text'), { ok: true });
    assert.deepEqual(writeInside(root, 'ny/mapp/fil.json', 'sen'), { ok: true });
    assert.equal(readFileSync(join(root, 'ny', 'mapp', 'fil.json'), 'utf8'), 'sen');
  });

  test('never writes through a link, into a linked folder, or into a FIFO; the file outside is untouched', () => {
    assert.deepEqual(writeInside(root, 'schemas/json/link.schema.json', 'x'), {
      ok: false,
      reason: 'symlink',
      at: 'schemas/json/link.schema.json',
    });
    assert.deepEqual(writeInside(root, '.vscode/settings.json', 'x'), { ok: false, reason: 'symlink', at: '.vscode' });
    assert.deepEqual(writeInside(root, 'schemas/json/fifo.schema.json', 'x'), {
      ok: false,
      reason: 'not-file',
      at: 'schemas/json/fifo.schema.json',
    });
    assert.equal(writeInside(root, '../outside/secret.json', 'x').ok, false);
    assert.equal(readFileSync(join(outside, 'secret.json'), 'utf8'), 'HEMLIGT');
    assert.equal(refusedSv('symlink'), 'en symbolisk länk');
  });
});
