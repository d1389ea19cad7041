// A minimal static server for the built site (dist/), used by `npm run preview` and the browser tests. It
// serves files as they are, with the 404 page for unknown paths, like any static host would; it reads
// through the project's one door to the disk (no link followed, regular files only). A site built for an
// address with a path (SITE_URL=https://…/cancerplaner/) is served under that path only (--base, by default
// the path of SITE_URL), as it will be published; every other path is 404.
import { createServer } from 'node:http';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathInside, readInside } from '../src/lib/validate/tree.ts';
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
  '.yml': 'text/yaml; charset=utf-8',
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

/** Served files may be larger than content files (Pagefind's index and WebAssembly), but not unbounded. */
const MAX_SERVED_BYTES = 64 * 1024 * 1024;

type Answer = { status: number; type: string; body: Buffer | string; location?: string; gzip?: boolean };

/** Whether an Accept-Encoding header takes gzip (named, or by "*", and not with q=0). */
function acceptsGzip(header: string | undefined): boolean {
  const codings = new Map(
    (header ?? '').split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return [name.trim(), q === undefined ? 1 : Number(q)] as const;
    }),
  );
  return (codings.get('gzip') ?? codings.get('*') ?? 0) > 0;
}

/**
 * Pagefind's index chunks and fragments (`pagefind/**.pf_*`; the build stores the WebAssembly and metadata
 * inflated, src/lib/engine-files.ts) are gzip data. Sent with `Content-Encoding: gzip`, the browser unpacks
 * them off the page's main thread, and Pagefind sees its signature and skips its own unpacking in JavaScript
 * (a few tens of milliseconds of a first search here); the bytes on the wire are the same. A client that does
 * not accept gzip gets them as they are, and Pagefind unpacks them.
 */
const isPagefindGzip = (file: string, bytes: Buffer) =>
  /^pagefind\/.*\.(pagefind|pf_[a-z]+)$/.test(file) && bytes[0] === 0x1f && bytes[1] === 0x8b;

const NOT_FOUND_TEXT = 'Sidan finns inte.\n';

/**
 * What to answer for a decoded path, read through the door (src/lib/validate/tree.ts): no link followed,
 * regular files only, nothing outside the served folder. A path with "." or ".." parts is not a file
 * here (browsers resolve them before asking).
 */
function answer(path: string): Answer {
  const parts = path.split('/').filter(Boolean);
  if (parts.some((p) => p === '.' || p === '..' || p.includes('\\'))) return notFound();
  const rel = parts.join('/');
  const where = rel === '' ? ({ ok: true, kind: 'dir' } as const) : pathInside(root, rel);
  if (!where.ok) return notFound();
  if (where.kind === 'dir' && !path.endsWith('/')) {
    // Directory URLs without their trailing slash redirect, as static hosts do; the address is rebuilt
    // from its parts, so it is always a path on this host ("//other.example/" cannot come out).
    return {
      status: 301,
      type: TYPES['.txt'],
      body: '',
      location: `${base}${parts.map(encodeURIComponent).join('/')}/`,
    };
  }
  const file = where.kind === 'dir' ? (rel ? `${rel}/index.html` : 'index.html') : rel;
  const read = readInside(root, file, MAX_SERVED_BYTES);
  if (!read.ok) return notFound();
  return {
    status: 200,
    type: TYPES[extname(file)] ?? 'application/octet-stream',
    body: read.bytes,
    gzip: isPagefindGzip(file, read.bytes),
  };
}

/** The site's 404 page, or a line of text when there is none (before a build, or during one). */
function notFound(): Answer {
  const page = readInside(root, '404.html', MAX_SERVED_BYTES);
  return page.ok
    ? { status: 404, type: TYPES['.html'], body: page.bytes }
    : { status: 404, type: TYPES['.txt'], body: NOT_FOUND_TEXT };
}

const server = createServer((req, res) => {
  // A client that goes away mid-answer is its own business; the server keeps serving.
  req.on('error', () => res.destroy());
  res.on('error', () => undefined);
  const path = requestPath(req.url ?? '/');
  if (path === null) {
    // A malformed address is the client's fault; answer it and keep serving everyone else.
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Felaktig adress.\n');
    return;
  }
  let reply: Answer;
  try {
    // Outside the base path there is no site; the base path without its slash leads to it.
    if (`${path}/` === base) reply = { status: 301, type: TYPES['.txt'], body: '', location: base };
    else if (!path.startsWith(base)) reply = { status: 404, type: TYPES['.txt'], body: NOT_FOUND_TEXT };
    else reply = answer(`/${path.slice(base.length)}`);
  } catch {
    reply = { status: 500, type: TYPES['.txt'], body: 'Serverfel.\n' };
  }
  const gzip = reply.gzip === true && acceptsGzip(req.headers['accept-encoding']);
  res.writeHead(reply.status, {
    'Content-Type': reply.type,
    ...(reply.location ? { Location: reply.location } : {}),
    ...(reply.gzip ? { Vary: 'Accept-Encoding' } : {}),
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : reply.body);
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
