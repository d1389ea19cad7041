import { z } from 'astro/zod';
import { areaMapSchema } from './plan.ts';

/** Frontmatter of a chapter: plans/<plan>/kapitel/<id>.mdx. */
export const chapterSchema = z
  .strictObject({
    /** Chapter title as the plan writes it, without its number. */
    title: z.string().min(1).describe('Kapitlets rubrik utan nummer.'),
    /** The number as the plan writes it ("1", "Mål 2"); omitted when the plan has none. */
    number: z.string().min(1).optional().describe('Numret som planen skriver det, t.ex. "1".'),
    /** Position in the plan. */
    order: z.number().int().min(1).describe('Kapitlets plats i planen: 1, 2, 3 …'),
    /** Direction areas the chapter serves; its goals inherit them. */
    areas: areaMapSchema.default({}),
  })
  .describe('Ett kapitel i en plan.');

/** Frontmatter of a plan's introduction: plans/<plan>/inledning.mdx. */
export const introSchema = z
  .strictObject({
    /** Heading of the introduction as the plan writes it. */
    title: z.string().min(1).describe('Rubriken, t.ex. "Inledning".'),
  })
  .describe('En plans inledning.');

export type Chapter = z.infer<typeof chapterSchema>;
