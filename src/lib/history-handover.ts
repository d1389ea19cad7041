// The content's history handed from the content gate (src/lib/build-history.ts, in Node's own module graph)
// to the pages (in Vite's bundle) of the same build (handover.ts), keyed by the content root and its renames.
// Imports nothing at run time beyond the handover, so the pages' bundle takes in neither the history reader
// nor, through it, the validator, the schemas, zod and the YAML parser.
import { handover } from './handover.ts';
import type { History } from './history.ts';

const histories = handover<Promise<History>>('history');
const key = (root: string, renames: ReadonlyMap<string, string>) => JSON.stringify([root, [...renames]]);

/** Hands the history being read for `root` (with these renames) to the pages of the same build. */
export function handOverHistory(root: string, renames: ReadonlyMap<string, string>, history: Promise<History>): void {
  histories.put(key(root, renames), history);
}

/** The history handed over for `root` with these renames, or null when none was. */
export function handedHistory(root: string, renames: ReadonlyMap<string, string>): Promise<History> | null {
  return histories.take(key(root, renames)) ?? null;
}
