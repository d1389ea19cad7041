import { z } from 'astro/zod';
import { idSchema, partialDateSchema, sourceSchema, yearSchema } from './common.ts';

/** How much of a plan's goal tables the repository holds. */
export const TRANSCRIPTION_STATUSES = ['complete', 'partial', 'not-transcribed'] as const;

/** The goal-table columns a plan can have, keyed by what they hold. */
export const COLUMN_KEYS = ['goal', 'owners', 'timeframe'] as const;

/** Direction areas, keyed by direction id: { vagen-framat-2020-2022: [prevention-och-tidig-diagnostik] }. */
export const areaMapSchema = z
  .record(idSchema, z.array(idSchema).min(1))
  .describe('Områden per ramverk: ramverkets id följt av en lista med områdes-id:n.');

/** Metadata of one plan version: plans/<id>/plan.yaml. */
export const planSchema = z
  .strictObject({
    /** The healthcare region whose plan this is. */
    region: idSchema.describe('Sjukvårdsregionens id ur content/regions.yaml, t.ex. "norr".'),
    /** Exact title as the plan gives it. */
    title: z.string().min(1).describe('Planens exakta titel.'),
    /** Whether the exact title is confirmed by the source. */
    titleConfirmed: z.boolean().default(true).describe('false om den exakta titeln inte är bekräftad i källan.'),
    /**
     * false while the introduction, chapters (text and areas) and `follows` are still those copied from the
     * previous version by new-plan: a draft says so, and an adopted plan cannot be published so.
     */
    copyConfirmed: z
      .boolean()
      .default(true)
      .describe(
        'false när inledningen, kapitlen och follows är kopierade från förra planversionen och inte jämförda med den nya planen.',
      ),
    /** Years the plan applies to; `to: null` for an open end ("2015 och framåt"). */
    period: z
      .strictObject({
        from: yearSchema.describe('Första året planen gäller.'),
        to: yearSchema.nullable().describe('Sista året, eller null om planen gäller tills vidare.'),
      })
      .describe('Planperiod.'),
    /** Adoption decisions, in date order. None recorded: the version is a draft and is not published. */
    adoption: z
      .array(
        z.strictObject({
          /** The body that decided; left out when the plan is published but who adopted it is not known. */
          body: z
            .string()
            .min(1)
            .optional()
            .describe(
              'Beslutande organ. Utelämnas när planen är publicerad men det inte är känt vem som antog den (skriv det i note).',
            ),
          /** Decision date at the precision the source gives. */
          date: partialDateSchema.optional(),
          /** What is uncertain or missing about this decision. */
          note: z.string().optional().describe('Anmärkning, t.ex. att datum saknas i källan.'),
        }),
      )
      .describe(
        'Beslut om att anta planen: organ och datum. En tom lista betyder att planversionen är ett utkast, som inte publiceras.',
      ),
    /** For a plan without an end year: the day a source last said that the plan applies. */
    confirmedInForce: partialDateSchema
      .optional()
      .describe(
        'För en plan utan slutår: dagen då en källa senast sade att planen gäller. Utan den visas planen inte som gällande.',
      ),
    /** The plan document itself. */
    source: sourceSchema.describe('Plandokumentet: titel och adress.'),
    /** Further pages the metadata comes from. */
    references: z.array(sourceSchema).default([]).describe('Andra källor till uppgifterna om planen.'),
    /** Directions the sources say the plan follows. */
    follows: z.array(idSchema).default([]).describe('Ramverk som planen följer (id:n ur content/directions/).'),
    /** Directions in `follows` that the plan's sources do not name: the link is the site's own assessment. */
    followsAssessed: z
      .array(idSchema)
      .default([])
      .describe(
        'Ramverk i follows som planens källor inte själva nämner (t.ex. en utgåva som bara antas): kopplingen är webbplatsens bedömning och visas så.',
      ),
    /** Whether `follows` is complete because the plan's own text was read; otherwise other directions are unknown. */
    followsComplete: z
      .boolean()
      .default(false)
      .describe(
        'true när planens egen text har lästs, så att follows anger allt planen säger att den följer. Annars (false) visas övriga ramverk som okända.',
      ),
    /** The plan's own words for its levels. */
    levels: z
      .strictObject({
        chapter: z.string().min(1).describe('Planens ord för kapitelnivån, t.ex. "kapitel" eller "huvudmål".'),
        goal: z.string().min(1).describe('Planens ord för målnivån, t.ex. "mål", "delmål" eller "aktivitet".'),
        activity: z.string().optional().describe('Planens ord för en nivå under målen, om den finns.'),
      })
      .describe('Planens egna ord för sina nivåer.'),
    /** The columns of the plan's goal tables, in order, with the plan's headings. */
    columns: z
      .array(
        z.strictObject({
          key: z.enum(COLUMN_KEYS).describe('goal, owners eller timeframe.'),
          label: z.string().min(1).describe('Kolumnrubriken som i planen, t.ex. "Ansvarig".'),
        }),
      )
      .min(1)
      .describe('Måltabellernas kolumner i planens ordning.'),
    /** How much of the goal tables is transcribed. */
    status: z.enum(TRANSCRIPTION_STATUSES).describe('complete, partial eller not-transcribed.'),
    /** One or two public sentences on what is and is not here; shown once on the plan's page and in open data. */
    statusNote: z
      .string()
      .min(1)
      .describe(
        'En eller två meningar till läsarna om vad som finns och saknas. Visas på webbplatsen och i öppna data.',
      ),
    /** Notes for editors (sources, doubts, what to check); never published. */
    editorNotes: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Anteckningar för redaktörer: källor, osäkerheter, vad som ska kontrolleras. Visas aldrig på webbplatsen.',
      ),
    /** Areas the plan knowingly does not cover, with the reason. */
    gaps: z
      .array(
        z.strictObject({
          direction: idSchema.describe('Ramverkets id.'),
          area: idSchema.describe('Områdets id.'),
          /** Who says the area is a gap: the plan itself, or the site's editors judging the plan. */
          statedBy: z
            .enum(['plan', 'site'])
            .describe(
              'plan: planen säger själv att den saknar mål inom området; site: webbplatsens redaktion har bedömt det.',
            ),
          reason: z.string().min(1).describe('Varför planen inte har mål inom området.'),
        }),
      )
      .default([])
      .describe('Områden där planen saknar mål, med skäl och vem som har bedömt det.'),
  })
  .describe('Metadata för en planversion (plans/<id>/plan.yaml).');

export type Plan = z.infer<typeof planSchema>;
export type TranscriptionStatus = (typeof TRANSCRIPTION_STATUSES)[number];
