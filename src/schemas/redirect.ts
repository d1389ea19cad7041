import { z } from 'astro/zod';
import { idSchema } from './common.ts';

/** An old goal (or plan) id that must keep leading to the goal (plan) after a rename. */
export const redirectSchema = z
  .strictObject({
    /** The goal's former id (its former address /mal/<from>/), or a plan's (/planer/<from>/). */
    from: idSchema.describe('Målets (eller planens) tidigare id.'),
    /** The goal's current id, or the plan's when `from` was a plan id. */
    to: idSchema.describe('Målets (eller planens) nuvarande id.'),
    /** Why the id changed. */
    note: z.string().optional().describe('Varför id:t ändrades.'),
  })
  .describe('En omdirigering från ett tidigare mål-id (eller plan-id).');

export const redirectsFileSchema = z
  .array(redirectSchema)
  .describe('Tidigare mål-id:n (och plan-id:n) och vart de leder (content/redirects.yaml).');

export type Redirect = z.infer<typeof redirectSchema>;
