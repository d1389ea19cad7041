import { z } from 'astro/zod';
import { partialDateSchema, sourceSchema } from './common.ts';

/** Facts about the site itself that pages state: when sources were checked, who publishes, how to reach them. */
export const siteInfoSchema = z
  .strictObject({
    /** The day the editors last searched the sources for newer plans: "not found" and "in force" hold as of it. */
    sourcesChecked: partialDateSchema.describe(
      'Dagen då redaktionen senast sökte i källorna efter nya planer (ÅÅÅÅ-MM-DD). Webbplatsen säger "gäller" och "har inte hittats" per den dagen.',
    ),
    /** Who publishes the site; left out while no publisher is decided (the pages then name none). */
    publisher: z
      .strictObject({
        /** The publisher's name. */
        name: z.string().min(1).describe('Utgivarens namn, t.ex. en organisation.'),
        /** The publisher's own page. */
        url: z
          .url({ protocol: /^https?$/ })
          .optional()
          .describe('Utgivarens webbsida (http eller https).'),
      })
      .optional()
      .describe('Vem som ger ut webbplatsen. Utelämnas så länge ingen utgivare är bestämd.'),
    /** How readers reach the publisher, e.g. to report an accessibility problem (required by law on a public site). */
    contact: z
      .strictObject({
        /** An e-mail address. */
        email: z
          .string()
          .regex(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/)
          .optional()
          .describe('E-postadress för synpunkter, t.ex. om tillgänglighet.'),
        /** A contact page. */
        url: z
          .url({ protocol: /^https?$/ })
          .optional()
          .describe('Kontaktsida (http eller https).'),
      })
      .refine((c) => c.email !== undefined || c.url !== undefined, { message: 'Ange email eller url.' })
      .optional()
      .describe('Hur läsarna når utgivaren. Utelämnas så länge ingen kontaktväg finns.'),
    /** The licence of the compiled open data. */
    licence: sourceSchema
      .optional()
      .describe('Licensen för de sammanställda öppna data: namn (title) och adress (url).'),
  })
  .describe('Uppgifter om webbplatsen själv (content/site.yaml).');

export type SiteInfo = z.infer<typeof siteInfoSchema>;
