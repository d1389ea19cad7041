// The built site in dist/, as the build tests read it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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
