// One way for the tests to build a site of their own: as `npm run build` does (scripts/astro.ts, which runs
// Astro with telemetry off; Pagefind runs inside the build), from the content in `root`, into `out`. The
// content root's own Astro cache (src/lib/content-root.ts) is removed afterwards: each test root is new.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDirFor } from '../../src/lib/content-root.ts';

export const PROJECT = join(import.meta.dirname, '..', '..');

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
  const result = spawnSync(process.execPath, [join(PROJECT, 'scripts', 'astro.ts'), 'build', '--outDir', options.out], {
    cwd: PROJECT,
    env,
    encoding: 'utf8',
    timeout: options.timeout ?? 300_000,
  });
  if (options.root && !options.keepCache) rmSync(cacheDirFor(options.root, PROJECT), { recursive: true, force: true });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    log: `${result.stdout}\n${result.stderr}`,
  };
}
