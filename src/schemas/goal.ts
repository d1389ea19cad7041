import { z } from 'astro/zod';
import { idSchema } from './common.ts';
import { areaMapSchema } from './plan.ts';

/** One row of a plan's goal table: plans/<plan>/goals.yaml. */
export const goalSchema = z
  .strictObject({
    /** Stable id, unique across all plans; never derived from position. */
    id: idSchema.describe('Målets id, unikt i hela webbplatsen. Ändra det inte: det är målets adress.'),
    /** The chapter (file name without .mdx) the goal belongs to. */
    chapter: idSchema.describe('Kapitlets id (filnamnet i kapitel/ utan .mdx).'),
    /** The plan's own number for the goal, if it has one ("2:1"). */
    number: z.string().min(1).optional().describe('Planens eget nummer för målet, om det finns, t.ex. "2:1".'),
    /** Goal text exactly as in the source. */
    text: z.string().min(1).describe('Målets text, exakt som i källan.'),
    /** Owners (Ansvarig) by id, in the order the source gives them. */
    owners: z.array(idSchema).default([]).describe('Ansvariga: id:n ur content/owners.yaml, i källans ordning.'),
    /** Timeframe exactly as written ("2023–2024"); null when the plan has none. */
    timeframe: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe('Tidsram exakt som i källan, t.ex. "2024" eller "2022–2024".'),
    /** Areas for this goal instead of its chapter's. */
    areas: areaMapSchema.optional().describe('Områden för just detta mål, i stället för kapitlets.'),
  })
  .describe('Ett mål i en plans måltabell.');

export const goalsFileSchema = z.array(goalSchema).describe('Planens mål, i planens ordning.');

export type Goal = z.infer<typeof goalSchema>;
