// Wires loaders to schemas. YAML data comes through the validator; MDX prose through Astro's glob loader
// (only after the content gate has accepted it).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentRoot } from './lib/content-root.ts';
import { validatedLoader } from './lib/content-loader.ts';
import {
  chapterSchema,
  directionSchema,
  goalSchema,
  idSchema,
  introSchema,
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
