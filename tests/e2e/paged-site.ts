// A second site for the browser tests, served on the port given: built from 10× synthetic content
// (bench/generate.ts) in which every three copies of a plan get a region set of their own, so that the
// owner, year, area and coverage lists all grow long enough to be split into pages (src/lib/paging.ts);
// with the bench's ten copies per region set no year would. Playwright starts it as a web server of its
// own (playwright.config.ts); content and build live in a temporary folder, removed when it stops.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from '../../bench/generate.ts';
import { buildAndServe } from './site-server.ts';

const FACTOR = 10;
const COPIES_PER_REGION_SET = 3;

const { values } = parseArgs({ options: { port: { type: 'string' } } });
if (!values.port) throw new Error('--port is required');

const project = join(import.meta.dirname, '..', '..');
const root = mkdtempSync(join(tmpdir(), 'rcp-paged-'));

generate({ source: project, out: root, factor: FACTOR, generations: COPIES_PER_REGION_SET });
buildAndServe({ port: values.port, root, out: join(root, 'dist'), env: { ...process.env, CONTENT_ROOT: root } });
