// `npm run bench`: how fast, how light and how far the site scales, side by side with Starlight built from
// the same content (GitHub issue 7). Method and options: bench/README.md. Writes bench/RESULTS.md (only
// the part between its bench markers, so notes around it stay) and bench/RESULTS.json.
//
// The parts: generate.ts (synthetic content), scale.ts (measuring one scale), measure.ts (time, memory,
// page weight), search.ts (search latency in Chromium), starlight-site.ts (the Starlight side),
// profile.ts (CPU profiles), report.ts (results and RESULTS.md).
//
// Usage: node bench/bench.ts [--scales 1,10,100] [--runs 3,3,3] [--search-scales 1,100] [--profile]
//                            [--profile-scales 100] [--work DIR] [--keep] [--no-starlight] [--no-search]
//                            [--timeout-min 45] [--results FILE]
//        node bench/bench.ts --from-json bench/RESULTS.json   (rewrites RESULTS.md from earlier figures)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hasGnuTime } from './measure.ts';
import { report, writeResults, type ScaleResult } from './report.ts';
import { measureScale, type ScaleContext } from './scale.ts';
import { linkNodeModules, STARLIGHT_DIR } from './starlight-site.ts';

const REPO = resolve(import.meta.dirname, '..');
const BIN = join(REPO, 'node_modules', '.bin');
/** What the snapshot of the project holds: everything the check and the build read besides content. */
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

const { values: opts } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10,100' },
    runs: { type: 'string', default: '3,3,3' },
    'search-scales': { type: 'string', default: '1,100' },
    profile: { type: 'boolean', default: false },
    'profile-scales': { type: 'string' },
    work: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'no-starlight': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    'timeout-min': { type: 'string', default: '45' },
    results: { type: 'string', default: join(REPO, 'bench', 'RESULTS.md') },
    'from-json': { type: 'string' },
  },
});
const numbers = (list: string) => list.split(',').map(Number);
const scales = numbers(opts.scales);
const runsList = numbers(opts.runs);
const runsAt = (i: number) => runsList[Math.min(i, runsList.length - 1)];
const log = (msg: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const resultsFile = resolve(opts.results);
const jsonFile = resultsFile.replace(/\.md$/, '') + '.json';
const git = (args: string[]) => spawnSync('git', args, { cwd: REPO, encoding: 'utf8' }).stdout?.trim() ?? '';
const gib = (b: number) => `${(b / 1024 ** 3).toFixed(2)} GiB`;
const LOADS = 'Load average (1, 5, 15 min) before → after each scale';
const loads = (results: ScaleResult[]) =>
  results.map((r) => `${r.scale}×: ${r.loadBefore} → ${r.loadAfter}`).join('; ');

const version = (dir: string, name: string) => {
  try {
    return (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return '?';
  }
};
const cpuModel = () => {
  try {
    return /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? '?';
  } catch {
    return cpus()[0]?.model ?? '?';
  }
};

/**
 * A snapshot of the project (and Starlight's) in a temporary folder, so nothing here touches the
 * repository's own dist/, .astro/ or caches (others may build at the same time).
 */
function setup(work: string, withStarlight: boolean): { site: string; star: string | null; bare: string | null } {
  const site = join(work, 'site');
  mkdirSync(site, { recursive: true });
  for (const f of PROJECT_FILES) cpSync(join(REPO, f), join(site, f), { recursive: true });
  linkNodeModules(join(REPO, 'node_modules'), join(site, 'node_modules'));
  if (!withStarlight) return { site, star: null, bare: null };
  if (!existsSync(join(STARLIGHT_DIR, 'node_modules'))) {
    log('installing the Starlight package (npm ci --prefix bench/starlight)');
    const ci = spawnSync('npm', ['ci', '--prefix', STARLIGHT_DIR, '--no-audit', '--no-fund'], {
      stdio: 'inherit',
      env: { ...process.env, PATH: `${BIN}:${process.env.PATH}` },
    });
    if (ci.status !== 0) throw new Error('npm ci in bench/starlight failed');
  }
  const star = join(work, 'starlight');
  mkdirSync(star, { recursive: true });
  linkNodeModules(join(STARLIGHT_DIR, 'node_modules'), join(star, 'node_modules'));
  const bare = join(work, 'bare');
  mkdirSync(bare, { recursive: true });
  linkNodeModules(join(REPO, 'node_modules'), join(bare, 'node_modules'));
  return { site, star, bare };
}

async function main(): Promise<void> {
  const work = opts.work ? resolve(opts.work) : mkdtempSync(join(tmpdir(), 'rcp-bench-'));
  const { site, star, bare } = setup(work, !opts['no-starlight']);
  const pkg = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const ctx: ScaleContext = {
    repo: REPO,
    site,
    star,
    bare,
    // The project's Node 24 (the `node` dev dependency) first, as npm scripts have it.
    env: (root) => ({
      ...process.env,
      PATH: `${join(root, 'node_modules', '.bin')}:${BIN}:${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_ROOT: root,
    }),
    timeoutMs: Number(opts['timeout-min']) * 60_000,
    search: new Set(opts['no-search'] ? [] : numbers(opts['search-scales'])),
    profile: new Set(opts.profile ? numbers(opts['profile-scales'] ?? String(Math.max(...scales))) : []),
    log,
    bin: join(work, 'set-aside'),
  };
  const dirty =
    git(['status', '--porcelain', '--', 'src', 'scripts', 'public', 'astro.config.mjs', 'package.json']) !== '';
  const started = Date.now();
  const meta: Record<string, string> = {
    Date: spawnSync('date', ['-u'], { encoding: 'utf8' }).stdout.trim(),
    CPU: `${cpuModel()}, ${cpus().length} cores`,
    Memory: gib(totalmem()),
    'Node / Astro / Pagefind / Starlight': `${spawnSync(join(BIN, 'node'), ['--version'], { encoding: 'utf8' }).stdout.trim() || process.version} / ${version(site, 'astro')} / ${version(site, 'pagefind')} / ${star ? version(star, '@astrojs/starlight') : '–'}`,
    Code: `commit ${git(['rev-parse', '--short', 'HEAD']) || '?'}${dirty ? ' with uncommitted changes in the working tree' : ''}`,
    '`npm run check`': `\`${pkg.scripts.check}\``,
    '`npm run build`': `\`${pkg.scripts.build}\``,
    'Peak memory and CPU from': hasGnuTime()
      ? '/proc sampling and GNU time (/usr/bin/time)'
      : '/proc sampling (GNU time not installed)',
  };

  log(`work folder ${work}; scales ${scales.join(', ')}; runs ${scales.map((_, i) => runsAt(i)).join(', ')}`);
  const results: ScaleResult[] = [];
  try {
    for (const [i, scale] of scales.entries()) {
      results.push(await measureScale(ctx, scale, runsAt(i)));
      writeResults(resultsFile, report(results, { ...meta, [LOADS]: loads(results) }).markdown); // a long run leaves what it has
    }
  } finally {
    rmSync(opts.keep ? ctx.bin : work, { recursive: true, force: true });
  }
  meta['Bench duration'] = `${((Date.now() - started) / 60_000).toFixed(1)} min`;
  meta[LOADS] = loads(results);
  const { markdown, targets } = report(results, meta);
  writeResults(resultsFile, markdown);
  writeFileSync(jsonFile, `${JSON.stringify({ meta, results }, null, 2)}\n`);
  log(`wrote ${resultsFile} and ${jsonFile}`);
  for (const t of targets) log(`${t.met === null ? '?' : t.met ? 'met   ' : 'missed'} ${t.target}: ${t.measured}`);
}

if (opts['from-json']) {
  // Only the report again, from the figures of an earlier run (after a change to the report's wording).
  const { meta, results } = JSON.parse(readFileSync(resolve(opts['from-json']), 'utf8')) as {
    meta: Record<string, string>;
    results: ScaleResult[];
  };
  writeResults(resultsFile, report(results, meta).markdown);
  log(`rewrote ${resultsFile} from ${opts['from-json']}`);
} else {
  await main();
}
