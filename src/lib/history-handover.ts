// The content's history handed from the content gate (src/lib/build-history.ts, in Node's own module graph)
// to the pages (in Vite's bundle) of the same build: one process, two module graphs, so it is kept on
// globalThis, keyed by the content root and its renames. Imports nothing at run time, so the pages' bundle
// takes in neither the history reader nor, through it, the validator, the schemas, zod and the YAML parser.
import type { History } from './history.ts';

const HANDOVER = Symbol.for('regionala-cancerplaner.history');

interface Handover {
  root: string;
  renames: string;
  history: Promise<History>;
}

const slot = globalThis as typeof globalThis & { [HANDOVER]?: Handover };
const key = (renames: ReadonlyMap<string, string>) => JSON.stringify([...renames]);

/** Hands the history being read for `root` (with these renames) to the pages of the same build. */
export function handOverHistory(root: string, renames: ReadonlyMap<string, string>, history: Promise<History>): void {
  slot[HANDOVER] = { root, renames: key(renames), history };
}

/** The history handed over for `root` with these renames, or null when none was. */
export function handedHistory(root: string, renames: ReadonlyMap<string, string>): Promise<History> | null {
  const handed = slot[HANDOVER];
  return handed && handed.root === root && handed.renames === key(renames) ? handed.history : null;
}
