// Measuring for the benchmark (bench/README.md): a command's wall and CPU time and the peak memory of its
// whole process tree, the bytes a reader downloads for one page, and folder sizes.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface RunResult {
  command: string;
  ok: boolean;
  code: number | null;
  /** Wall-clock time. */
  ms: number;
  /**
   * User + system CPU seconds of the command and its children: the larger of GNU time's count (every child
   * that was waited for) and the sum of what each process of the tree had used when last sampled.
   */
  cpuS: number | null;
  /**
   * The system (kernel) part of cpuS, from the same count: creating thousands of files costs the kernel
   * seconds, and more on some days than on others, so it is shown apart.
   */
  sysS: number | null;
  /** Highest sum of resident memory over the whole process tree, sampled every 100 ms, in bytes. */
  peakRss: number;
  /** The largest single process's peak RSS (GNU time %M), in bytes, or null without GNU time. */
  maxRss: number | null;
  output: string;
  timedOut: boolean;
}

export const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = () => existsSync(GNU_TIME);
const PAGE = 4096;
/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ, 100 on Linux). */
const TICKS = 100;

interface ProcSample {
  /** Resident memory of the whole tree now, in bytes. */
  rss: number;
  /** CPU ticks (user + system) each process of the tree has used so far. */
  ticks: Map<number, number>;
  /** The system part of those ticks. */
  sysTicks: Map<number, number>;
}

/** One look at the process tree under `root`: its memory now and each member's CPU so far. */
function sampleTree(root: number): ProcSample {
  const children = new Map<number, number[]>();
  const ticksOf = new Map<number, number>();
  const sysOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: fields are counted after it.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      ticksOf.set(Number(name), Number(fields[11]) + Number(fields[12]));
      sysOf.set(Number(name), Number(fields[12]));
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  const sample: ProcSample = { rss: 0, ticks: new Map(), sysTicks: new Map() };
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    queue.push(...(children.get(pid) ?? []));
    if (ticksOf.has(pid)) {
      sample.ticks.set(pid, ticksOf.get(pid)!);
      sample.sysTicks.set(pid, sysOf.get(pid)!);
    }
    try {
      sample.rss += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      // ended
    }
  }
  return sample;
}

/** Runs a shell command, timing it and sampling its memory; never throws on failure. */
export function run(
  command: string,
  opts: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; quiet?: boolean },
): Promise<RunResult> {
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const useTime = hasGnuTime();
  const argv = useTime
    ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, 'sh', '-c', command]]
    : ['sh', ['-c', command]];
  return new Promise((resolveRun) => {
    const started = performance.now();
    // Its own process group, so a timeout can end the command and everything it started.
    const child = spawn(argv[0] as string, argv[1] as string[], {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      detached: true,
    });
    let output = '';
    const keep = (b: Buffer) => {
      output += b.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakRss = 0;
    // CPU per process as last seen: catches processes GNU time cannot (ones their parent never waited for).
    const lastTicks = new Map<number, number>();
    const lastSys = new Map<number, number>();
    const sample = () => {
      if (!child.pid) return;
      const s = sampleTree(child.pid);
      peakRss = Math.max(peakRss, s.rss);
      for (const [pid, t] of s.ticks) lastTicks.set(pid, Math.max(t, lastTicks.get(pid) ?? 0));
      for (const [pid, t] of s.sysTicks) lastSys.set(pid, Math.max(t, lastSys.get(pid) ?? 0));
    };
    const timer = setInterval(sample, 100);
    let timedOut = false;
    const killer = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            // already gone
          }
        }, opts.timeoutMs)
      : undefined;
    child.on('close', (code) => {
      const ms = performance.now() - started;
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      let cpuS: number | null = null;
      let sysS: number | null = null;
      let maxRss: number | null = null;
      if (useTime && existsSync(timeFile)) {
        const line = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
        const [, user, sys, kb] = line.split(' ').map(Number);
        if (Number.isFinite(user) && Number.isFinite(sys)) {
          cpuS = user + sys;
          sysS = sys;
        }
        if (Number.isFinite(kb)) maxRss = kb * 1024;
        rmSync(timeFile, { force: true });
      }
      if (maxRss !== null) peakRss = Math.max(peakRss, maxRss);
      const sampledCpu = [...lastTicks.values()].reduce((a, t) => a + t, 0) / TICKS;
      // The system part comes from whichever count gave the CPU time.
      if (sampledCpu > (cpuS ?? 0)) sysS = [...lastSys.values()].reduce((a, t) => a + t, 0) / TICKS;
      cpuS = Math.max(cpuS ?? 0, sampledCpu);
      const ok = code === 0 && !timedOut;
      if (!ok && !opts.quiet)
        process.stderr.write(
          `\n[bench] failed (${timedOut ? 'timeout' : `exit ${code}`}): ${command}\n${output.slice(-4000)}\n`,
        );
      resolveRun({ command, ok, code, ms, cpuS, sysS, peakRss, maxRss, output, timedOut });
    });
  });
}

/** Bytes and file count of a folder, recursively. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Every built HTML page's site path ("/mal/x/"), for counting pages by type. */
export function htmlPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => {
      const rel = join(e.parentPath, e.name).slice(dist.length).split('\\').join('/');
      return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    })
    .filter((p) => !p.startsWith('/pagefind/'));
}

export interface PageWeight {
  path: string;
  /** Gzipped bytes (zlib level 6, what a static host sends), per kind. */
  html: number;
  css: number;
  /** Scripts the page loads as it opens: <script src>, module imports of those and of inline modules. */
  js: number;
  /**
   * Scripts a page's code only imports when used (dynamic import(), or a script address its code names),
   * such as the search library. The search index and its WebAssembly are not counted here.
   */
  jsOnUse: number;
  files: string[];
}

/** Gzipped size (zlib level 6, what a static host sends). */
export const gz = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length;
const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** The file a site path is served from, or null (also for other hosts). */
function fileOf(dist: string, url: string): string | null {
  if (/^[a-z]+:|^\/\//i.test(url)) return null;
  const path = decodeURIComponent(url.split(/[?#]/)[0]);
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"'\n]+\.m?js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`\n]+\.m?js)["'`]\s*\)/g;

/** A site path of a script written as a string, as code that imports a computed address holds it. */
const NAMED_SCRIPT = /["'`](\/[^"'`\s]+\.m?js)["'`]/g;

function imports(code: string): { stat: string[]; dyn: string[] } {
  return {
    stat: [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]),
    // import("x.js"), and scripts named in strings (import(BUNDLE) with BUNDLE = "/pagefind/pagefind.js").
    dyn: [...code.matchAll(DYNAMIC_IMPORT), ...code.matchAll(NAMED_SCRIPT)].map((m) => m[1]),
  };
}

/** What a reader downloads for the page at `path` (site path such as "/planer/x/"). */
export function pageWeight(dist: string, path: string): PageWeight | null {
  const htmlFile = fileOf(dist, path);
  if (!htmlFile) return null;
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const weight: PageWeight = { path, html: gz(html), css: 0, js: 0, jsOnUse: 0, files: [] };
  const seen = new Set<string>();
  const resolveUrl = (from: string, url: string) =>
    url.startsWith('/') || /^[a-z]+:/i.test(url) ? url : posix.join(posix.dirname(from), url);

  const addCss = (url: string) => {
    const file = fileOf(dist, url);
    if (!file || seen.has(file)) return;
    seen.add(file);
    weight.css += gz(readFileSync(file));
    weight.files.push(url);
    // @import inside a stylesheet is downloaded too.
    for (const m of readFileSync(file, 'utf8').matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g))
      addCss(resolveUrl(url, m[1]));
  };
  const addJs = (url: string, onUse: boolean) => {
    const file = fileOf(dist, url);
    if (!file || seen.has(file)) return;
    seen.add(file);
    const bytes = readFileSync(file);
    if (onUse) weight.jsOnUse += gz(bytes);
    else weight.js += gz(bytes);
    weight.files.push(onUse ? `${url} (on use)` : url);
    const { stat, dyn } = imports(bytes.toString('utf8'));
    stat.forEach((u) => addJs(resolveUrl(url, u), onUse));
    dyn.forEach((u) => addJs(resolveUrl(url, u), true));
  };

  for (const [tag] of text.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) addCss(resolveUrl(path, href));
    if (rel.includes('modulepreload')) addJs(resolveUrl(path, href), false);
  }
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attr(`<script ${m[1]}>`, 'src');
    const type = (attr(`<script ${m[1]}>`, 'type') ?? '').toLowerCase();
    if (src) addJs(resolveUrl(path, src), false);
    else if (type === 'module') {
      // An inline module's bytes are in the HTML; what it imports is fetched.
      const { stat, dyn } = imports(m[2]);
      stat.forEach((u) => addJs(resolveUrl(path, u), false));
      dyn.forEach((u) => addJs(resolveUrl(path, u), true));
    }
  }
  return weight;
}

/**
 * Moves a file or folder into `bin` instead of deleting it; the bench deletes `bin` when it ends. On ext4
 * without a journal (this machine's root file system) the kernel passes over every inode freed in the last
 * minute (six while its inode table is not yet written out) whenever it creates a file, so a build right after
 * `rm -rf dist` paid for the deletion: at 100× content, Pagefind's index took seconds of system time more,
 * varying with the disk's write-back. A build in a fresh clone has nothing just deleted; neither has one here.
 */
export function setAside(path: string, bin: string): void {
  if (!existsSync(path)) return;
  mkdirSync(bin, { recursive: true });
  renameSync(path, join(mkdtempSync(join(bin, 'x-')), 'x'));
}

/** A cold start for a build: its output and every cache set aside (see setAside). */
export function cleanBuild(root: string, bin: string): void {
  for (const dir of ['dist', '.astro', join('node_modules', '.astro'), join('node_modules', '.vite')]) {
    setAside(join(root, dir), bin);
  }
}

export const median = (values: number[]): number => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

export const loadAverage = (): string => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
};
