import { z } from 'astro/zod';
import { idSchema } from './common.ts';

/** An old goal id that must keep leading to the goal after a rename. */
export const redirectSchema = z
  .strictObject({
    /** The goal's former id (its former address /mal/<from>/). */
    from: idSchema.describe('Målets tidigare id.'),
    /** The goal's current id. */
    to: idSchema.describe('Målets nuvarande id.'),
    /** Why the id changed. */
    note: z.string().optional().describe('Varför id:t ändrades.'),
  })
  .describe('En omdirigering från ett tidigare mål-id.');

export const redirectsFileSchema = z.array(redirectSchema).describe('Tidigare mål-id:n och vart de leder (content/redirects.yaml).');

export type Redirect = z.infer<typeof redirectSchema>;
