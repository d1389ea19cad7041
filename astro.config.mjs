// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { swedishFootnotes } from './src/markdown/swedish-footnotes.ts';
import { contentGate } from './src/integrations/content-gate.ts';

export default defineConfig({
  // Absolute URLs (citations, open data) use SITE_URL when the deployment sets one.
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No prefetch, no client router: pages work as plain HTML with scripts off.
  integrations: [contentGate(), mdx()],
  // MDX already renders GFM tables, footnotes and strikethrough; only the footnote labels need work.
  markdown: { processor: satteri({ hastPlugins: [swedishFootnotes] }) },
  devToolbar: { enabled: false },
});
