// What the extra sites of the browser tests share (paged-site.ts, sub-path-site.ts): build the site into a
// temporary folder, serve it on the given port, and remove the folder when the server stops.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../support/build.ts';

const project = join(import.meta.dirname, '..', '..');
const running: { root?: string; server?: ChildProcess } = {};
const cleanUp = () => {
  if (running.root) rmSync(running.root, { recursive: true, force: true });
};

/**
 * The site's temporary folder, made only once a stop (SIGINT, SIGTERM) removes it: a stop that came between
 * making the folder and handling the signal (a loaded machine can pause a process there) left it behind.
 * A stop during the build is handled once the build returns, and the folder is still removed.
 */
export function siteFolder(prefix: string): string {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      running.server?.kill(signal);
      cleanUp();
      process.exit(0);
    });
  }
  running.root = mkdtempSync(join(tmpdir(), prefix));
  return running.root;
}

/** Builds the site into `out` (inside the site's folder) and serves it on `port`. */
export function buildAndServe(options: { port: string; out: string; env: NodeJS.ProcessEnv }) {
  const { port, out, env } = options;
  const built = buildSite({ root: env.CONTENT_ROOT, out, env, timeout: 1_200_000 });
  if (built.status !== 0) {
    cleanUp();
    console.error(built.log);
    process.exit(1);
  }
  // The server takes its base path from SITE_URL when the site has one, as `npm run preview` does.
  const server = spawn(process.execPath, [join(project, 'scripts', 'serve.ts'), '--port', port, '--dir', out], {
    stdio: 'inherit',
    env,
  });
  running.server = server;
  server.on('exit', (code) => {
    cleanUp();
    process.exit(code ?? 0);
  });
}
