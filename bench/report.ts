// The benchmark's results and their report (bench/README.md): what one scale measured, the pages that
// stand for each page type, bench/RESULTS.md written from it (only the part between its bench markers, so notes around it stay), and the verdict on
// each target.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '../src/lib/validate/index.ts';
import { goalAreas } from '../src/lib/coverage.ts';
import { PAGE_BUDGET_BYTES } from '../src/lib/paging.ts';
import { areaPath, goalPath, ownerPath, planPath, regionPath, yearPath } from '../src/lib/paths.ts';
import type { GenerateSummary } from './generate.ts';
import { gz, htmlPages, median, pageWeight, type PageWeight, type RunResult } from './measure.ts';
import type { ProfileSummary } from './profile.ts';
import { TYPING_TIMEOUT_MS, type SearchTimes } from './search.ts';

// ---------------------------------------------------------------------------------------------------------
// What one scale measured.

export interface Timed {
  ms: number;
  cpuS: number | null;
  /** The system part of cpuS; absent in results from before it was measured. */
  sysS?: number | null;
  peakRss: number;
  maxRss: number | null;
  ok: boolean;
}
export const timed = (r: RunResult): Timed => ({
  ms: r.ms,
  cpuS: r.cpuS,
  sysS: r.sysS,
  peakRss: r.peakRss,
  maxRss: r.maxRss,
  ok: r.ok,
});

export interface BuildRun {
  /** `npm run build`, as a whole. */
  total: Timed;
  /** What its steps say they took, in seconds: Astro ("N page(s) built in …") and the search index. */
  logged: { astro: number | null; searchIndex: number | null };
}

/** The times `npm run build`'s steps print: Astro's "98 page(s) built in 4m 1s" and the search index's "på 0.8 s". */
export function loggedSeconds(output: string): BuildRun['logged'] {
  const astro = /page\(s\) built in (?:(\d+)m\s*)?([\d.]+)(m?s)/.exec(output);
  const index = /indexerade på ([\d.]+) s/.exec(output);
  return {
    astro: astro ? Number(astro[1] ?? 0) * 60 + Number(astro[2]) / (astro[3] === 'ms' ? 1000 : 1) : null,
    searchIndex: index ? Number(index[1]) : null,
  };
}

export interface PageType {
  type: string;
  path: string;
  weight: PageWeight | null;
  /** Built pages of this type, and the largest one's gzipped HTML. */
  count: number;
  largest: { path: string; html: number } | null;
}

export interface ScaleResult {
  scale: number;
  runs: number;
  content: GenerateSummary;
  loadBefore: string;
  loadAfter: string;
  check: Timed[];
  sync: Timed[];
  build: BuildRun[];
  pages: number;
  output: { bytes: number; files: number };
  index: { bytes: number; files: number };
  pageTypes: PageType[];
  /** Every page's gzipped HTML, largest per route (absent from results recorded before issue 14). */
  largest?: LargestPage[];
  search: SearchTimes | null;
  searchError?: string;
  starlight: null | {
    pages: number;
    build: Timed[];
    output: { bytes: number; files: number };
    index: { bytes: number; files: number };
    pageTypes: PageType[];
  };
  /** One more build's CPU profile (with --profile), and that build's measured CPU seconds. */
  profile: (ProfileSummary & { cpuS: number | null }) | null;
  /** A bare Astro site of as many pages as ours (bench/bare-site.ts), built after Starlight in each run. */
  bare?: { pages: number; build: Timed[] } | null;
}

/** A scale's result before anything is measured: the bench fills it in, tests give it their figures. */
export function emptyScaleResult(scale: number, runs: number, content: ScaleResult['content']): ScaleResult {
  return {
    scale,
    runs,
    content,
    loadBefore: '',
    loadAfter: '',
    check: [],
    sync: [],
    build: [],
    pages: 0,
    output: { bytes: 0, files: 0 },
    index: { bytes: 0, files: 0 },
    pageTypes: [],
    search: null,
    starlight: null,
    profile: null,
    bare: null,
  };
}

/** The page types the report shows and, for each, the page measured: the real Norr plan and its first goal, owner, year. */
export function representativePages(root: string) {
  const model = validate(root).model;
  const plan = model.plans.find((p) => p.id === 'norr-2022-2024') ?? model.plans.find((p) => p.goals.length > 0)!;
  const goal = plan.goals[0];
  const [direction, areas] = Object.entries(goalAreas(goal, plan))[0];
  return [
    { type: 'start', path: '/', prefix: null },
    { type: 'region', path: regionPath(plan.region), prefix: /^\/regioner\/[^/]+\/$/ },
    { type: 'plan', path: planPath(plan.id), prefix: /^\/planer\/[^/]+\/$/ },
    { type: 'goal', path: goalPath(goal.id), prefix: /^\/mal\/[^/]+\/$/ },
    { type: 'area', path: areaPath(direction, areas[0]), prefix: /^\/ramverk\/[^/]+\/[^/]+\/$/ },
    { type: 'owner', path: ownerPath(goal.owners[0] ?? model.owners[0].id), prefix: /^\/ansvariga\/[^/]+\/$/ },
    { type: 'year', path: yearPath(goal.years?.to ?? plan.period.from), prefix: /^\/ar\/\d+\/$/ },
    { type: 'coverage', path: '/tackning/', prefix: null },
    { type: 'search', path: '/sok/', prefix: null },
  ];
}

export function measurePages(dist: string, pages: { type: string; path: string; prefix: RegExp | null }[]): PageType[] {
  const all = htmlPages(dist);
  return pages.map(({ type, path, prefix }) => {
    const ofType = prefix ? all.filter((p) => prefix.test(p)) : all.filter((p) => p === path);
    let largest: PageType['largest'] = null;
    if (prefix && ofType.length) {
      // The largest file, then its gzipped size (gzipping every page at 100× would take minutes).
      const size = (p: string) => statSync(join(dist, p.endsWith('/') ? `${p}index.html` : p)).size;
      const biggest = ofType.reduce((a, b) => (size(b) > size(a) ? b : a));
      largest = { path: biggest, html: pageWeight(dist, biggest)?.html ?? 0 };
    }
    return { type, path, weight: pageWeight(dist, path), count: ofType.length, largest };
  });
}

/** The routes of src/pages with parameters, as patterns over built addresses (a paged list's pages folded in). */
const ROUTES: [RegExp, string][] = [
  [/^\/mal\/[^/]+\/$/, '/mal/[id]/'],
  [/^\/planer\/[^/]+\/$/, '/planer/[plan]/'],
  [/^\/regioner\/[^/]+\/$/, '/regioner/[region]/'],
  [/^\/ansvariga\/[^/]+\/$/, '/ansvariga/[owner]/'],
  [/^\/ar\/\d+\/$/, '/ar/[year]/'],
  [/^\/ramverk\/[^/]+\/[^/]+\/$/, '/ramverk/[direction]/[area]/'],
  [/^\/ramverk\/[^/]+\/$/, '/ramverk/[direction]/'],
];

/** The page type of a built address: its route, with a paged list's /sida/<n>/ counted as the list. */
export function pageRoute(path: string): string {
  const list = path.replace(/sida\/\d+\/$/, '');
  return ROUTES.find(([pattern]) => pattern.test(list))?.[1] ?? list;
}

export interface LargestPage {
  route: string;
  /** Built pages of the route. */
  pages: number;
  path: string;
  /** The largest one's gzipped HTML, in bytes. */
  html: number;
}

/** Every built page's HTML gzipped, and per route the largest, largest first. */
export function largestPerRoute(dist: string): LargestPage[] {
  const byRoute = new Map<string, LargestPage>();
  for (const path of htmlPages(dist)) {
    const html = gz(readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path)));
    const route = pageRoute(path);
    const seen = byRoute.get(route);
    if (!seen) byRoute.set(route, { route, pages: 1, path, html });
    else {
      seen.pages++;
      if (html > seen.html) Object.assign(seen, { path, html });
    }
  }
  return [...byRoute.values()].sort((a, b) => b.html - a.html || a.route.localeCompare(b.route));
}

// ---------------------------------------------------------------------------------------------------------
// The report.

const sec = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s` : '–');
const msf = (ms: number) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : '–');
const kib = (b: number) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MiB` : `${(b / 1024).toFixed(1)} KiB`);
const gib = (b: number) => `${(b / 1024 ** 3).toFixed(2)} GiB`;
const cpu = (xs: Timed[]) => {
  const withCpu = xs.filter((x) => x.cpuS !== null);
  if (!withCpu.length) return '';
  const c = median(withCpu.map((x) => x.cpuS!));
  // The kernel's part, where every run has it: file creation alone moved it by seconds between sessions.
  const s = withCpu.map((x) => x.sysS).filter((x): x is number => typeof x === 'number');
  return s.length === withCpu.length
    ? ` (CPU ${c.toFixed(1)} s, system ${median(s).toFixed(1)} s)`
    : ` (CPU ${c.toFixed(1)} s)`;
};
const med = (xs: Timed[]) => median(xs.filter((x) => x.ok).map((x) => x.ms));
const medCpu = (xs: Timed[]) => median(xs.filter((x) => x.ok && x.cpuS !== null).map((x) => x.cpuS!));
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
const x2 = (r: number) => (Number.isFinite(r) ? `${r >= 100 ? r.toFixed(0) : r.toPrecision(3)}×` : '–');

/** Our time per page over Starlight's, for a time of each (any unit, the same for both). */
function perPageAgainstStarlight(r: ScaleResult, ours: number, starlight: number): number {
  return ratio(ratio(ours, r.pages), ratio(starlight, r.starlight?.pages ?? NaN));
}

/**
 * CPU per page against Starlight's for each run and the Starlight build right after it, so the spread
 * between runs shows beside the medians ("0.465, 0.521, 0.466"); empty when a run has no CPU figure.
 */
function runPairs(r: ScaleResult): string {
  const pairs = r.build.map((b, i) => {
    const star = r.starlight?.build[i];
    if (!b.total.ok || b.total.cpuS === null || !star?.ok || star.cpuS === null) return NaN;
    return perPageAgainstStarlight(r, b.total.cpuS, star.cpuS);
  });
  return pairs.every(Number.isFinite) ? pairs.map((q) => q.toFixed(3)).join(', ') : '';
}

export function report(results: ScaleResult[], meta: Record<string, string>): { markdown: string; targets: Target[] } {
  const lines: string[] = [];
  const push = (...l: string[]) => lines.push(...l);
  push('## Machine and run', '', '| | |', '| --- | --- |');
  for (const [k, v] of Object.entries(meta)) push(`| ${k} | ${v} |`);

  push(
    '',
    '## Content',
    '',
    '| scale | regions | owners | plan versions | goals | chapters | our pages | Starlight pages |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const r of results) {
    const c = r.content;
    push(
      `| ${r.scale}× | ${c.regions} | ${c.owners} | ${c.plans} | ${c.goals} | ${c.chapters} | ${r.pages || '–'} | ${r.starlight?.pages ?? '–'} |`,
    );
  }

  push(
    '',
    '## Time',
    '',
    'Medians over the runs, wall clock, with CPU time (user + system of the whole process tree) in brackets. `npm run check` and `npm run build` are run through npm, exactly as an editor or a deployment runs them (npm\'s own start included). Every build starts cold (no dist/, .astro/ or node_modules/.astro; the previous ones are moved aside, not deleted, as bench/README.md explains). "Astro" and "search index" are the times those steps print in the build\'s log. `astro sync` is Astro\'s own content sync of the same content, timed against `npm run check`.',
    '',
    '| scale | runs | `npm run check` | `astro sync` | `npm run build` | of which Astro (its log) | search index (its log) | per page | Starlight build | per page | ours / Starlight per page, wall (CPU) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const r of results) {
    const logged = (key: keyof BuildRun['logged']) => median(r.build.map((b) => b.logged?.[key] ?? NaN)) * 1000;
    const totals = r.build.map((b) => b.total);
    const full = med(totals);
    const per = ratio(full, r.pages);
    const sl = r.starlight ? med(r.starlight.build) : NaN;
    const slPer = r.starlight ? ratio(sl, r.starlight.pages) : NaN;
    const failed = totals.some((t) => !t.ok) ? ' (a run failed or timed out)' : '';
    const cpuRatio = r.starlight ? perPageAgainstStarlight(r, medCpu(totals), medCpu(r.starlight.build)) : NaN;
    push(
      `| ${r.scale}× | ${r.runs} | ${sec(med(r.check))}${cpu(r.check)} | ${sec(med(r.sync))}${cpu(r.sync)} | ${sec(full)}${cpu(totals)}${failed} | ${sec(logged('astro'))} | ${sec(logged('searchIndex'))} | ${msf(per)} | ${r.starlight ? `${sec(sl)}${cpu(r.starlight.build)}` : '–'} | ${msf(slPer)} | ${x2(ratio(per, slPer))} (${x2(cpuRatio)}) |`,
    );
  }

  push(...floorSection(results));

  push(
    '',
    '## Memory and output',
    '',
    "Peak memory is the highest sum of resident memory over the whole process tree (sampled every 100 ms from /proc), over `npm run build` and every process it starts; the largest single process is GNU time's maximum resident set size.",
    '',
    '| scale | peak memory, full build | largest process | output | search index (dist/pagefind) | Starlight peak memory | Starlight output | Starlight search index |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const r of results) {
    const totals = r.build.map((b) => b.total);
    const peak = Math.max(...totals.map((t) => t.peakRss));
    const maxRss = Math.max(...totals.map((t) => t.maxRss ?? 0));
    const sl = r.starlight;
    push(
      `| ${r.scale}× | ${gib(peak)} | ${maxRss ? gib(maxRss) : '–'} | ${kib(r.output.bytes)} (${r.output.files} files) | ${kib(r.index.bytes)} (${r.index.files} files) | ${sl ? gib(Math.max(...sl.build.map((b) => b.peakRss))) : '–'} | ${sl ? `${kib(sl.output.bytes)} (${sl.output.files} files)` : '–'} | ${sl ? `${kib(sl.index.bytes)} (${sl.index.files} files)` : '–'} |`,
    );
  }

  push(
    '',
    '## Page weight',
    '',
    'What a reader downloads to open one page, gzipped (level 6): its HTML, the stylesheets it links, and the scripts it loads (`<script src>`, module imports, followed recursively). "JS on use" is what its scripts import only when used (the search library). The page measured is the real Norr plan 2022–2024, its first goal and that goal\'s area, owner and year; "pages" is how many pages of the type the site has and "largest" the gzipped HTML of the largest one.',
    '',
  );
  for (const r of results) {
    if (!r.pageTypes.length) continue;
    push(
      `### ${r.scale}×`,
      '',
      '| page type | page | HTML | CSS | JS at load | JS on use | total at load | pages | largest HTML |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    const row = (who: string, p: PageType) => {
      const w = p.weight;
      if (!w) return `| ${who}${p.type} | \`${p.path}\` (missing) | | | | | | ${p.count} | |`;
      return `| ${who}${p.type} | \`${p.path}\` | ${kib(w.html)} | ${kib(w.css)} | ${kib(w.js)} | ${kib(w.jsOnUse)} | ${kib(w.html + w.css + w.js)} | ${p.count || 1} | ${p.largest ? `${kib(p.largest.html)} \`${p.largest.path}\`` : '–'} |`;
    };
    for (const p of r.pageTypes) push(row('', p));
    for (const p of r.starlight?.pageTypes ?? []) push(row('Starlight ', p));
    const ours = r.pageTypes.find((p) => p.type === 'plan')?.weight;
    const theirs = r.starlight?.pageTypes.find((p) => p.type === 'plan')?.weight;
    const oursGoal = r.pageTypes.find((p) => p.type === 'goal')?.weight;
    const theirsGoal = r.starlight?.pageTypes.find((p) => p.type === 'goal')?.weight;
    if (ours && theirs) {
      push(
        '',
        `Plan page HTML + CSS: ours ${kib(ours.html + ours.css)}, Starlight ${kib(theirs.html + theirs.css)}: ${x2(ratio(ours.html + ours.css, theirs.html + theirs.css))}. ` +
          (oursGoal && theirsGoal
            ? `Goal page: ours ${kib(oursGoal.html + oursGoal.css)}, Starlight ${kib(theirsGoal.html + theirsGoal.css)}: ${x2(ratio(oursGoal.html + oursGoal.css, theirsGoal.html + theirsGoal.css))}. `
            : '') +
          `JS at load on the plan page: ours ${kib(ours.js)}, Starlight ${kib(theirs.js)}.`,
      );
    }
    push('');
  }

  push(...largestSection(results));

  const searched = results.filter((r) => r.search || r.searchError);
  if (searched.length) {
    push(
      '## Search',
      '',
      "In Chromium (headless, Playwright) against the built site served locally by scripts/serve.ts. *Typing*: on /sok/, click the field, type the query (80 ms a key), time from the last keystroke to the first result link (a fresh browser context per query, so nothing is cached; this includes the page's own pause after typing). *Pasted*: the whole query put into the field at once right after the page loaded. *Header form*: the query typed into the header search on /ar/ and sent with Enter, timed from the submit to the first result link on /sok/ (navigation and page load included). *Hits*: the goals /sok/ lists for the query. *Engine cold*: Pagefind's API alone in a fresh context: import pagefind.js, init, search, first result's data. *Engine warm*: search and first data once the index is loaded. Medians over the queries " +
        'screening, kontaktsjuksköterska, prostatacancer, palliativ, rehabilitering, palliativ vård, vård and cancer (the last matches every goal).',
      '',
      '| scale | measured on | typing → first result, median (slowest) | pasted | header form | engine cold | engine warm | fetched from /pagefind/ by the first query | hits for "cancer" |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const r of searched) {
      const s = r.search;
      if (!s) {
        push(`| ${r.scale}× | failed: ${r.searchError} | | | | | | | |`);
        continue;
      }
      push(
        `| ${r.scale}× | ${s.mode === 'search-page' ? '/sok/ page' : 'Pagefind API (no /sok/ page)'} | ${pathCell(s.typing)} | ${pathCell(s.pasted)} | ${pathCell(s.header)} | ${msf(s.engineCold.median)} (${msf(s.engineCold.max)}) | ${msf(s.engineWarm.median)} (${msf(s.engineWarm.max)}) | ${s.fetchedBytes !== null ? kib(s.fetchedBytes) : '–'} | ${s.broadHits} |`,
      );
    }
    const perQuery = searched.filter((r) => r.search?.typing);
    if (perQuery.length) {
      const shown = (t: number | null) => (t === null ? `no result within ${TYPING_TIMEOUT_MS / 1000} s` : msf(t));
      push(
        '',
        `Typing → first result per query: ${perQuery
          .map(
            (r) =>
              `${r.scale}×: ${Object.entries(r.search!.typing!.perQuery)
                .map(([q, t]) => `${q} ${shown(t)}`)
                .join(', ')}`,
          )
          .join('; ')}.`,
      );
      for (const [name, key] of [
        ['Pasted', 'pasted'],
        ['Header form', 'header'],
      ] as const) {
        const with_ = perQuery.filter((r) => r.search![key]);
        if (with_.length)
          push(
            '',
            `${name} → first result per query: ${with_
              .map(
                (r) =>
                  `${r.scale}×: ${Object.entries(r.search![key]!.perQuery)
                    .map(([q, t]) => `${q} ${shown(t)}`)
                    .join(', ')}`,
              )
              .join('; ')}.`,
          );
      }
      const counted = perQuery.filter((r) => r.search!.hits);
      if (counted.length)
        push(
          '',
          `Goals listed per query: ${counted
            .map(
              (r) =>
                `${r.scale}×: ${Object.entries(r.search!.hits!)
                  .map(([q, n]) => `${q} ${n ?? 'unfinished'}`)
                  .join(', ')}`,
            )
            .join('; ')}.`,
        );
    }
    push('');
  }

  const targets = evaluate(results);
  push(
    '## Targets',
    '',
    'Verdicts on time use CPU time, which other work on the machine changes little (see the load averages above); wall-clock figures are beside them. Search latency is wall clock in the browser.',
    '',
    '| target | measured | verdict |',
    '| --- | --- | --- |',
  );
  for (const t of targets)
    push(
      `| ${t.target} | ${t.measured} | ${t.met === null ? 'not measured' : t.met ? '**met**' : `**missed**${t.by ? ` (${t.by})` : ''}`} |`,
    );
  push(...profileSection(results));
  return { markdown: lines.join('\n'), targets };
}

/**
 * Astro's floor: a bare Astro site of as many pages as ours, built in each run after Starlight's. What 0.5×
 * Starlight's CPU per page allows for our page count, less the floor, is what the site's own work may cost.
 */
function floorSection(results: ScaleResult[]): string[] {
  const rows = results.filter((r) => r.bare && r.starlight);
  if (rows.length === 0) return [];
  const lines = [
    '',
    "### Astro's floor",
    '',
    "A bare Astro site (bench/bare-site.ts: the project's Astro and Node, as many pages as ours, each a title and a heading) built through npm in each run, after Starlight's: Astro's own work for that many pages, before anything the site does. Medians over the runs. The last column is what the target (0.5× Starlight's CPU per page, for our page count) leaves for the site's own work once the floor is paid, beside what that work costs now (our build less the floor).",
    '',
    "| scale | pages | bare Astro build, wall (CPU) | per page (CPU) | bare / Starlight per page (CPU) | our build less the floor (CPU) | 0.5× Starlight's, less the floor (CPU) |",
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const bare = r.bare!;
    const floor = medCpu(bare.build) * 1000;
    const starPer = ratio(medCpu(r.starlight!.build) * 1000, r.starlight!.pages);
    const ours = medCpu(r.build.map((b) => b.total)) * 1000;
    const pages = bare.pages === r.pages ? `${bare.pages}` : `${bare.pages} (ours ${r.pages})`;
    lines.push(
      `| ${r.scale}× | ${pages} | ${sec(med(bare.build))}${cpu(bare.build)} | ${msf(ratio(floor, bare.pages))} | ${x2(ratio(ratio(floor, bare.pages), starPer))} | ${sec(ours - floor)} | ${sec(0.5 * starPer * bare.pages - floor)} |`,
    );
  }
  return lines;
}

/** The largest page of every page type per scale, against the page budget. */
function largestSection(results: ScaleResult[]): string[] {
  const measured = results.filter((r) => r.largest?.length);
  if (!measured.length) return [];
  const last = measured.at(-1)!.largest!;
  const routes = [...new Set(measured.flatMap((r) => r.largest!.map((l) => l.route)))].sort(
    (a, b) => (last.find((l) => l.route === b)?.html ?? 0) - (last.find((l) => l.route === a)?.html ?? 0),
  );
  const cell = (r: ScaleResult, route: string) => {
    const l = r.largest!.find((x) => x.route === route);
    return l ? `${kib(l.html)}${l.html > PAGE_BUDGET_BYTES ? ' **over**' : ''} (${l.pages})` : '–';
  };
  return [
    '## Largest page per page type',
    '',
    `Every built HTML page gzipped (level 6), grouped by the route it comes from (a paged list's \`sida/<n>/\` pages with their list): the largest one, and in brackets how many pages the route has. No page may exceed ${PAGE_BUDGET_BYTES / 1000} KB (\`PAGE_BUDGET_BYTES\`, src/lib/paging.ts).`,
    '',
    `| page type | ${measured.map((r) => `${r.scale}×`).join(' | ')} |`,
    `| --- | ${measured.map(() => '---').join(' | ')} |`,
    ...routes.map((route) => `| \`${route}\` | ${measured.map((r) => cell(r, route)).join(' | ')} |`),
    '',
  ];
}

/** The CPU profile of one build per profiled scale: where the time went, and the project's own functions. */
function profileSection(results: ScaleResult[]): string[] {
  const profiled = results.filter((r) => r.profile);
  if (!profiled.length) return [];
  const out = [
    '',
    '## CPU profile',
    '',
    "One more cold `npm run build` after the timed runs, every Node process with `--cpu-prof` (`npm run bench -- --profile`). Self time of each function (samples in which it was the innermost frame), summed over all processes, as a share of all profiled time (idle left out). V8 samples the time a JavaScript thread is busy, which on a loaded machine exceeds the CPU time it got, and native threads (Vite's Rust bundler, Pagefind's indexer) are not in it, so the profiled total and the measured CPU time differ. Astro renders pages from bundles Vite built, so a function there counts as the project's when src/ declares a function or component of that name or its chunk is named after a module of src/ (bench/profile.ts).",
  ];
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const table = (entries: ProfileSummary['top']) => [
    '| function | where | self time | share |',
    '| --- | --- | --- | --- |',
    ...entries.map(
      (e) =>
        `| \`${e.name.replace(/\|/g, '\\|')}\` | ${e.where ? `\`${e.where}\`` : '–'} | ${sec(e.selfMs)} | ${pct(e.share)} |`,
    ),
  ];
  for (const r of profiled) {
    const p = r.profile!;
    out.push(
      '',
      `### ${r.scale}×`,
      '',
      `${p.processes} processes profiled, ${sec(p.totalMs)} of JavaScript CPU time${p.cpuS !== null ? ` (the profiled build's measured CPU time: ${p.cpuS.toFixed(1)} s)` : ''}.`,
      '',
      '| where the time went | self time | share |',
      '| --- | --- | --- |',
      ...p.byCategory.map((c) => `| ${c.category} | ${sec(c.ms)} | ${pct(c.share)} |`),
      '',
      'Top functions:',
      '',
      ...table(p.top),
      '',
      "The project's top functions:",
      '',
      ...table(p.topProject),
    );
  }
  out.push('');
  return out;
}

export interface Target {
  target: string;
  measured: string;
  met: boolean | null;
  by?: string;
}

/** A search path's median and slowest time, or a dash when it was not measured. */
const pathCell = (p: { median: number; max: number } | null | undefined) =>
  p ? `${msf(p.median)} (${msf(p.max)})` : '–';

function evaluate(results: ScaleResult[]): Target[] {
  const out: Target[] = [];
  // The project's share of the build's CPU, and output size against Starlight's.
  for (const r of results.filter((x) => x.profile)) {
    const top = r.profile!.topProject[0];
    out.push({
      target: `No project function above 5 % of the build's CPU (profile, ${r.scale}×)`,
      measured: top ? `\`${top.name}\` ${(top.share * 100).toFixed(1)} %` : 'no project function in the profile',
      met: !top || top.share <= 0.05,
      by: top && top.share > 0.05 ? `${(top.share * 100).toFixed(1)} % where 5 % is allowed` : undefined,
    });
  }
  const largest = results.at(-1);
  if (largest?.starlight && largest.output.bytes && largest.starlight.output.bytes) {
    const q = ratio(largest.output.bytes, largest.starlight.output.bytes);
    out.push({
      target: `Output no larger than Starlight's (${largest.scale}×)`,
      measured: `${kib(largest.output.bytes)} vs ${kib(largest.starlight.output.bytes)}: ${x2(q)}`,
      met: q <= 1,
      by: q > 1 ? `${kib(largest.output.bytes - largest.starlight.output.bytes)} over` : undefined,
    });
  }
  const at = (s: number) => results.find((r) => r.scale === s);
  const biggest = results.at(-1);
  const fullOf = (r: ScaleResult) => med(r.build.map((b) => b.total));

  const cpuOf = (r: ScaleResult) => medCpu(r.build.map((b) => b.total));
  // 1. Full build ≤ 0.5 × Starlight per page, at every scale.
  const perPage = results
    .filter((r) => r.starlight && r.pages)
    .map((r) => ({
      s: r.scale,
      wall: perPageAgainstStarlight(r, fullOf(r), med(r.starlight!.build)),
      cpu: perPageAgainstStarlight(r, cpuOf(r), medCpu(r.starlight!.build)),
      pairs: runPairs(r),
    }));
  if (perPage.length) {
    const worst = Math.max(...perPage.map((p) => p.cpu));
    out.push({
      target: "Full build ≤ 0.5 × Starlight's time per page",
      measured: perPage
        .map((p) => `${p.s}×: ${x2(p.cpu)} CPU (${x2(p.wall)} wall${p.pairs ? `; each run ${p.pairs}` : ''})`)
        .join(', '),
      met: worst <= 0.5,
      by: worst > 0.5 ? `${x2(worst)} at worst where 0.50× is allowed` : undefined,
    });
  }
  // 2. check ≤ 0.1 × full build, and < 5 s at 100×.
  const checks = results
    .filter((r) => r.pages)
    .map((r) => ({
      s: r.scale,
      cpu: ratio(medCpu(r.check), cpuOf(r)),
      wall: ratio(med(r.check), fullOf(r)),
      c: medCpu(r.check),
    }));
  if (checks.length) {
    const worst = Math.max(...checks.map((c) => c.cpu));
    out.push({
      target: '`npm run check` ≤ 0.1 × a full build',
      measured: checks.map((c) => `${c.s}×: ${x2(c.cpu)} CPU (${x2(c.wall)} wall)`).join(', '),
      met: worst <= 0.1,
      by: worst > 0.1 ? `${worst.toFixed(4)}× at worst where 0.1× is allowed` : undefined,
    });
  }
  const c100 = at(100);
  const check100 = c100 ? medCpu(c100.check) * 1000 : NaN;
  out.push({
    target: '`npm run check` under 5 s at 100×',
    measured: c100 ? `CPU ${sec(check100)}, wall ${sec(med(c100.check))}` : 'not run at 100×',
    met: c100 ? check100 < 5000 : null,
    by: c100 && check100 >= 5000 ? `${sec(check100 - 5000)} over` : undefined,
  });
  // 3. Linear: 100×/10× ≤ 11.
  const a10 = at(10);
  if (a10 && c100) {
    const q = ratio(fullOf(c100), fullOf(a10));
    const qc = ratio(cpuOf(c100), cpuOf(a10));
    out.push({
      target: 'Build time linear in content (100× / 10× ≤ 11)',
      measured: `${x2(qc)} CPU (${x2(q)} wall)`,
      met: Number.isFinite(qc) ? qc <= 11 : null,
      by: qc > 11 ? `${x2(qc)} where 11× is allowed` : undefined,
    });
  }
  // 4. Peak memory ≤ 2 GiB at 100×.
  if (c100) {
    const peak = Math.max(...c100.build.map((b) => b.total.peakRss));
    out.push({
      target: 'Peak memory ≤ 2 GiB at 100×',
      measured: gib(peak),
      met: peak <= 2 * 1024 ** 3,
      by: peak > 2 * 1024 ** 3 ? `${gib(peak - 2 * 1024 ** 3)} over` : undefined,
    });
  }
  // 5. Zero JS on the plan page; HTML + CSS ≤ 0.3 × Starlight's.
  for (const r of [results[0], biggest].filter((r, i, a) => r && a.indexOf(r) === i) as ScaleResult[]) {
    const ours = r.pageTypes.find((p) => p.type === 'plan')?.weight;
    const theirs = r.starlight?.pageTypes.find((p) => p.type === 'plan')?.weight;
    if (!ours) continue;
    out.push({
      target: `Zero JS needed to read a plan page (${r.scale}×)`,
      measured: `${kib(ours.js)} at load, ${kib(ours.jsOnUse)} on use`,
      met: ours.js === 0 && ours.jsOnUse === 0,
    });
    if (theirs) {
      const q = ratio(ours.html + ours.css, theirs.html + theirs.css);
      out.push({
        target: `Plan page HTML + CSS ≤ 0.3 × Starlight's (${r.scale}×)`,
        measured: `${kib(ours.html + ours.css)} vs ${kib(theirs.html + theirs.css)}: ${x2(q)}`,
        met: q <= 0.3,
        by:
          q > 0.3
            ? `${kib(ours.html + ours.css - 0.3 * (theirs.html + theirs.css))} over the ${kib(0.3 * (theirs.html + theirs.css))} allowed`
            : undefined,
      });
    }
  }
  // 6. No page over the page budget (gzipped HTML), at every scale.
  for (const r of results.filter((x) => x.largest?.length)) {
    const top = r.largest![0];
    out.push({
      target: `No page over ${PAGE_BUDGET_BYTES / 1000} KB of gzipped HTML (${r.scale}×)`,
      measured: `largest ${kib(top.html)}, \`${top.path}\``,
      met: top.html <= PAGE_BUDGET_BYTES,
      by: top.html > PAGE_BUDGET_BYTES ? `${kib(top.html - PAGE_BUDGET_BYTES)} over` : undefined,
    });
  }
  // 7. First search result within 150 ms, on every path a reader takes (typed, pasted, header form).
  for (const r of results.filter((r) => r.search)) {
    const s = r.search!;
    const paths = [s.typing, s.pasted, s.header].filter((p): p is NonNullable<typeof p> => !!p);
    const value = paths.length ? Math.max(...paths.map((p) => p.median)) : s.engineCold.median;
    out.push({
      target: `First search result within 150 ms, every path (${r.scale}×)`,
      measured: s.typing
        ? `median typed ${msf(s.typing.median)}, pasted ${s.pasted ? msf(s.pasted.median) : '–'}, header form ${s.header ? msf(s.header.median) : '–'}; engine ${msf(s.engineCold.median)} cold, ${msf(s.engineWarm.median)} warm`
        : `Pagefind API ${msf(s.engineCold.median)} cold, ${msf(s.engineWarm.median)} warm`,
      met: value <= 150,
      by: value > 150 ? `${msf(value - 150)} over` : undefined,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------

const BEGIN = '<!-- bench:begin (written by npm run bench; edit outside these markers) -->';
const END = '<!-- bench:end -->';

/** Writes the report into `file` between the bench markers, leaving what stands around them. */
export function writeResults(file: string, markdown: string): void {
  const block = `${BEGIN}\n${markdown}\n${END}`;
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const next =
    old.includes(BEGIN) && old.includes(END)
      ? `${old.slice(0, old.indexOf(BEGIN))}${block}${old.slice(old.indexOf(END) + END.length)}`
      : `# Benchmark results\n\nFrom \`npm run bench\` (bench/bench.ts); what is measured and how: [README.md](README.md).\n\n${block}\n`;
  writeFileSync(file, next);
}
