// A minimal static server for the built site (dist/), used by `npm run preview` and the browser tests. It
// serves files as they are, with the 404 page for unknown paths, like any static host would. A site built for
// an address with a path (SITE_URL=https://…/cancerplaner/) is served under that path only (--base, by
// default the path of SITE_URL), as it will be published; every other path is 404.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BASE_PATH } from '../src/site-config.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4321' },
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: BASE_PATH },
  },
});
/** The path the site is served under, with slashes at both ends ("/" or "/cancerplaner/"). */
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const root = resolve(values.dir);
const port = Number(values.port);

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

/** The request's path, decoded; null when it is not a valid percent-encoded path. */
function requestPath(url: string): string | null {
  try {
    const path = decodeURIComponent(url.split('?')[0]);
    // A NUL byte can never name a file, and the file system calls refuse it.
    return path.includes('\0') ? null : path;
  } catch {
    return null;
  }
}

function resolvePath(urlPath: string): string | null {
  const clean = normalize(urlPath).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  let path = requestPath(url);
  if (path === null) {
    // A malformed address is the client's fault; answer it and keep serving everyone else.
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Felaktig adress.\n');
    return;
  }
  // Outside the base path there is no site; the base path without its slash leads to it.
  if (`${path}/` === base) {
    res.writeHead(301, { Location: base });
    res.end();
    return;
  }
  if (!path.startsWith(base)) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Sidan finns inte.\n');
    return;
  }
  path = `/${path.slice(base.length)}`;
  // Directory URLs without their trailing slash redirect, as static hosts do.
  const dir = join(root, normalize(path));
  if (!path.endsWith('/') && dir.startsWith(root) && existsSync(dir) && statSync(dir).isDirectory()) {
    res.writeHead(301, { Location: `${url.split('?')[0]}/` });
    res.end();
    return;
  }
  const file = resolvePath(path);
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  res.writeHead(status, { 'Content-Type': TYPES[extname(body)] ?? 'application/octet-stream' });
  createReadStream(body).pipe(res);
});

server.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EADDRINUSE') {
    console.error(
      `Porten ${port} används redan, kanske av en annan förhandsvisning. Stäng den, eller välj en annan port: npm run preview -- --port ${port + 1}`,
    );
  } else {
    console.error(`Webbservern kunde inte starta på port ${port}: ${err.message}`);
  }
  process.exit(1);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} on http://127.0.0.1:${port}${base}`);
});
