// `npm test`: every check and test of the project, as .ci/run and a developer run them.
//
// The steps are npm scripts in stages. A stage's lanes run side by side, each lane's scripts one after
// another. The type check, lint and format check each keep about one core busy and the unit tests two, so
// on a 2-core machine the checks beside the unit tests take about 30 s less than after them
// (bench/RESULTS.md). The content check comes first and alone, so an editor's mistake is reported before
// anything else; the build comes after the checks, and the build and browser tests after the build.
//
// Every step of a stage runs even when another fails, so one run reports every failure; after a stage with
// a failure nothing more starts. Output of steps that run side by side is held and printed whole when each
// ends, so it never interleaves; a step that runs alone prints as it goes.
import { spawn } from 'node:child_process';
import { npmExecPath } from '../src/site-config.ts';

/** Stages in order; a stage's lanes run side by side; a lane's npm scripts run in order. */
export type Stages = string[][][];

export const STAGES: Stages = [
  [['check']],
  [['typecheck', 'lint', 'format:check'], ['test:unit']],
  [['build']],
  [['test:build']],
  [['test:e2e']],
];

export interface StepResult {
  script: string;
  /** The exit code; null when the step never started (a stage before it failed). */
  code: number | null;
  seconds: number;
}

interface Options {
  cwd?: string;
  /** Where the runner writes; the process's stdout by default. */
  write?: (text: string) => void;
}

/**
 * `npm run <script>` with the npm that runs this file (npm_execpath), else the npm on the PATH. Its exit
 * code, and its output when held (not `live`).
 */
function npmRun(script: string, cwd: string, live: boolean): Promise<{ code: number; output: string }> {
  const npm = npmExecPath();
  const [command, args] = npm ? [process.execPath, [npm, 'run', script]] : ['npm', ['run', script]];
  const child = spawn(command, args, {
    cwd,
    stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    // npm is npm.cmd on Windows, which only a shell starts.
    shell: !npm && process.platform === 'win32',
  });
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((done) => {
    const end = (code: number) => done({ code, output: Buffer.concat(output).toString('utf8') });
    // npm could not be started: there may be no 'close' after this.
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      end(1);
    });
    child.on('close', (code) => end(code ?? 1));
  });
}

/** Runs the stages; returns every step's result, in the order of `stages`. */
export async function runStages(stages: Stages, options: Options = {}): Promise<StepResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const results: StepResult[] = [];
  let failed = false;
  for (const stage of stages) {
    const lanes = stage.map((lane) => lane.map((script): StepResult => ({ script, code: null, seconds: 0 })));
    results.push(...lanes.flat());
    if (failed) continue;
    const live = lanes.length === 1;
    if (!live) {
      const names = stage.map((lane) => lane.map((script) => `npm run ${script}`).join(', then '));
      write(`\nSide by side, each printed when it ends: ${names.join(' | ')}\n`);
    }
    await Promise.all(
      lanes.map(async (lane) => {
        for (const step of lane) {
          const start = performance.now();
          const { code, output } = await npmRun(step.script, cwd, live);
          step.code = code;
          step.seconds = (performance.now() - start) / 1000;
          if (!live) write(`\n${output}${verdictLine(step)}\n`);
        }
      }),
    );
    failed = lanes.flat().some((step) => step.code !== 0);
  }
  return results;
}

function verdictLine(step: StepResult): string {
  const verdict = step.code === null ? 'not run' : step.code === 0 ? 'ok' : `FAILED (exit code ${step.code})`;
  return `npm run ${step.script}: ${verdict}${step.code === null ? '' : `, ${step.seconds.toFixed(1)} s`}`;
}

/** One line per step: ok, failed or not run, and its time. */
export function summary(results: StepResult[]): string {
  return `\nnpm test:\n${results.map((step) => `  ${verdictLine(step)}`).join('\n')}\n`;
}

export async function main(): Promise<void> {
  const results = await runStages(STAGES);
  process.stdout.write(summary(results));
  if (results.some((r) => r.code !== 0)) process.exitCode = 1;
}

if (import.meta.main) await main();
