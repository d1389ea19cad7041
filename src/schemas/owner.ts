import { z } from 'astro/zod';
import { idSchema } from './common.ts';

/** What sort of body an owner (Ansvarig) is. */
export const OWNER_KINDS = ['region', 'regionerna', 'rcc', 'rcc-roll', 'enhet', 'nationell'] as const;

/** Someone a goal names as responsible, exactly as the plan writes it. */
export const ownerSchema = z
  .strictObject({
    /** Stable id, e.g. "norr-regionerna". */
    id: idSchema,
    /** The owner exactly as the plan writes it, e.g. "Regionerna". */
    name: z.string().min(1).describe('Ansvarig exakt som planen skriver det, t.ex. "Regionerna".'),
    /** What sort of body this is. */
    kind: z
      .enum(OWNER_KINDS)
      .describe(
        'Slag: region (en region), regionerna (planens regioner gemensamt), rcc, rcc-roll (en roll inom RCC), enhet (en verksamhet), nationell (nationell aktör).',
      ),
    /** The healthcare region the owner belongs to; national bodies have none. */
    region: idSchema
      .optional()
      .describe('Sjukvårdsregionens id som ägaren hör till. Utelämnas för nationella aktörer.'),
    /** A longer explanation shown on the owner's page. */
    description: z.string().optional().describe('Förklaring som visas på webbplatsen, t.ex. vilka "Regionerna" är.'),
  })
  .describe('En ansvarig (ägare) av mål.');

export const ownersFileSchema = z.array(ownerSchema).min(1).describe('Registret över ansvariga.');

export type Owner = z.infer<typeof ownerSchema>;
export type OwnerKind = (typeof OWNER_KINDS)[number];
