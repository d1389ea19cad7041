import { z } from 'astro/zod';

/** A single lower-case word without spaces, hyphens or digits; Swedish letters are welcome. */
const wordSchema = z
  .string()
  .regex(/^\p{Ll}+$/u)
  .describe('Ett ord med små bokstäver, utan mellanslag, bindestreck eller siffror, t.ex. "lungcancerscreening".');

/**
 * A compound word from the goal texts and the parts readers search it by. Pagefind does not split Swedish
 * compounds, so a goal whose text contains the word is also indexed under its parts.
 */
export const vocabularyEntrySchema = z
  .strictObject({
    /** The compound as it is written in goal texts (any inflected form starting with it matches). */
    word: wordSchema.describe(
      'Det sammansatta ordet som det står i målens text, med små bokstäver, t.ex. "lungcancerscreening". Böjda former som börjar med ordet räknas också.',
    ),
    /** The parts, in order; together they spell the word, with at most one linking "s" between two parts. */
    parts: z
      .array(wordSchema)
      .min(2)
      .describe(
        'Delarna i ordning, t.ex. [lungcancer, screening]. Tillsammans ska de bilda ordet, med högst ett foge-s mellan två delar (rehabilitering + s + behov).',
      ),
  })
  .describe('Ett sammansatt ord och de delar som läsare söker på.');

export const vocabularyFileSchema = z
  .array(vocabularyEntrySchema)
  .describe('Sökordlistan (content/search-vocabulary.yaml): sammansatta ord i målen och delarna de ska hittas på.');

export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;
