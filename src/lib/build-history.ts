// One history read per build, started as soon as the content is validated and, from a full clone, read on a
// worker thread, so it overlaps Astro's own work on a second core. Without git or in a shallow clone there is
// little to read (at most one `git log`), and a worker's start (its own TypeScript and module loading, about
// 0.5 s of CPU) would cost more than the reading. Like the validation (build-validation.ts), the result is
// handed from the content gate to the pages (src/lib/history-handover.ts).
import { Worker } from 'node:worker_threads';
import { handOverHistory } from './history-handover.ts';
import { readHistory, repositoryOf, type History } from './history.ts';

/** Starts reading the history of `root` for the pages of the same build. */
export function startHistoryForBuild(root: string, renames: ReadonlyMap<string, string>): void {
  const repository = repositoryOf(root);
  const history =
    repository === 'full' ? inWorker(root, renames) : Promise.resolve(readHistory(root, renames, repository));
  handOverHistory(root, renames, history);
}

/** The history of a full clone, read on a worker thread. */
function inWorker(root: string, renames: ReadonlyMap<string, string>): Promise<History> {
  return new Promise<History>((resolve) => {
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
}
