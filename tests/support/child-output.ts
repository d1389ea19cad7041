// Waiting for a child process (a server a test starts) to say it is ready, with what it said when it did not.
import type { ChildProcess } from 'node:child_process';

/** Resolves when the process prints `ready` (on either stream); rejects when it exits first or times out. */
export function printed(child: ChildProcess, ready: RegExp, what: string, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`${what} started not within ${timeoutMs / 1000} s:\n${seen}`)),
      timeoutMs,
    );
    const look = (chunk: Buffer) => {
      seen += chunk.toString();
      if (ready.test(seen)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}):\n${seen}`));
    });
  });
}
