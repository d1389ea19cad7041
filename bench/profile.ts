// The CPU profile of a build (`npm run bench -- --profile`): every Node process of `npm run build` runs
// with `--cpu-prof` and writes a V8 .cpuprofile; this sums them and names where the time went, so the
// target "no project function above 5 % of the build's CPU" can be checked (bench/README.md).
//
// Time is self time (samples whose innermost frame is the function), summed over all processes. Astro
// renders pages from the bundles Vite built (dist/ chunks, .prerender), so a function there is the
// project's when its name is declared in src/ (or, for `$$Name`, when src/ has a Name.astro component) or
// its chunk is named after a module of src/ (an approximation: Vite may put package code in such a chunk);
// code run straight from src/ or scripts/ (the validator, the content loader, the search index) is the
// project's by its path.
//
// Usage: node bench/profile.ts DIR_WITH_CPUPROFILES SITE_ROOT [--top 15]
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export type Category =
  | 'project'
  | 'astro and its bundles'
  | 'vite'
  | 'pagefind'
  | 'other packages'
  | 'webassembly'
  | 'node'
  | 'garbage collection'
  | 'other';

export interface ProfileEntry {
  /** Function name ("(anonymous)" when it has none) and where it is declared. */
  name: string;
  where: string;
  category: Category;
  selfMs: number;
  /** Share of all profiled CPU time (idle left out). */
  share: number;
}

export interface ProfileSummary {
  processes: number;
  /** Profiled CPU time of all processes, idle left out. */
  totalMs: number;
  byCategory: { category: Category; ms: number; share: number }[];
  /** The functions with the most self time, of any kind. */
  top: ProfileEntry[];
  /** The project's functions with the most self time. */
  topProject: ProfileEntry[];
}

/**
 * How the project's code is recognised in Vite's bundles: the names of the functions and components that
 * src/ declares, and the names of its modules (Vite names a chunk after its first module: derive.ts goes
 * into "derive_<hash>.mjs", [plan].astro into "_plan__<hash>.mjs"). "index" is left out: packages have
 * index modules too.
 */
export function projectNames(siteRoot: string): { functions: Set<string>; modules: Set<string> } {
  const functions = new Set<string>();
  const modules = new Set<string>();
  const declared =
    /(?:function\s*\*?\s*([A-Za-z_$][\w$]*)|(?:const|let)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:\([^)]*\)|[A-Za-z_$][\w$]*)\s*(?::[^=]+)?=>)/g;
  for (const entry of readdirSync(join(siteRoot, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.test.ts') || !/\.(ts|astro)$/.test(entry.name)) continue;
    const module = entry.name.replace(/\.(ts|astro)$/, '');
    if (module !== 'index') modules.add(module.replace(/[^\w$-]/g, '_'));
    if (entry.name.endsWith('.astro')) functions.add(`$$${module.replace(/[^\w$]/g, '')}`);
    for (const m of readFileSync(join(entry.parentPath, entry.name), 'utf8').matchAll(declared))
      functions.add(m[1] ?? m[2]);
  }
  return { functions, modules };
}

function categorize(
  frame: CallFrame,
  siteRoot: string,
  names: ReturnType<typeof projectNames>,
): { category: Category; where: string } {
  const { url, functionName } = frame;
  if (functionName === '(garbage collector)') return { category: 'garbage collection', where: '' };
  if (!url) return { category: functionName.startsWith('(') ? 'other' : 'node', where: '' };
  if (url.startsWith('node:')) return { category: 'node', where: url };
  // Sätteri's Markdown renderer and Pagefind's indexer run as WebAssembly.
  if (url.startsWith('wasm:')) return { category: 'webassembly', where: '' };
  let path = url;
  try {
    path = url.startsWith('file:') ? fileURLToPath(url.split('?')[0]) : url;
  } catch {
    // not a file URL: keep it as it is
  }
  const rel = relative(siteRoot, path).split(sep).join('/');
  const packageOf = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(rel)?.[1];
  if (packageOf) {
    const category: Category =
      packageOf === 'astro' || packageOf.startsWith('@astrojs/')
        ? 'astro and its bundles'
        : packageOf === 'vite' || packageOf.includes('rolldown')
          ? 'vite'
          : packageOf === 'pagefind' || packageOf.startsWith('@pagefind/')
            ? 'pagefind'
            : 'other packages';
    return { category, where: `${packageOf}/…/${basename(rel)}` };
  }
  if (/^(src|scripts)\//.test(rel)) return { category: 'project', where: `${rel}:${frame.lineNumber + 1}` };
  // A bundle Vite wrote for the build: the project's code where the function or the chunk is named after it.
  const chunk = basename(rel).replace(/_[\w-]{8}\.m?js$/, '');
  if (names.functions.has(functionName) || names.modules.has(chunk))
    return { category: 'project', where: `${basename(rel)} (bundle)` };
  return { category: 'astro and its bundles', where: `${basename(rel)} (bundle)` };
}

/** Sums every .cpuprofile in `dir`. */
export function summarizeProfiles(dir: string, siteRoot: string, top = 15): ProfileSummary {
  const names = projectNames(siteRoot);
  const self = new Map<string, ProfileEntry>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  let totalUs = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const keyOf = new Map<number, string>();
    for (const node of profile.nodes) {
      const { functionName } = node.callFrame;
      if (functionName === '(idle)' || functionName === '(root)') continue;
      const { category, where } = categorize(node.callFrame, siteRoot, names);
      const name = functionName || '(anonymous)';
      const key = `${name}\u0000${where}`;
      keyOf.set(node.id, key);
      if (!self.has(key)) self.set(key, { name, where, category, selfMs: 0, share: 0 });
    }
    for (let i = 0; i < profile.samples.length; i++) {
      const key = keyOf.get(profile.samples[i]);
      // The delta before a sample is the time it stands for.
      const us = profile.timeDeltas[i] ?? 0;
      if (!key || !byId.has(profile.samples[i]) || us < 0) continue;
      self.get(key)!.selfMs += us / 1000;
      totalUs += us;
    }
  }
  const totalMs = totalUs / 1000;
  const entries = [...self.values()]
    .filter((e) => e.selfMs > 0)
    .map((e) => ({ ...e, share: totalMs ? e.selfMs / totalMs : 0 }));
  entries.sort((a, b) => b.selfMs - a.selfMs);
  const categories = new Map<Category, number>();
  for (const e of entries) categories.set(e.category, (categories.get(e.category) ?? 0) + e.selfMs);
  return {
    processes: files.length,
    totalMs,
    byCategory: [...categories]
      .map(([category, ms]) => ({ category, ms, share: totalMs ? ms / totalMs : 0 }))
      .sort((a, b) => b.ms - a.ms),
    top: entries.slice(0, top),
    topProject: entries.filter((e) => e.category === 'project').slice(0, top),
  };
}

if (import.meta.main) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '15' } },
  });
  if (positionals.length !== 2)
    throw new Error('usage: node bench/profile.ts DIR_WITH_CPUPROFILES SITE_ROOT [--top 15]');
  console.log(JSON.stringify(summarizeProfiles(positionals[0], positionals[1], Number(values.top)), null, 2));
}
