// The preview server (scripts/serve.ts): a malformed address gets 400 and the server keeps serving; a busy
// port is reported in Swedish with how to choose another; Pagefind's gzip files go out as gzip content to
// clients that take it. Each test uses a free port of its own.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { printed } from '../support/child-output.ts';
import { freePort } from '../support/free-port.ts';

const project = join(import.meta.dirname, '..', '..');
const site = mkdtempSync(join(tmpdir(), 'rcp-serve-'));
mkdirSync(join(site, 'mal'));
writeFileSync(join(site, 'index.html'), '<p>Start</p>');
writeFileSync(join(site, '404.html'), '<p>Finns inte</p>');
after(() => rmSync(site, { recursive: true, force: true }));

/** Starts the server on a free port for a folder; `get` asks it without following redirects. */
async function serve(dir: string) {
  const free = await freePort();
  const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(free), '--dir', dir], { cwd: project });
  after(() => server.kill());
  await printed(server, /Serving/, 'the preview server');
  const get = (path: string) => fetch(`http://127.0.0.1:${free}${path}`, { redirect: 'manual' });
  return { server, get, port: free };
}

/** A port a server of this test holds, as another preview might. */
async function heldPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { port: (server.address() as { port: number }).port, server };
}

test('a malformed address is answered with 400, and the server keeps serving', async () => {
  const { server, get } = await serve(site);
  for (const bad of ['/%E0%A4%A', '/%', '/mal/%ZZ/', '/a%00b']) {
    const res = await get(bad);
    assert.equal(res.status, 400, bad);
    assert.equal(await res.text(), 'Felaktig adress.\n');
  }
  assert.equal((await get('/')).status, 200);
  assert.equal(await (await get('/')).text(), '<p>Start</p>');
  assert.equal((await get('/mal')).status, 301);
  assert.equal((await get('/finns-inte/')).status, 404);
  // Encoded dots do not lead out of the served folder.
  assert.equal((await get('/..%2f..%2fetc%2fpasswd')).status, 404);
  assert.equal(server.exitCode, null, 'still running');
});

test('`npm run preview` on a busy port says so in Swedish and suggests --port', async () => {
  const { port: busy, server } = await heldPort();
  after(() => server.close());
  const run = spawnSync('npm', ['run', 'preview', '--', '--port', String(busy), '--dir', site], {
    cwd: project,
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(run.status, 1);
  assert.match(run.stderr, new RegExp(`Porten ${busy} används redan`));
  assert.match(run.stderr, new RegExp(`npm run preview -- --port ${busy + 1}`));
  assert.doesNotMatch(run.stderr, /EADDRINUSE|at Server/);
});

test('without a 404 page (before a build, or during one) unknown paths get a plain 404, and the server lives on', async () => {
  const bare = mkdtempSync(join(tmpdir(), 'rcp-serve-bare-'));
  after(() => rmSync(bare, { recursive: true, force: true }));
  writeFileSync(join(bare, 'index.html'), '<p>Start</p>');
  const { server, get } = await serve(bare);
  for (const path of ['/finns-inte/', '/404.html', '/a/b/c.css']) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assert.equal(await res.text(), 'Sidan finns inte.\n');
  }
  assert.equal((await get('/')).status, 200);
  assert.equal(server.exitCode, null, 'still running');
});

test('never redirects to another host, never follows a link out of the served folder', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'rcp-serve-outside-'));
  after(() => rmSync(outside, { recursive: true, force: true }));
  writeFileSync(join(outside, 'secret.txt'), 'HEMLIGT');
  mkdirSync(join(outside, 'evil.example'));
  const dir = mkdtempSync(join(tmpdir(), 'rcp-serve-links-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, '404.html'), '<p>Finns inte</p>');
  mkdirSync(join(dir, 'evil.example'));
  symlinkSync(join(outside, 'secret.txt'), join(dir, 'secret.txt'));
  symlinkSync(outside, join(dir, 'ut'));
  symlinkSync('/dev/zero', join(dir, 'noll.html'));
  const { server, get } = await serve(dir);
  for (const path of [
    '//evil.example/..',
    '//evil.example',
    '/%2F%2Fevil.example',
    '/\\evil.example',
    '/./evil.example',
  ]) {
    const res = await get(path);
    const location = res.headers.get('location');
    assert.ok(location === null || /^\/[^/\\]/.test(location), `${path} → ${location}`);
  }
  assert.equal((await get('//evil.example')).headers.get('location'), '/evil.example/');
  for (const path of ['/secret.txt', '/ut/secret.txt', '/ut/', '/noll.html']) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assert.doesNotMatch(await res.text(), /HEMLIGT/);
  }
  assert.equal(server.exitCode, null, 'still running');
});

/** The raw answer (headers and bytes as sent: node:http does not inflate) to a GET with this Accept-Encoding. */
function raw(port: number, path: string, acceptEncoding?: string) {
  return new Promise<{ encoding?: string; vary?: string; body: Buffer }>((done, fail) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({
          encoding: res.headers['content-encoding'],
          vary: res.headers.vary,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', fail)
      .end();
  });
}

test("Pagefind's gzip files go out as gzip content to a client that takes gzip, as they are to others", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rcp-serve-gzip-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const put = (rel: string, bytes: Buffer) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), bytes);
  };
  const chunk = gzipSync(Buffer.from('pagefind_dcd{"ord":[1,2,3]}'));
  put('pagefind/index/sv_1a2b.pf_index', chunk);
  put('pagefind/fragment/sv_3c4d.pf_fragment', chunk);
  // Stored inflated by the build (src/lib/engine-files.ts): not gzip, so never marked as such.
  put('pagefind/wasm.sv.pagefind', Buffer.from('pagefind_dcd\0asm'));
  // Gzip data that is not Pagefind's (a download, say) is a file to save, not content to unpack.
  put('data/arkiv.pf_index', chunk);
  put('pagefind/arkiv.gz', chunk);
  const { port } = await serve(dir);
  for (const path of ['/pagefind/index/sv_1a2b.pf_index', '/pagefind/fragment/sv_3c4d.pf_fragment']) {
    for (const accept of ['gzip, deflate, br, zstd', 'br;q=1.0, gzip;q=0.8', '*']) {
      const res = await raw(port, path, accept);
      assert.equal(res.encoding, 'gzip', `${path} ${accept}`);
      assert.equal(res.vary, 'Accept-Encoding');
      assert.deepEqual(res.body, chunk, 'the same bytes on the wire');
    }
    for (const accept of [undefined, 'identity', 'br', 'gzip;q=0', 'gzip;q=0.0, *;q=1']) {
      const res = await raw(port, path, accept);
      assert.equal(res.encoding, undefined, `${path} ${accept}`);
      assert.equal(res.vary, 'Accept-Encoding', 'a cache keeps the two answers apart');
      assert.deepEqual(res.body, chunk);
    }
  }
  for (const path of ['/pagefind/wasm.sv.pagefind', '/data/arkiv.pf_index', '/pagefind/arkiv.gz']) {
    const res = await raw(port, path, 'gzip');
    assert.equal(res.encoding, undefined, path);
    assert.equal(res.vary, undefined, path);
  }
});
