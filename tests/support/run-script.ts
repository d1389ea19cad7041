// A script under scripts/ run as a Node process of its own, as an editor or CI runs it, without the test
// run's own CI settings (CLEARED). Its in-process twin, for most tests, is runMain (run-main.ts).
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { CLEARED } from './run-main.ts';

const REPO = join(import.meta.dirname, '..', '..');

export interface ScriptOptions {
  /** Variables added to the environment; undefined removes one. */
  env?: Record<string, string | undefined>;
  /** The working folder; the repository by default. */
  cwd?: string;
  timeout?: number;
}

export interface ScriptProcess {
  status: number | null;
  stdout: string;
  stderr: string;
}

function spawnArguments(script: string, args: string[], options: ScriptOptions) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of CLEARED) delete env[key];
  return {
    argv: [join(REPO, 'scripts', script), ...args],
    // child_process leaves out variables whose value is undefined.
    options: { cwd: options.cwd ?? REPO, env: { ...env, ...options.env }, timeout: options.timeout },
  };
}

/** Runs `node scripts/<script> <args>` and waits for it. */
export function runScript(script: string, args: string[], options: ScriptOptions = {}): SpawnSyncReturns<string> {
  const run = spawnArguments(script, args, options);
  return spawnSync(process.execPath, run.argv, { ...run.options, encoding: 'utf8' });
}

/** Runs `node scripts/<script> <args>` without blocking this process (for runs side by side). */
export function runScriptAsync(script: string, args: string[], options: ScriptOptions = {}): Promise<ScriptProcess> {
  const run = spawnArguments(script, args, options);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, run.argv, run.options);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
