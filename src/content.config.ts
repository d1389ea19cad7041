// Wires loaders to schemas. The YAML data comes through the validator, as one entry holding the whole
// validated model (read by src/data/site.ts); MDX prose through Astro's glob loader (only after the
// content gate has accepted it), read by the plan pages.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentRoot } from './lib/content-root.ts';
import { validatedLoader } from './lib/content-loader.ts';
import { chapterSchema, introSchema } from './schemas/index.ts';

export const collections = {
  // No schema: the validator has already checked every field against src/schemas.
  content: defineCollection({ loader: validatedLoader() }),
  prose: defineCollection({
    loader: glob({
      pattern: ['plans/*/inledning.mdx', 'plans/*/kapitel/*.mdx'],
      base: contentRoot(),
      // "norr-2022-2024/kapitel/barn-och-unga": plan and file name, as the validator names them.
      generateId: ({ entry }) => entry.replace(/^plans\//, '').replace(/\.mdx$/, ''),
    }),
    schema: z.union([chapterSchema, introSchema]),
  }),
};
