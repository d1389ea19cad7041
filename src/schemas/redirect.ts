import { z } from 'astro/zod';
import { idSchema } from './common.ts';

/**
 * An old goal (or plan) id that must keep leading to the goal (plan) after a rename; or, with `removed`, a
 * goal taken off the site for good, whose old address then says so and leads to its plan.
 */
export const redirectSchema = z
  .strictObject({
    /** The goal's former id (its former address /mal/<from>/), or a plan's (/planer/<from>/). */
    from: idSchema.describe('Målets (eller planens) tidigare id.'),
    /** The goal's current id, or the plan's when `from` was a plan id or the goal is removed. */
    to: idSchema.describe('Målets (eller planens) nuvarande id. För ett borttaget mål: planens id.'),
    /** True when the goal is removed for good: `to` is then the plan it stood in. */
    removed: z
      .boolean()
      .optional()
      .describe('true när målet är borttaget för gott. Då anger to planen som målet stod i.'),
    /** Why the id changed. */
    note: z.string().optional().describe('Varför id:t ändrades.'),
  })
  .describe('En omdirigering från ett tidigare mål-id (eller plan-id).');

export const redirectsFileSchema = z
  .array(redirectSchema)
  .describe('Tidigare mål-id:n (och plan-id:n) och vart de leder (content/redirects.yaml).');

export type Redirect = z.infer<typeof redirectSchema>;
