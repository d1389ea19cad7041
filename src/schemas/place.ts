import { z } from 'astro/zod';
import { idSchema } from './common.ts';

/** A public page a fact about a place rests on, with the words on it that say so. */
export const quotedSourceSchema = z
  .strictObject({
    /** Public address of the page or document. */
    url: z.url({ protocol: /^https?$/ }).describe('Adress till sidan eller dokumentet (http eller https).'),
    /** The words on the page that say it, copied exactly. */
    quote: z.string().min(1).describe('Orden på sidan som säger det, kopierade exakt.'),
    /** What a reader should know about the source, e.g. that it is not the region's own page. */
    sourceNote: z
      .string()
      .min(1)
      .optional()
      .describe('Vad läsaren behöver veta om källan, t.ex. att det inte är regionens egen sida.'),
  })
  .describe('Källa: adress och citat.');

/** A municipality (kommun) with its code from Statistics Sweden. */
export const municipalitySchema = z
  .strictObject({
    /** SCB's four-digit municipality code; it starts with its county's code. */
    code: z
      .string()
      .regex(/^\d{4}$/)
      .describe('SCB:s kommunkod, fyra siffror som börjar med länets kod, t.ex. "1280".'),
    /** The name as SCB writes it, e.g. "Malmö". */
    name: z.string().min(1).describe('Kommunens namn som SCB skriver det, t.ex. "Malmö".'),
  })
  .describe('En kommun.');

/** One part of a county split between healthcare regions: the region and the municipalities in it. */
export const splitPartSchema = z
  .strictObject({
    /** Id of the healthcare region in content/regions.yaml. */
    healthcareRegion: idSchema.describe('Sjukvårdsregionens id i content/regions.yaml, t.ex. "syd".'),
    /** Codes of the county's municipalities that belong to it. */
    municipalities: z
      .array(z.string().regex(/^\d{4}$/))
      .min(1)
      .describe('Kommunkoderna för länets kommuner som hör dit, t.ex. ["1380", "1381"].'),
    /** Where it is said that these municipalities belong to the region. */
    sources: z.array(quotedSourceSchema).min(1).describe('Källorna som säger att kommunerna hör till regionen.'),
  })
  .describe('En del av ett delat län: sjukvårdsregionen och kommunerna i den.');

/** A county (län), its region organisation, its healthcare region (or regions) and its municipalities. */
export const countySchema = z
  .strictObject({
    /** SCB's two-digit county code. */
    code: z
      .string()
      .regex(/^\d{2}$/)
      .describe('SCB:s länskod, två siffror, t.ex. "12".'),
    /** The name as SCB writes it, e.g. "Skåne län". */
    name: z.string().min(1).describe('Länets namn som SCB skriver det, t.ex. "Skåne län".'),
    /** The short name readers also use, e.g. "Skåne". */
    shortName: z.string().min(1).describe('Kort namn som läsare också använder, t.ex. "Skåne".'),
    /** The region organisation responsible for health care in the county, e.g. "Region Skåne". */
    regionName: z.string().min(1).describe('Regionen som ansvarar för vården i länet, t.ex. "Region Skåne".'),
    /** A page that uses the region's name, quoted. */
    regionNameSource: quotedSourceSchema.optional().describe('En sida som använder regionens namn, med citat.'),
    /** Id of the county's healthcare region in content/regions.yaml; left out when the county is split. */
    healthcareRegion: idSchema
      .optional()
      .describe('Sjukvårdsregionens id i content/regions.yaml, t.ex. "syd". Utelämnas när länet är delat (split).'),
    /** For a county split between healthcare regions: what the region itself says, and each part. */
    split: z
      .strictObject({
        /** What the county's region says about its healthcare regions, quoted. */
        source: quotedSourceSchema.describe('Vad regionen själv säger om sina sjukvårdsregioner, med citat.'),
        /** Each healthcare region with the county's municipalities in it. */
        parts: z.array(splitPartSchema).min(2).describe('Varje sjukvårdsregion med länets kommuner i den.'),
      })
      .optional()
      .describe('För ett län som är delat mellan sjukvårdsregioner: regionens egen beskrivning och varje del.'),
    /** The county's municipalities. */
    municipalities: z.array(municipalitySchema).min(1).describe('Länets kommuner.'),
  })
  .describe('Ett län.');

/** The sources that name a healthcare region's member regions. */
export const regionSourcesSchema = z
  .strictObject({
    /** Id of the healthcare region in content/regions.yaml. */
    healthcareRegion: idSchema.describe('Sjukvårdsregionens id i content/regions.yaml, t.ex. "norr".'),
    /** Pages of the regions or the RCC that name the regions in it. */
    sources: z
      .array(quotedSourceSchema)
      .min(1)
      .describe('Regionernas eller RCC:s sidor som räknar upp regionerna som ingår.'),
  })
  .describe('Källorna för vilka regioner som ingår i en sjukvårdsregion.');

/** content/places.yaml: counties and municipalities, and the healthcare region each belongs to. */
export const placesFileSchema = z
  .strictObject({
    /** Where the codes and names come from (Statistics Sweden's list). */
    codeSource: z
      .strictObject({
        /** Title of the list as published. */
        title: z.string().min(1).describe('Listans titel, som den är publicerad.'),
        /** Public address of the list. */
        url: z.url({ protocol: /^https?$/ }).describe('Adress till listan.'),
        /** How the list was read, e.g. through a copy. */
        sourceNote: z.string().min(1).optional().describe('Hur listan lästes, t.ex. via en avskrift.'),
      })
      .describe('Varifrån koderna och namnen kommer (SCB:s lista).'),
    /** For each healthcare region, the sources that name its member regions. */
    regionSources: z
      .array(regionSourcesSchema)
      .min(1)
      .describe('För varje sjukvårdsregion: källorna som räknar upp regionerna i den.'),
    /** The counties, each with its municipalities. */
    counties: z.array(countySchema).min(1).describe('Länen, vart och ett med sina kommuner.'),
  })
  .describe('Län och kommuner och sjukvårdsregionen de hör till (content/places.yaml).');

export type County = z.infer<typeof countySchema>;
export type PlacesFile = z.infer<typeof placesFileSchema>;
