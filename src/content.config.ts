// Wires loaders to schemas. Everything comes through the validator: the whole validated model (read by
// src/data/site.ts), the plans' .mdx prose rendered by Astro's Markdown pipeline (only after the content gate
// has accepted it), read by the plan pages. A build's pages take both in memory, the dev server's from the
// collections (src/lib/content-loader.ts).
// defineCollection from the module that astro:content re-exports it from (astro/types/content.d.ts): the
// virtual astro:content also loads Astro's whole page-rendering runtime into the config's module graph,
// which Vite transforms on every build (about 0.8 s of fixed build time).
import { defineCollection } from 'astro/content/config';
import { z } from 'astro/zod';
import { proseLoader, validatedLoader } from './lib/content-loader.ts';

export const collections = {
  // No schema: the validator has already checked every field against src/schemas.
  content: defineCollection({ loader: validatedLoader() }),
  // Introductions and chapters: "norr-2022-2024/kapitel/barn-och-unga". Their frontmatter is in the model.
  prose: defineCollection({ loader: proseLoader(), schema: z.strictObject({}) }),
};
