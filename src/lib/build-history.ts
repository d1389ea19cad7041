// One history read per build, started as soon as the content is validated and read on a worker thread, so
// it overlaps Astro's own work on a second core. Like the validation (build-validation.ts), the result is
// handed from the content gate to the pages on globalThis, keyed by the content root: they run in one process
// but in different module graphs.
import { Worker } from 'node:worker_threads';
import { readHistory, type History } from './history.ts';

const HANDOVER = Symbol.for('regionala-cancerplaner.history');

interface Handover {
  root: string;
  renames: string;
  history: Promise<History>;
}

const slot = globalThis as typeof globalThis & { [HANDOVER]?: Handover };
const key = (renames: ReadonlyMap<string, string>) => JSON.stringify([...renames]);

/** Starts reading the history of `root` on a worker thread, for the pages of the same build. */
export function startHistoryForBuild(root: string, renames: ReadonlyMap<string, string>): void {
  const history = new Promise<History>((resolve) => {
    const worker = new Worker(new URL('./history-worker.ts', import.meta.url), {
      workerData: { root, renames: [...renames] },
    });
    let settled = false;
    // Called with a function, so that the history is read here only when the worker gave none: its 'exit'
    // also follows a successful answer.
    const settle = (read: () => History) => {
      if (settled) return;
      settled = true;
      resolve(read());
    };
    worker.once('message', (value: History) => settle(() => value));
    // A worker that cannot start or fails reads the history here instead: the same answer, only later.
    worker.once('error', () => settle(() => readHistory(root, renames)));
    worker.once('exit', () => settle(() => readHistory(root, renames)));
  });
  slot[HANDOVER] = { root, renames: key(renames), history };
}

/** The build's history of this content root; read here when none was started (e.g. the dev server). */
export function historyForBuild(root: string, renames: ReadonlyMap<string, string>): Promise<History> {
  const handed = slot[HANDOVER];
  if (handed && handed.root === root && handed.renames === key(renames)) return handed.history;
  return Promise.resolve(readHistory(root, renames));
}
