// What the extra sites of the browser tests share (paged-site.ts, sub-path-site.ts): build the site into a
// temporary folder, serve it on the given port, and remove the folder when the server stops.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../support/build.ts';

const project = join(import.meta.dirname, '..', '..');

export function buildAndServe(options: { port: string; root: string; out: string; env: NodeJS.ProcessEnv }) {
  const { port, root, out, env } = options;
  const cleanUp = () => rmSync(root, { recursive: true, force: true });
  const running: { server?: ChildProcess } = {};
  // Before the build: a stop during it is handled once the build returns, and the folder is still removed.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      running.server?.kill(signal);
      cleanUp();
      process.exit(0);
    });
  }
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
