import { z } from 'astro/zod';
import { idSchema, sourceSchema, yearSchema } from './common.ts';

/** One area of a direction, e.g. one of the strategy's five goals. */
export const areaSchema = z
  .strictObject({
    /** Stable id within the direction. */
    id: idSchema,
    /** The area's name as the direction writes it. */
    title: z.string().min(1).describe('Områdets namn.'),
    /** What the area covers, shown on its page. */
    description: z.string().optional().describe('Vad området omfattar.'),
    /** Where this area's definition comes from, when it is not the direction's own document. */
    derivedFrom: z
      .string()
      .optional()
      .describe('Varifrån områdets definition kommer, om inte ur ramverkets eget dokument.'),
  })
  .describe('Ett område i ett ramverk.');

/** A framework plans are held against: Vägen framåt, the national strategy, the annual agreement. */
export const directionSchema = z
  .strictObject({
    /** Full title as published. */
    title: z.string().min(1).describe('Ramverkets fullständiga titel.'),
    /** Short title for tables and links. */
    shortTitle: z.string().min(1).describe('Kort titel, t.ex. "Vägen framåt".'),
    /** Who issued it. */
    publisher: z.string().min(1).describe('Utgivare, t.ex. "RCC i samverkan".'),
    /** Years it applies to, when it has a period. */
    period: z
      .strictObject({ from: yearSchema, to: yearSchema.nullable() })
      .optional()
      .describe('Period: from (år) och to (år, eller null om öppen).'),
    /** Whether the areas come from the document itself (verified) or are a stand-in (provisional). */
    status: z
      .enum(['verified', 'provisional'])
      .describe('verified: områdena är bekräftade ur källan; provisional: tillfälliga, se provenance.'),
    /** Where the areas come from, in words a reader understands. Shown on the site. */
    provenance: z.string().min(1).describe('Varifrån områdena kommer. Visas på webbplatsen.'),
    /** Notes for editors (what to replace, what to check); never published. */
    editorNotes: z
      .string()
      .min(1)
      .optional()
      .describe('Anteckningar för redaktörer: vad som ska bytas ut eller kontrolleras. Visas aldrig på webbplatsen.'),
    /** The document the direction is published in. */
    source: sourceSchema.optional(),
    /** Areas in the direction's own order. */
    areas: z.array(areaSchema).min(1).describe('Områdena i ramverkets ordning.'),
  })
  .describe('Ett ramverk som planerna hålls mot.');

export type Area = z.infer<typeof areaSchema>;
export type Direction = z.infer<typeof directionSchema>;
