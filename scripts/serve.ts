// A minimal static server for the built site (dist/), used by the browser tests. It serves files as they
// are, with the 404 page for unknown paths, like any static host would.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, dir: { type: 'string', default: 'dist' } },
});
const root = resolve(values.dir);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.rdf': 'application/rdf+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function resolvePath(urlPath: string): string | null {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

createServer((req, res) => {
  const url = req.url ?? '/';
  // Directory URLs without their trailing slash redirect, as static hosts do.
  const dir = join(root, normalize(decodeURIComponent(url.split('?')[0])));
  if (!url.split('?')[0].endsWith('/') && existsSync(dir) && statSync(dir).isDirectory()) {
    res.writeHead(301, { Location: `${url.split('?')[0]}/` });
    res.end();
    return;
  }
  const file = resolvePath(url);
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  res.writeHead(status, { 'Content-Type': TYPES[extname(body)] ?? 'application/octet-stream' });
  createReadStream(body).pipe(res);
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} on http://127.0.0.1:${values.port}/`);
});
