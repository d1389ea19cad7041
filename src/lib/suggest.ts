// "Did you mean …?" for typos in field names, ids and file names.
import { typoDistance } from './edit-distance.ts';

/** The closest candidate within a small edit distance, or undefined. */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(2, Math.floor(value.length / 4));
  for (const candidate of candidates) {
    const d = typoDistance(value, candidate);
    if (d < bestDistance && d <= limit) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
