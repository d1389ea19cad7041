// A second site for the browser tests, served on the port given: built from 10× synthetic content
// (bench/generate.ts) in which every three copies of a plan get a region set of their own, so that the
// owner, year, area and coverage lists all grow long enough to be split into pages (src/lib/paging.ts);
// with the bench's ten copies per region set no year would. Playwright starts it as a web server of its
// own (playwright.config.ts); content and build live in a temporary folder, removed when it stops.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from '../../bench/generate.ts';

const FACTOR = 10;
const COPIES_PER_REGION_SET = 3;

const { values } = parseArgs({ options: { port: { type: 'string' } } });
if (!values.port) throw new Error('--port is required');

const project = join(import.meta.dirname, '..', '..');
const bin = join(project, 'node_modules', '.bin');
const root = mkdtempSync(join(tmpdir(), 'rcp-paged-'));
const out = join(root, 'dist');
const cleanUp = () => rmSync(root, { recursive: true, force: true });

generate({ source: project, out: root, factor: FACTOR, generations: COPIES_PER_REGION_SET });
const built = spawnSync(join(bin, 'astro'), ['build', '--outDir', out], {
  cwd: project,
  env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_ROOT: root },
  encoding: 'utf8',
});
if (built.status !== 0) {
  cleanUp();
  console.error(built.stdout, built.stderr);
  process.exit(1);
}

const server = spawn(process.execPath, [join(project, 'scripts', 'serve.ts'), '--port', values.port, '--dir', out], {
  stdio: 'inherit',
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
