import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { inflatedEngineFile } from './engine-files.ts';

const file = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0])]);

test("inflates a gzip file that holds Pagefind's signature", () => {
  assert.deepEqual(Buffer.from(inflatedEngineFile(gzipSync(file))!), file);
});

test('keeps a file that is inflated already, so indexing a site twice changes nothing', () => {
  assert.equal(inflatedEngineFile(file), file);
});

test('refuses what is not a Pagefind file: other gzip, broken gzip, other bytes', () => {
  assert.equal(inflatedEngineFile(gzipSync(Buffer.from('<html></html>'))), null);
  assert.equal(inflatedEngineFile(Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3])), null);
  assert.equal(inflatedEngineFile(Buffer.from('\0asm')), null);
});
