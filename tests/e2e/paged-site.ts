// A second site for the browser tests, served on the port given: the paging of long lists
// (src/lib/paging.ts) on a small site with a small page (PAGE_ENTRIES), rather than on ten times the content.
// Built from 4× synthetic content (bench/generate.ts) in which every two copies of a plan get a region set
// of their own: an owner then has goals in two plan versions, a year goals from two region sets, an area and
// the coverage overview several versions with data, so that each list is split into pages (a plan's goals
// are never split, so with one version per list nothing would be). Playwright starts it as a web server of
// its own (playwright.config.ts); content and build live in a temporary folder, removed when it stops.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from '../../bench/generate.ts';
import { buildAndServe, siteFolder } from './site-server.ts';
import { PAGED_SITE_PAGE_ENTRIES } from './support.ts';

const FACTOR = 4;
const COPIES_PER_REGION_SET = 2;
/** Fewer than one plan version's goals for an owner or a year, so that two versions make two pages. */
const PAGE_ENTRIES = String(PAGED_SITE_PAGE_ENTRIES);

const { values } = parseArgs({ options: { port: { type: 'string' } } });
if (!values.port) throw new Error('--port is required');

const project = join(import.meta.dirname, '..', '..');
const root = siteFolder('rcp-paged-');

generate({ source: project, out: root, factor: FACTOR, generations: COPIES_PER_REGION_SET });
buildAndServe({
  port: values.port,
  out: join(root, 'dist'),
  env: { ...process.env, CONTENT_ROOT: root, PAGE_ENTRIES },
});
