// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { swedishFootnotes } from './src/markdown/swedish-footnotes.ts';
import { tableAlignClasses } from './src/markdown/table-align.ts';
import { contentGate } from './src/integrations/content-gate.ts';

export default defineConfig({
  // Absolute URLs (citations, open data) use SITE_URL when the deployment sets one.
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No prefetch, no client router: pages work as plain HTML with scripts off.
  integrations: [contentGate()],
  // The plans' prose (.mdx files, Markdown by the MDX policy) is rendered by this Markdown pipeline while
  // content loads, not compiled as MDX modules (docs/adr/0007). GFM tables, footnotes and strikethrough;
  // footnote labels get Swedish text and table alignment becomes classes (the CSP refuses style attributes).
  // No syntax highlighting: Shiki writes inline style attributes, which the CSP (style-src 'self') refuses.
  markdown: { processor: satteri({ hastPlugins: [swedishFootnotes, tableAlignClasses] }), syntaxHighlight: false },
  // Never inline scripts into pages, however small: the CSP allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
