// What reading the content's history costs a build (issue 21): 100× synthetic content committed in a few
// hundred commits (one commit with everything, then one reworded goal per commit, every tenth a merged
// branch), then the build's one history read (src/lib/history.ts: one git log, one cat-file batch) timed
// inside that repository, against a full `astro build` of the same content outside git. The two builds
// alternate, --runs times each, and each inside build is compared with the outside build just before it, so
// a load that drifts on a shared machine weighs on both sides of each pair. Each build's CPU time (user and
// system, from Linux's /proc) is recorded beside its wall time: a busy machine stretches the wall time of a
// build far more than the work it does.
//
// Usage: node bench/git-cost.ts [--factor 100] [--commits 300] [--runs 3] [--no-build] [--keep]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readHistory } from '../src/lib/history.ts';
import { cacheDirFor } from '../src/lib/content-root.ts';
import { generate } from './generate.ts';

const { values } = parseArgs({
  options: {
    factor: { type: 'string', default: '100' },
    commits: { type: 'string', default: '300' },
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    // Leaves the repository and its copy outside git in place (printed), to profile a build by hand.
    keep: { type: 'boolean', default: false },
  },
});
const percent = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** CPU time (ms) of this process's finished children, from /proc/self/stat (Linux); NaN elsewhere. */
function childrenCpu(): number {
  try {
    // The fields after the command name (which is in brackets and may hold spaces); cutime and cstime are
    // the 16th and 17th fields of the line, in clock ticks (100 a second on Linux).
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[13]) + Number(fields[14])) / 100) * 1000;
  } catch {
    return Number.NaN;
  }
}
const REPO = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'rcp-git-cost-'));
const root = join(work, 'content');
const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.invalid' };
Object.assign(env, { GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.invalid' });
const git = (args: string[], day: number) => {
  const date = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString();
  const r = spawnSync('git', args, { cwd: root, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${String(r.stderr)}`);
};

try {
  generate({ source: REPO, out: root, factor: Number(values.factor) });
  git(['init', '-q', '-b', 'main'], 0);
  git(['add', '.'], 0);
  git(['commit', '-qm', 'all content'], 0);
  const goalFiles = readdirSync(join(root, 'plans'))
    .map((p) => join(root, 'plans', p, 'goals.yaml'))
    .filter((f) => {
      try {
        return /\n {2}text: /.test(readFileSync(f, 'utf8'));
      } catch {
        return false;
      }
    });
  const commits = Number(values.commits);
  for (let i = 1; i < commits; i++) {
    const file = goalFiles[(i * 7919) % goalFiles.length];
    const onBranch = i % 10 === 0;
    if (onBranch) git(['checkout', '-qb', `edit-${i}`], i);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n {2}text: /, `\n  text: Ändrad ${i}. `));
    git(['commit', '-qam', `reword ${i}`], i);
    if (onBranch) {
      git(['checkout', '-q', 'main'], i);
      git(['merge', '-q', '--no-ff', `edit-${i}`, '-m', `merge ${i}`], i);
    }
  }
  const started = performance.now();
  const history = readHistory(root);
  const historyMs = performance.now() - started;
  console.log(
    `history: ${commits} commits, ${history.changes.length} changes, ${history.goalChanged.size} goals dated, read in ${historyMs.toFixed(0)} ms`,
  );
  if (!values['no-build']) {
    const outside = join(work, 'outside');
    cpSync(root, outside, { recursive: true, filter: (src) => !src.includes(`${join(root, '.git')}`) });
    const build = (contentRoot: string) => {
      // Every build starts as CI's does: no output folder to empty (Astro empties an existing one, seconds
      // at 100×) and no content cache of an earlier build (a second build of a root reuses its cache).
      const out = join(work, `dist-${contentRoot === root ? 'git' : 'plain'}`);
      rmSync(out, { recursive: true, force: true });
      rmSync(cacheDirFor(contentRoot, REPO), { recursive: true, force: true });
      const t = performance.now();
      const cpu = childrenCpu();
      const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'astro.ts'), 'build', '--outDir', out], {
        cwd: REPO,
        env: { ...process.env, CONTENT_ROOT: contentRoot },
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(r.stdout + r.stderr);
      return { wall: performance.now() - t, cpu: childrenCpu() - cpu };
    };
    const pairs: { plain: number; inGit: number; plainCpu: number; inGitCpu: number }[] = [];
    for (let run = 0; run < Number(values.runs); run++) {
      const plain = build(outside);
      const inGit = build(root);
      pairs.push({ plain: plain.wall, inGit: inGit.wall, plainCpu: plain.cpu, inGitCpu: inGit.cpu });
      console.log(
        `run ${run + 1}: build outside git ${seconds(plain.wall)} (CPU ${seconds(plain.cpu)}), inside git ${seconds(inGit.wall)} (CPU ${seconds(inGit.cpu)}): wall ${percent(inGit.wall / plain.wall - 1)}, CPU ${percent(inGit.cpu / plain.cpu - 1)}; load ${loadavg()[0].toFixed(1)}`,
      );
    }
    const median = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    };
    const plainMedian = median(pairs.map((p) => p.plain));
    console.log(
      `median of ${pairs.length}: inside vs outside wall ${percent(median(pairs.map((p) => p.inGit / p.plain - 1)))}, CPU ${percent(median(pairs.map((p) => p.inGitCpu / p.plainCpu - 1)))}; the history read alone is ${percent(historyMs / plainMedian)} of the build outside git`,
    );
  }
  if (values.keep) {
    cpSync(root, join(work, 'outside'), { recursive: true, filter: (src) => !src.includes(`${join(root, '.git')}`) });
    console.log(`kept: ${root} (in git) and ${join(work, 'outside')} (outside git)`);
  }
} finally {
  // The builds' content caches live under the project's node_modules, one per content root.
  for (const contentRoot of [root, join(work, 'outside')])
    rmSync(cacheDirFor(contentRoot, REPO), { recursive: true, force: true });
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
