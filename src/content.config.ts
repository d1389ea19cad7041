// Wires loaders to schemas. The YAML data comes through the validator, as one entry holding the whole
// validated model (read by src/data/site.ts); MDX prose through Astro's glob loader (only after the
// content gate has accepted it), read by the plan pages.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentRoot } from './lib/content-root.ts';
import { validatedLoader } from './lib/content-loader.ts';
import { CONTENT_FILES, extOf } from './schemas/files.ts';

const prose = [CONTENT_FILES.intro, CONTENT_FILES.chapter];

export const collections = {
  // No schema: the validator has already checked every field against src/schemas.
  content: defineCollection({ loader: validatedLoader() }),
  prose: defineCollection({
    loader: glob({
      pattern: prose.map((kind) => kind.pattern),
      base: contentRoot(),
      // "norr-2022-2024/kapitel/barn-och-unga": plan and file name, as the validator names them.
      generateId: ({ entry }) => entry.replace(/^plans\//, '').slice(0, -extOf(CONTENT_FILES.chapter).length),
    }),
    schema: z.union([CONTENT_FILES.chapter.schema, CONTENT_FILES.intro.schema]),
  }),
};
