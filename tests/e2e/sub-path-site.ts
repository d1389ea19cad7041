// A third site for the browser tests, served on the port given: the real content built for an address with
// a path (SITE_URL=https://example.invalid/cancerplaner/) and served only under that path, as an organisation
// would publish it inside its own site. Playwright starts it as a web server of its own
// (playwright.config.ts); the build lives in a temporary folder, removed when it stops.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const SUB_PATH_SITE = 'https://example.invalid/cancerplaner/';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
if (!values.port) throw new Error('--port is required');

const project = join(import.meta.dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'rcp-sub-path-'));
const cleanUp = () => rmSync(out, { recursive: true, force: true });
const env: NodeJS.ProcessEnv = { ...process.env, SITE_URL: SUB_PATH_SITE, ASTRO_TELEMETRY_DISABLED: '1' };
delete env.CONTENT_ROOT;

const built = spawnSync(process.execPath, [join(project, 'scripts', 'astro.ts'), 'build', '--outDir', out], {
  cwd: project,
  env,
  encoding: 'utf8',
});
if (built.status !== 0) {
  cleanUp();
  console.error(built.stdout, built.stderr);
  process.exit(1);
}

// The server's base path comes from SITE_URL, as `npm run preview` takes it.
const server = spawn(process.execPath, [join(project, 'scripts', 'serve.ts'), '--port', values.port, '--dir', out], {
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.kill(signal);
    cleanUp();
    process.exit(0);
  });
}
server.on('exit', (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
