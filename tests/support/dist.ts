// The built site in dist/, as the build tests read it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export const readDist = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** Every HTML page in dist/ (Pagefind's own files left out), as paths relative to dist/ with "/". */
export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [relative(DIST, path).split(sep).join('/')] : [];
  });
}

/** One record of the Pagefind index as its fragment file holds it. */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every record of the Pagefind index in a built site (gzipped JSON after Pagefind's signature). */
export function fragments(site = DIST): Fragment[] {
  const dir = join(site, 'pagefind', 'fragment');
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const raw = gunzipSync(readFileSync(join(dir, name)));
      const signature = 'pagefind_dcd';
      const start = raw.subarray(0, signature.length).toString('latin1') === signature ? signature.length : 0;
      return JSON.parse(raw.subarray(start).toString('utf8')) as Fragment;
    });
}
