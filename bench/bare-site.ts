// Astro's floor under the benchmark's ratio (bench/README.md): a bare Astro site, with the project's own
// Astro and Node, of as many pages as ours has, each a title and a heading and nothing else. Its build is
// what Astro costs for that many pages before any work of the site's own (validation, content, search), so
// the report can say how much of our build is Astro's fixed work and how much is left for the site's.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the bare site into `dir` (whose node_modules the caller has linked): `pages` pages, /0/ to /<pages - 1>/. */
export function writeBareSite(dir: string, pages: number): void {
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`a bare site needs a page count, not ${pages}`);
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  // Built through npm as ours and Starlight's are, with Astro's defaults as Starlight's is.
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'bare-astro', private: true, type: 'module', scripts: { build: 'astro build' } }, null, 2)}\n`,
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "export default { build: { format: 'directory' }, devToolbar: { enabled: false } };\n",
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[n].astro'),
    [
      '---',
      `export const getStaticPaths = () => Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));`,
      'const { n } = Astro.params;',
      '---',
      '<html lang="sv"><head><meta charset="utf-8" /><title>Sida {n}</title></head><body><h1>Sida {n}</h1></body></html>',
      '',
    ].join('\n'),
  );
}
