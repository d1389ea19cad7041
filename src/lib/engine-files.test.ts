import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { PTR_WAIT_MS, inflatedEngineFile, withShorterStartWait, withoutGraphemeSegmenter } from './engine-files.ts';

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

test("shortens the wait of Pagefind's search for its WebAssembly, and leaves other code alone", () => {
  const script =
    'x;async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}return 1;}' +
    'while(this.primary.wasm===null){await asyncSleep(50);}';
  assert.equal(
    withShorterStartWait(script),
    `x;async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(${PTR_WAIT_MS});}return 1;}` +
      'while(this.primary.wasm===null){await asyncSleep(50);}',
  );
  assert.equal(withShorterStartWait('async getPtr(){return 1;}'), 'async getPtr(){return 1;}');
});

test("keeps Pagefind's grapheme segmenter for languages it splits into words only, and leaves other code alone", () => {
  const split =
    'let t=[];if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){const graphemeSegmenter=new Intl.Segmenter(trueLanguage,{granularity:"grapheme"});if(needsWordSegmentation(trueLanguage)){w();}else{g();}}else{c();}';
  assert.equal(
    withoutGraphemeSegmenter(split),
    'let t=[];if(trueLanguage&&typeof Intl.Segmenter!=="undefined"&&needsWordSegmentation(trueLanguage)){const graphemeSegmenter=new Intl.Segmenter(trueLanguage,{granularity:"grapheme"});if(needsWordSegmentation(trueLanguage)){w();}else{g();}}else{c();}',
  );
  // Applied twice (a site indexed again), the script stays as it was after the first time.
  assert.equal(withoutGraphemeSegmenter(withoutGraphemeSegmenter(split)), withoutGraphemeSegmenter(split));
  const other = 'if(typeof Intl.Segmenter!=="undefined"){new Intl.Segmenter(l);}';
  assert.equal(withoutGraphemeSegmenter(other), other);
});
