import { z } from 'astro/zod';
import { idSchema } from './common.ts';

/** A source of a term's written-out form or explanation: a public page, or a plan on the site, quoted. */
export const termSourceSchema = z
  .strictObject({
    /** Public address of the page; left out when the source is a plan on the site. */
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('Adress till sidan (http eller https). Utelämnas när källan är en plan på webbplatsen (plan).'),
    /** Id of a plan on the site (its folder name) that says it; instead of url. */
    plan: idSchema.optional().describe('Id för en plan på webbplatsen som säger det, t.ex. "norr-2022-2024".'),
    /** The words that say it, copied exactly. */
    quote: z.string().min(1).describe('Orden i källan som säger det, kopierade exakt.'),
    /** What a reader should know about the source, e.g. that it is a news page. */
    sourceNote: z.string().min(1).optional().describe('Vad läsaren behöver veta om källan.'),
  })
  .describe('Källa: en sida (url) eller en plan (plan), med citat.');

/**
 * A term the plans use: its abbreviation (if any), its written-out form, a short explanation, and the
 * sources of both. An explanation or a written-out abbreviation without a source is an error (rule
 * term-unsourced): nothing is written from memory.
 */
export const termSchema = z
  .strictObject({
    /** The abbreviation as the plans write it, e.g. "SVF"; left out for a term that has none. */
    abbreviation: z
      .string()
      .regex(/^[\p{Lu}\d][\p{Lu}\d-]*$/u)
      .optional()
      .describe('Förkortningen som planerna skriver den, med versaler, t.ex. "SVF".'),
    /** The term written out, e.g. "standardiserat vårdförlopp"; for a term without abbreviation, the term. */
    term: z.string().min(1).describe('Ordet utskrivet, t.ex. "standardiserat vårdförlopp".'),
    /** Other forms readers and plans write it in (plural, other spelling), each also found by search. */
    forms: z
      .array(z.string().min(1))
      .optional()
      .describe('Andra former av ordet som planer och läsare skriver, t.ex. ["standardiserade vårdförlopp"].'),
    /** Sources of the written-out form; needed when there is an abbreviation. */
    termSources: z
      .array(termSourceSchema)
      .optional()
      .describe('Källor till den utskrivna formen. Behövs när ordet har en förkortning.'),
    /** A short explanation in plain Swedish, saying only what its sources say. */
    explanation: z
      .string()
      .min(1)
      .optional()
      .describe('En kort förklaring på enkel svenska som bara säger det källorna säger.'),
    /** Sources of the explanation; an explanation needs at least one. */
    explanationSources: z
      .array(termSourceSchema)
      .optional()
      .describe('Källor till förklaringen. En förklaring måste ha minst en.'),
  })
  .describe('Ett ord eller en förkortning i planerna.');

export const termsFileSchema = z
  .array(termSchema)
  .describe('Ord och förkortningar i planerna (content/terms.yaml), med förklaringar och källor.');

export type Term = z.infer<typeof termSchema>;
export type TermSource = z.infer<typeof termSourceSchema>;
