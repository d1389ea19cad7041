import { z } from 'astro/zod';
import { idSchema, sourceSchema, yearSchema } from './common.ts';

/** One of Sweden's six healthcare regions (sjukvårdsregioner). */
export const regionSchema = z
  .strictObject({
    /** Stable id, e.g. "stockholm-gotland". */
    id: idSchema,
    /** Display name, e.g. "Norra sjukvårdsregionen". */
    name: z.string().min(1).describe('Sjukvårdsregionens namn, t.ex. "Norra sjukvårdsregionen".'),
    /** Short name used in tables, e.g. "Norr". */
    shortName: z.string().min(1).describe('Kort namn, t.ex. "Norr".'),
    /** Name of the region's Regional Cancer Centre. */
    rcc: z.string().min(1).describe('Det regionala cancercentrumets namn, t.ex. "RCC Norr".'),
    /** Member regions (län), as they name themselves. */
    members: z.array(z.string().min(1)).min(1).describe('Regionerna som ingår, t.ex. "Region Norrbotten".'),
    /** For a member region only partly in this healthcare region, which part: { "Region Halland": "södra Halland" }. */
    memberParts: z
      .record(z.string().min(1), z.string().min(1))
      .default({})
      .describe(
        'För en region som bara delvis hör till sjukvårdsregionen: vilken del, t.ex. "Region Halland": "södra Halland". Namnet ska stå under members.',
      ),
    /** Where the list of member regions (and the note on a split region) comes from. */
    membersSource: sourceSchema
      .optional()
      .describe('Källan till vilka regioner som ingår i sjukvårdsregionen, och till anmärkningen.'),
    /** Earlier names, newest last. */
    formerNames: z
      .array(
        z.strictObject({
          /** The earlier name. */
          name: z.string().min(1).describe('Det tidigare namnet.'),
          /** Last year the name was in use. */
          until: yearSchema.describe('Sista året namnet användes.'),
        }),
      )
      .default([])
      .describe('Tidigare namn, t.ex. "Uppsala Örebro" till 2020.'),
    /** Notes on membership that a table cannot say (split regions). */
    note: z.string().optional().describe('Anmärkning, t.ex. om en region delas mellan två sjukvårdsregioner.'),
  })
  .describe('En sjukvårdsregion.');

export const regionsFileSchema = z.array(regionSchema).min(1).describe('Lista över sjukvårdsregionerna.');

export type Region = z.infer<typeof regionSchema>;
