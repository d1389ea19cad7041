// A script's main function run in the test's own process, as if from the command line.

/** Settings of the test's own run that would change what a script does: CI's, and a content root. */
export const CLEARED = [
  'GITHUB_ACTIONS',
  'GITHUB_BASE_REF',
  'GITHUB_STEP_SUMMARY',
  'CONTENT_ROOT',
  'NODE_TEST_CONTEXT',
];

export interface ScriptRun {
  /** The exit code the command would end with; 1 for an error it throws, as an uncaught one would give. */
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * A script's main function run in this process, as `runScript` (run-script.ts) runs the script:
 * same arguments, the same CI settings removed, what it prints and its exit code. A Node start and module
 * load per run is most of a command's time in these tests; a few tests per script still run it through
 * `runScript`. The scripts' mains are synchronous, so nothing else in this process writes while their output
 * is taken.
 */
export function runMain(
  main: (args: string[]) => void,
  args: string[],
  options: { env?: Record<string, string | undefined> } = {},
): ScriptRun {
  const saved = { ...process.env };
  const change: Record<string, string | undefined> = Object.fromEntries(CLEARED.map((key) => [key, undefined]));
  setEnv({ ...change, ...options.env });
  const output = { stdout: '', stderr: '' };
  // console.log and console.error write through these streams' write methods (on their prototypes, unless
  // something set one of its own, which is put back after).
  const own = {
    stdout: Object.getOwnPropertyDescriptor(process.stdout, 'write'),
    stderr: Object.getOwnPropertyDescriptor(process.stderr, 'write'),
  };
  const capture = (stream: 'stdout' | 'stderr') =>
    Object.defineProperty(process[stream], 'write', {
      configurable: true,
      writable: true,
      value: (chunk: string | Uint8Array) => {
        output[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        return true;
      },
    });
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  capture('stdout');
  capture('stderr');
  try {
    main(args);
    return { status: Number(process.exitCode ?? 0), ...output };
  } catch (error) {
    return { status: 1, stdout: output.stdout, stderr: output.stderr + ((error as Error).stack ?? String(error)) };
  } finally {
    for (const stream of ['stdout', 'stderr'] as const) {
      const descriptor = own[stream];
      if (descriptor) Object.defineProperty(process[stream], 'write', descriptor);
      else delete (process[stream] as Partial<NodeJS.WriteStream>).write;
    }
    process.exitCode = exitCode;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    setEnv(saved);
  }
}

function setEnv(values: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}
