// Measuring one scale of the benchmark (bench/README.md): generate the content, then per run `npm run
// check`, `astro sync`, `npm run build` from cold and the Starlight build; after the runs page weight,
// output size, search latency and, when asked, a CPU profile of one more build.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeBareSite } from './bare-site.ts';
import { generate } from './generate.ts';
import { cleanBuild, folderSize, htmlPages, loadAverage, run, setAside } from './measure.ts';
import { summarizeProfiles } from './profile.ts';
import {
  emptyScaleResult,
  largestPerRoute,
  loggedSeconds,
  measurePages,
  representativePages,
  timed,
  type ScaleResult,
} from './report.ts';
import { measureSearch } from './search.ts';
import { writeStarlightSite } from './starlight-site.ts';

/** What every scale is measured with: the project snapshot, Starlight's, and the run's options. */
export interface ScaleContext {
  /** The repository whose content is multiplied. */
  repo: string;
  /** The project snapshot, where content is generated and the site is built. */
  site: string;
  /** Starlight's project folder, or null without Starlight. */
  star: string | null;
  /** The bare Astro site's folder (bench/bare-site.ts), or null without Starlight, which it is measured against. */
  bare: string | null;
  env: (root: string) => NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Scales where search latency is measured. */
  search: ReadonlySet<number>;
  /** Scales where one more build runs with a CPU profile of every process. */
  profile: ReadonlySet<number>;
  log: (msg: string) => void;
  /** Where files the bench would delete are set aside until it ends (measure.ts, setAside). */
  bin: string;
}

export async function measureScale(ctx: ScaleContext, scale: number, runs: number): Promise<ScaleResult> {
  const { site, star, timeoutMs, log } = ctx;
  log(`${scale}×: generating content`);
  // The previous scale's content is set aside, not deleted, like every build's output (setAside).
  for (const dir of ['content', 'plans']) setAside(join(site, dir), ctx.bin);
  if (star) setAside(join(star, 'src'), ctx.bin);
  const content = generate({ source: ctx.repo, out: site, factor: scale });
  const loadBefore = loadAverage();
  const env = ctx.env(site);
  const result: ScaleResult = { ...emptyScaleResult(scale, runs, content), loadBefore };

  /** A cold `npm run build` in `dir` (its earlier output set aside), logged as it starts and ends. */
  const coldBuild = async (dir: string, buildEnv: NodeJS.ProcessEnv, what: string, name: string) => {
    log(`${scale}×: ${what}`);
    cleanBuild(dir, ctx.bin);
    const r = await run('npm run build', { cwd: dir, env: buildEnv, timeoutMs });
    log(`${scale}×:   ${name}: ${(r.ms / 1000).toFixed(1)} s${r.ok ? '' : ' FAILED'}`);
    return r;
  };

  if (star) {
    const { pages } = writeStarlightSite(site, star);
    result.starlight = {
      pages,
      build: [],
      output: { bytes: 0, files: 0 },
      index: { bytes: 0, files: 0 },
      pageTypes: [],
    };
  }

  for (let i = 0; i < runs; i++) {
    // Exactly what an editor and a deployment run, through npm, as package.json defines them.
    log(`${scale}×: run ${i + 1}/${runs}: npm run check`);
    result.check.push(timed(await run('npm run check', { cwd: site, env, timeoutMs })));

    log(`${scale}×: run ${i + 1}/${runs}: astro sync`);
    cleanBuild(site, ctx.bin);
    result.sync.push(timed(await run('astro sync', { cwd: site, env, timeoutMs })));

    const build = await coldBuild(site, env, `run ${i + 1}/${runs}: npm run build`, 'npm run build');
    result.build.push({ total: timed(build), logged: loggedSeconds(build.output) });

    // Starlight in between, so load from other work on the machine falls on both alike.
    if (star && result.starlight) {
      const what = `run ${i + 1}/${runs}: Starlight build (${result.starlight.pages} Markdown pages)`;
      // Through npm as ours is, so npm's own start (about 0.3 s of CPU) counts on both sides.
      result.starlight.build.push(timed(await coldBuild(star, ctx.env(star), what, 'Starlight')));
    }

    // Astro's floor, with as many pages as our build just made.
    if (ctx.bare && build.ok) {
      if (!result.bare) {
        setAside(join(ctx.bare, 'src'), ctx.bin);
        result.bare = { pages: htmlPages(join(site, 'dist')).length, build: [] };
        writeBareSite(ctx.bare, result.bare.pages);
      }
      const what = `run ${i + 1}/${runs}: bare Astro site (${result.bare.pages} pages)`;
      result.bare.build.push(timed(await coldBuild(ctx.bare, ctx.env(ctx.bare), what, 'bare Astro')));
    }
  }

  const dist = join(site, 'dist');
  if (result.build.at(-1)?.total.ok) {
    result.pages = htmlPages(dist).length;
    result.output = folderSize(dist);
    result.index = folderSize(join(dist, 'pagefind'));
    result.pageTypes = measurePages(dist, representativePages(site));
    result.largest = largestPerRoute(dist);
    if (ctx.search.has(scale)) {
      log(`${scale}×: search latency in Chromium`);
      try {
        result.search = await measureSearch(site, dist);
      } catch (error) {
        result.searchError = String(error instanceof Error ? error.message : error).split('\n')[0];
        log(`${scale}×: search measurement failed: ${result.searchError}`);
      }
    }
  }
  if (star && result.starlight && result.starlight.build.at(-1)?.ok) {
    const sdist = join(star, 'dist');
    result.starlight.output = folderSize(sdist);
    result.starlight.index = folderSize(join(sdist, 'pagefind'));
    const pages = representativePages(site).filter((p) => ['start', 'plan', 'goal'].includes(p.type));
    result.starlight.pageTypes = measurePages(sdist, pages);
  }
  if (ctx.profile.has(scale)) {
    // Apart from the timed runs: profiling slows every process down.
    const dir = join(site, '..', `cpu-profile-${scale}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    log(`${scale}×: npm run build with a CPU profile of every process (${dir})`);
    cleanBuild(site, ctx.bin);
    const profiled = await run('npm run build', {
      cwd: site,
      env: { ...env, NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${dir}` },
      timeoutMs,
    });
    if (profiled.ok) result.profile = { ...summarizeProfiles(dir, site), cpuS: profiled.cpuS };
    else log(`${scale}×: the profiled build failed`);
  }
  result.loadAfter = loadAverage();
  return result;
}
