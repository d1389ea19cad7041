// Reads the content's history off the main thread (src/lib/build-history.ts starts it), so git and the
// YAML parsing of old versions run beside the rest of the build instead of before it.
import { parentPort, workerData } from 'node:worker_threads';
import { readHistory } from './history.ts';

const { root, renames } = workerData as { root: string; renames: [string, string][] };
parentPort?.postMessage(readHistory(root, new Map(renames), 'full'));
