// Wires loaders to schemas. Everything comes through the validator: YAML data as records, the plans' .mdx
// prose rendered by Astro's Markdown pipeline (only after the content gate has accepted it).
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { proseLoader, validatedLoader } from './lib/content-loader.ts';
import {
  chapterSchema,
  directionSchema,
  goalSchema,
  idSchema,
  ownerSchema,
  planSchema,
  redirectSchema,
  regionSchema,
  vocabularyEntrySchema,
} from './schemas/index.ts';

const years = z.strictObject({ from: z.number(), to: z.number() });

export const collections = {
  regions: defineCollection({ loader: validatedLoader('regions'), schema: regionSchema }),
  owners: defineCollection({ loader: validatedLoader('owners'), schema: ownerSchema }),
  directions: defineCollection({ loader: validatedLoader('directions'), schema: directionSchema.extend({ id: idSchema }) }),
  plans: defineCollection({
    loader: validatedLoader('plans'),
    schema: planSchema.extend({
      id: idSchema,
      introFile: z.string().nullable(),
      introTitle: z.string().nullable(),
      chapters: z.array(chapterSchema.extend({ id: idSchema, plan: idSchema, file: z.string() })),
    }),
  }),
  goals: defineCollection({
    loader: validatedLoader('goals'),
    schema: goalSchema.extend({ plan: idSchema, file: z.string(), line: z.number(), years: years.nullable() }),
  }),
  redirects: defineCollection({ loader: validatedLoader('redirects'), schema: redirectSchema.extend({ id: idSchema }) }),
  // Read by the goal pages for search (compound parts); the word is the entry's id.
  vocabulary: defineCollection({ loader: validatedLoader('vocabulary'), schema: vocabularyEntrySchema.extend({ id: z.string() }) }),
  // Introductions and chapters, rendered as Markdown: "norr-2022-2024/kapitel/barn-och-unga". Their
  // frontmatter is already in `plans`.
  prose: defineCollection({ loader: proseLoader(), schema: z.strictObject({}) }),
};
