import { z } from 'astro/zod';

/** A single lower-case word without spaces, hyphens or digits; Swedish letters are welcome. */
const wordSchema = z
  .string()
  .regex(/^\p{Ll}+$/u)
  .describe('Ett ord med små bokstäver, utan mellanslag, bindestreck eller siffror, t.ex. "lungcancerscreening".');

/**
 * A word from the goal texts and the other words readers search it by: its parts, when it is a compound
 * (Pagefind does not split Swedish compounds), and its synonyms (the everyday word for the plan's word). A goal
 * whose text contains the word is also indexed under both. An entry needs parts, synonyms or both (the check
 * says so, rule vocabulary-entry-empty).
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
      .optional()
      .describe(
        'Delarna i ordning, t.ex. [lungcancer, screening]. Tillsammans ska de bilda ordet, med högst ett foge-s mellan två delar (rehabilitering + s + behov).',
      ),
    /** Other words for the same thing that readers search by; one way: from the word to the synonyms. */
    synonyms: z
      .array(wordSchema)
      .min(1)
      .optional()
      .describe(
        'Andra ord för samma sak som läsare söker på, t.ex. [väntetider] för ordet "ledtider". Gäller åt ett håll: ett mål med ordet hittas på synonymerna. Skriv en egen post för andra hållet.',
      ),
  })
  .describe('Ett ord ur målens text och de andra ord som läsare söker på: delarna i ett sammansatt ord och synonymer.');

export const vocabularyFileSchema = z
  .array(vocabularyEntrySchema)
  .describe('Sökordlistan (content/search-vocabulary.yaml): ord i målen och de delar och synonymer de ska hittas på.');

export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;
