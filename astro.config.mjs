// @ts-check
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { swedishFootnotes } from './src/markdown/swedish-footnotes.ts';
import { tableAlignClasses } from './src/markdown/table-align.ts';
import { contentGate } from './src/integrations/content-gate.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { hostHeadersFile } from './src/integrations/host-headers.ts';
import { cmsEditor } from './src/integrations/cms-editor.ts';
import { noDepOptimizerInBuild } from './src/integrations/no-dep-optimizer.ts';
import { cacheDirFor, contentRoot } from './src/lib/content-root.ts';
import { buildValidation } from './src/lib/build-validation.ts';
import { inSitemap, movedIds, movedPaths } from './src/lib/moved.ts';
import sitemap from '@astrojs/sitemap';
import { BASE_PATH, BUILD_DRAFTS, SITE_URL } from './src/site-config.ts';

/** @type {Set<string> | undefined} */
let moved;
const movedAddresses = () => (moved ??= movedPaths(movedIds(buildValidation(contentRoot()).model)));

// A typed object rather than astro/config's defineConfig (which only returns its argument): that module also
// loads Astro's SVG optimizer, about 270 modules, at the start of every build.
/** @type {import('astro').AstroUserConfig} */
export default {
  // Absolute URLs (citations, open data, canonical, sitemap) use SITE_URL when the deployment sets one; a
  // path in it (https://www.example.se/cancerplaner/) is where the whole site lives.
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  // Each content root has a cache of its own: Astro keeps content entries whose files look unchanged.
  cacheDir: cacheDirFor(contentRoot(), fileURLToPath(new URL('.', import.meta.url))),
  // Four pages rendered at a time: a page's render waits on its file writes, and the next page fills that
  // wait (about 0.2 s at 10× content and 1 s at 100×). The pages came out the same bytes as one at a time, and
  // tests/build/reproducible holds that two builds agree.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // No prefetch, no client router: pages work as plain HTML with scripts off.
  // The gate validates before anything loads; the search index is written after the pages, so `astro build`
  // is the whole build.
  // A sitemap only for a published address, and never for a preview build with drafts; it lists pages with
  // content of their own (src/lib/moved.ts), read from the build's one validation when the pages are written.
  integrations: [
    contentGate(),
    ...(SITE_URL && !BUILD_DRAFTS ? [sitemap({ filter: (page) => inSitemap(page, BASE_PATH, movedAddresses()) })] : []),
    searchIndex(),
    hostHeadersFile(BASE_PATH),
    cmsEditor(),
    noDepOptimizerInBuild(),
  ],
  // The plans' prose (.mdx files, Markdown by the MDX policy) is rendered by this Markdown pipeline while
  // content loads, not compiled as MDX modules (docs/adr/0008). GFM tables, footnotes and strikethrough;
  // footnote labels get Swedish text and table alignment becomes classes (the CSP refuses style attributes).
  // No syntax highlighting: Shiki writes inline style attributes, which the CSP (style-src 'self') refuses.
  markdown: { processor: satteri({ hastPlugins: [swedishFootnotes, tableAlignClasses] }), syntaxHighlight: false },
  // Never inline scripts into pages, however small: the CSP allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
};
