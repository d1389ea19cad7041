// Synthetic content for the benchmark (`npm run bench`, bench/README.md): the real content multiplied by a
// factor, as a content root that passes `npm run check` like the real one.
//
// Copy k = 0 … factor−1 of every plan folder: copy 0 is the real plan, unchanged. Copy k is generation
// k mod 10 (the plan's period, timeframes, title years and decision dates moved 3 years per generation, so
// a region gets a history of plan versions and the years grow) of region set ⌊k/10⌋ (set 0 is the real
// regions; set s > 0 adds a synthetic copy of every region, id `<region>-r<s>`, and of its owners,
// `<owner>-r<s>`, since years must stay within 1990–2100). Goal ids get the suffix `-k<k>`. Directions,
// redirects and the search vocabulary are shared, as they are national. So at 10× every region has ten
// plan versions; at 100× there are ten times the regions and owners as well, and every page type grows:
// plans, goals, regions, owners and years in number, the start, area, coverage and year pages in length.
//
// Usage: node bench/generate.ts --factor N --out DIR [--source DIR (default: this repository)]
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';

/**
 * Plan generations per region set, and how many years each moves the plan. A region has several real
 * versions (3, 4, 5, 6 and 8 years apart), so the step is 7: no generation lands on another version's
 * folder, and the last one (9 × 7 years on) still ends before 2100.
 */
export const GENERATIONS = 10;
export const YEAR_STEP = 7;

export interface Copy {
  k: number;
  /** Region set: 0 is the real regions. */
  set: number;
  /** Years added to periods, timeframes and dates. */
  shift: number;
}

export function copyOf(k: number, generations = GENERATIONS): Copy {
  return { k, set: Math.floor(k / generations), shift: YEAR_STEP * (k % generations) };
}

export interface GenerateSummary {
  factor: number;
  regions: number;
  owners: number;
  plans: number;
  goals: number;
  chapters: number;
  redirects: number;
}

const regionId = (id: string, set: number) => (set === 0 ? id : `${id}-r${set}`);
const goalId = (id: string, k: number) => (k === 0 ? id : `${id}-k${k}`);
const shiftYears = (text: string, shift: number) => text.replace(/\b(19|20)\d\d\b/g, (y) => String(Number(y) + shift));

/** Moves a timeframe as written ("2024", "2022–2024", "2022-24") by whole years, keeping its form. */
export function shiftTimeframe(label: string, shift: number): string {
  const range = /^(\d{4})(\s*[-\u2010-\u2014\u2212]\s*)(\d{2}|\d{4})$/.exec(label.trim());
  if (!range) return shiftYears(label, shift);
  const from = Number(range[1]) + shift;
  const end =
    range[3].length === 2
      ? String((Number(range[3]) + shift) % 100).padStart(2, '0')
      : String(Number(range[3]) + shift);
  return `${from}${range[2]}${end}`;
}

type Yaml = Record<string, unknown>;
const readYaml = (file: string) => parse(readFileSync(file, 'utf8')) as unknown;
const writeYaml = (file: string, data: unknown) => writeFileSync(file, stringify(data, { lineWidth: 0 }));

/**
 * Writes content/ and plans/ for `factor` times the content under `source` into `out` (replacing both).
 * `generations` (plan versions per region set) is lowered only by tests, to reach synthetic regions early
 * (and, in the browser tests of paged lists, to make every list long at 10×).
 */
export function generate(opts: { source: string; out: string; factor: number; generations?: number }): GenerateSummary {
  const { source, out, factor, generations = GENERATIONS } = opts;
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number ≥ 1, not ${factor}`);
  if (resolve(source) === resolve(out)) throw new Error('the output folder must not be the source folder');
  rmSync(join(out, 'content'), { recursive: true, force: true });
  rmSync(join(out, 'plans'), { recursive: true, force: true });
  mkdirSync(join(out, 'plans'), { recursive: true });
  // Directions, redirects and the vocabulary are national and shared by every copy.
  cpSync(join(source, 'content'), join(out, 'content'), { recursive: true });

  const sets = Math.ceil(factor / generations);
  const regions = readYaml(join(source, 'content', 'regions.yaml')) as Yaml[];
  const owners = readYaml(join(source, 'content', 'owners.yaml')) as Yaml[];
  const allRegions = [...regions];
  const allOwners = [...owners];
  for (let set = 1; set < sets; set++) {
    for (const r of regions) {
      allRegions.push({
        ...r,
        id: regionId(String(r.id), set),
        name: `${String(r.name)} (syntetisk ${set})`,
        shortName: `${String(r.shortName)} ${set}`,
        rcc: `${String(r.rcc)} ${set}`,
      });
    }
    for (const o of owners) {
      if (o.region === undefined) continue; // national owners serve every region set
      allOwners.push({ ...o, id: regionId(String(o.id), set), region: regionId(o.region as string, set) });
    }
  }
  writeYaml(join(out, 'content', 'regions.yaml'), allRegions);
  writeYaml(join(out, 'content', 'owners.yaml'), allOwners);
  const regionalOwners = new Set(owners.filter((o) => o.region !== undefined).map((o) => String(o.id)));

  const planDirs = readdirSync(join(source, 'plans'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  let plans = 0;
  let goals = 0;
  let chapters = 0;
  for (let k = 0; k < factor; k++) {
    const { set, shift } = copyOf(k, generations);
    for (const dir of planDirs) {
      const from = join(source, 'plans', dir);
      const plan = readYaml(join(from, 'plan.yaml')) as Yaml & {
        region: string;
        period: { from: number; to: number | null };
      };
      const region = regionId(plan.region, set);
      const period = { from: plan.period.from + shift, to: plan.period.to === null ? null : plan.period.to + shift };
      const folder = period.to === null ? `${region}-${period.from}` : `${region}-${period.from}-${period.to}`;
      const to = join(out, 'plans', folder);
      if (existsSync(to)) throw new Error(`two copies would share the folder plans/${folder}`);
      cpSync(from, to, { recursive: true });
      plans++;
      if (existsSync(join(from, 'kapitel')))
        chapters += readdirSync(join(from, 'kapitel')).filter((n) => n.endsWith('.mdx')).length;
      const goalsFile = join(from, 'goals.yaml');
      const goalList = existsSync(goalsFile) ? ((readYaml(goalsFile) as Yaml[] | null) ?? []) : [];
      goals += goalList.length;
      if (k === 0) continue; // the real plan, as it is
      const adoption = (plan.adoption as Yaml[] | undefined)?.map((a) =>
        typeof a.date === 'string' ? { ...a, date: shiftYears(a.date, shift) } : a,
      );
      writeYaml(join(to, 'plan.yaml'), {
        ...plan,
        region,
        period,
        title: shiftYears(String(plan.title), shift),
        adoption,
      });
      if (!existsSync(goalsFile)) continue;
      const owned = (id: string) => (regionalOwners.has(id) ? regionId(id, set) : id);
      writeYaml(
        join(to, 'goals.yaml'),
        goalList.map((g) => ({
          ...g,
          id: goalId(String(g.id), k),
          ...(Array.isArray(g.owners) ? { owners: g.owners.map((o) => owned(String(o))) } : {}),
          ...(typeof g.timeframe === 'string' ? { timeframe: shiftTimeframe(g.timeframe, shift) } : {}),
        })),
      );
    }
  }
  const redirectsFile = join(source, 'content', 'redirects.yaml');
  const redirects = existsSync(redirectsFile) ? ((readYaml(redirectsFile) as unknown[] | null) ?? []).length : 0;
  return { factor, regions: allRegions.length, owners: allOwners.length, plans, goals, chapters, redirects };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      factor: { type: 'string', default: '1' },
      out: { type: 'string' },
      // The repository's own content, wherever the command runs from.
      source: { type: 'string', default: join(import.meta.dirname, '..') },
    },
  });
  if (!values.out) throw new Error('usage: node bench/generate.ts --factor N --out DIR [--source DIR]');
  const summary = generate({ source: resolve(values.source), out: resolve(values.out), factor: Number(values.factor) });
  console.log(JSON.stringify(summary));
}
