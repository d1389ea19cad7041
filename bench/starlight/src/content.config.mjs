// Starlight's docs collection, as its starter project has it. (JavaScript, not TypeScript, so the main
// project's type check does not need this package installed.)
import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
