// One way for the tests to build a site of their own: as `npm run build` does (scripts/astro.ts, which runs
// Astro with telemetry off, with the Node options package.json gives it; Pagefind runs inside the build),
// from the content in `root`, into `out`. The content root's own Astro cache (src/lib/content-root.ts) is
// removed afterwards: each test root is new.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDirFor } from '../../src/lib/content-root.ts';

export const PROJECT = join(import.meta.dirname, '..', '..');

/** The Node options of package.json's build script (`node <options> scripts/astro.ts build`). */
const BUILD_NODE_OPTIONS = (() => {
  const { scripts } = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const shape = /^node((?:\s+--\S+(?:\s+\.\/\S+\.mjs)?)*)\s+scripts\/astro\.ts build$/.exec(scripts.build);
  if (!shape)
    throw new Error(`package.json's build script is not "node [options] scripts/astro.ts build": ${scripts.build}`);
  return shape[1].split(/\s+/).filter(Boolean);
})();

export interface Build {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr, for assertion messages. */
  log: string;
}

export function buildSite(options: {
  /** The content root; the project's own content when left out. */
  root?: string;
  out: string;
  /** Variables added to (or, when undefined, removed from) the test's own environment. */
  env?: NodeJS.ProcessEnv;
  timeout?: number;
  /** Keep the content root's Astro cache (a test of that cache). */
  keepCache?: boolean;
}): Build {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  // The test runner's own marker would make a child `node --test` process of anything it runs.
  delete env.NODE_TEST_CONTEXT;
  if (options.root) env.CONTENT_ROOT = options.root;
  else delete env.CONTENT_ROOT;
  for (const [key, value] of Object.entries(options.env ?? {})) if (value === undefined) delete env[key];
  // Astro keeps a build's server chunks in the project's own .astro/.prerender/ when the output folder is
  // outside the project, so two builds at once (build tests side by side, the browser tests' extra sites)
  // would load each other's chunks, or find them gone. Each builds into a folder of its own inside the
  // project, where Astro keeps them beside the output, and the output is then moved to `out`.
  const staging = join(PROJECT, 'node_modules', '.cache', 'test-builds');
  mkdirSync(staging, { recursive: true });
  const build = mkdtempSync(join(staging, 'site-'));
  const args = [...BUILD_NODE_OPTIONS, join(PROJECT, 'scripts', 'astro.ts'), 'build', '--outDir', build];
  const result = spawnSync(process.execPath, args, {
    cwd: PROJECT,
    env,
    encoding: 'utf8',
    timeout: options.timeout ?? 300_000,
  });
  moveFolder(build, options.out);
  if (options.root && !options.keepCache) rmSync(cacheDirFor(options.root, PROJECT), { recursive: true, force: true });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    log: `${result.stdout}\n${result.stderr}`,
  };
}

/** Moves a folder to `to`, replacing what is there; across file systems (the system's temp folder) by copying. */
function moveFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  if (!existsSync(from)) return;
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
