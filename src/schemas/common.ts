import { z } from 'astro/zod';
import { calendarFault } from './calendar.ts';
import { ID_PATTERN, MAX_ID_LENGTH } from './ids.ts';

export { ID_PATTERN, MAX_ID_LENGTH };

export const idSchema = z
  .string()
  .regex(ID_PATTERN, { message: 'id-format' })
  .max(MAX_ID_LENGTH, { message: 'id-too-long' })
  .describe('Id: små bokstäver a–z, siffror och bindestreck (t.ex. "rcc-norr"). Inga å, ä, ö.');

/** A calendar year within a sane range for cancer plans. */
export const yearSchema = z.number().int().min(1990).max(2100).describe('Årtal, t.ex. 2022.');

/** A date at the precision a source gives: YYYY-MM-DD, YYYY-MM or YYYY. */
export const DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A decision date at the precision the source gives: day, month or year. */
export const partialDateSchema = z
  .string()
  .regex(DATE_PATTERN, { message: 'date-format' })
  // A well-formed date must also exist: 2022-13-45 or 2023-02-29 would be published as a <time>.
  .refine((value) => calendarFault(value) === null, { message: 'date-calendar' })
  .describe('Datum som ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ, så exakt som källan anger.');

/** A public document or page a fact comes from. */
export const sourceSchema = z
  .strictObject({
    /** Title of the document or page as published. */
    title: z.string().min(1).describe('Dokumentets eller sidans titel, som den är publicerad.'),
    /** Public address of the document or page. */
    url: z.url({ protocol: /^https?$/ }).describe('Adress till dokumentet (http eller https).'),
    /** false when the address is inferred and was not itself seen with the cited text. */
    urlConfirmed: z
      .boolean()
      .default(true)
      .describe('false om adressen är en slutsats och inte själv har setts med den citerade texten.'),
  })
  .describe('Källa: titel och adress.');
