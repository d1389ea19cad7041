// The Starlight side of the benchmark (bench/README.md): the same plans as Markdown pages in a Starlight
// project, so both sites are built from the same chapters and goal tables. Per plan a page with its
// introduction, its chapters' prose and their goal tables; per goal a page with its text and facts; a start
// page listing the plans.
//
// Usage: node bench/starlight-site.ts --content DIR --out DIR
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { goalAreas } from '../src/lib/coverage.ts';
import type { ContentModel, GoalEntry, PlanEntry } from '../src/lib/model.ts';
import { formatPeriod } from '../src/lib/timeframe.ts';
import { validate } from '../src/lib/validate/index.ts';

/** The Starlight package: its config, content config and node_modules (installed with `npm ci`). */
export const STARLIGHT_DIR = join(import.meta.dirname, 'starlight');

const yamlString = (s: string) => JSON.stringify(s);
const cell = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const body = (file: string) => {
  const text = readFileSync(file, 'utf8');
  const end = text.startsWith('---') ? text.indexOf('\n---', 3) : -1;
  return (end >= 0 ? text.slice(text.indexOf('\n', end + 1) + 1) : text).trim();
};
const page = (title: string, description: string, content: string) =>
  `---\ntitle: ${yamlString(title)}\ndescription: ${yamlString(description)}\n---\n\n${content.trim()}\n`;

function goalTable(model: ContentModel, plan: PlanEntry, goals: GoalEntry[]): string {
  const owners = new Map(model.owners.map((o) => [o.id, o.name]));
  const cols = plan.columns;
  const row = (g: GoalEntry) =>
    cols.map((c) => {
      if (c.key === 'goal') return `[${cell(g.number ? `${g.number} ${g.text}` : g.text)}](/mal/${g.id}/)`;
      if (c.key === 'owners') return cell(g.owners.map((o) => owners.get(o) ?? o).join(', '));
      return cell(g.timeframe ?? '');
    });
  return [
    `| ${cols.map((c) => cell(c.label)).join(' | ')} |`,
    `| ${cols.map(() => '---').join(' | ')} |`,
    ...goals.map((g) => `| ${row(g).join(' | ')} |`),
  ].join('\n');
}

function planPage(root: string, model: ContentModel, plan: PlanEntry): string {
  const region = model.regions.find((r) => r.id === plan.region)!;
  const parts = [
    `**${region.name}**, ${formatPeriod(plan.period)}. Källa: [${cell(plan.source.title)}](${plan.source.url}).`,
    plan.statusNote,
  ];
  if (plan.introFile) parts.push(`## ${plan.introTitle ?? 'Inledning'}`, body(join(root, plan.introFile)));
  for (const chapter of plan.chapters) {
    parts.push(`## ${chapter.number ? `${chapter.number}. ` : ''}${chapter.title}`);
    // Chapter prose is Markdown without MDX features (the validator's MDX policy), so it is used as it is.
    const prose = body(join(root, chapter.file)).replace(/^(#+) /gm, '$1## ');
    if (prose) parts.push(prose);
    const goals = plan.goals.filter((g) => g.chapter === chapter.id);
    if (goals.length) parts.push(goalTable(model, plan, goals));
  }
  return page(plan.title, `${region.name}, ${formatPeriod(plan.period)}`, parts.join('\n\n'));
}

function goalPage(model: ContentModel, plan: PlanEntry, goal: GoalEntry): string {
  const owners = new Map(model.owners.map((o) => [o.id, o.name]));
  const chapter = plan.chapters.find((c) => c.id === goal.chapter);
  const areas = Object.entries(goalAreas(goal, plan)).flatMap(([d, ids]) => {
    const direction = model.directions.find((x) => x.id === d);
    return ids.map((a) => direction?.areas.find((x) => x.id === a)?.title ?? a);
  });
  const label = goal.number ? `Mål ${goal.number}` : 'Mål';
  const facts = [
    `- **Plan:** [${cell(plan.title)}](/planer/${plan.id}/)`,
    chapter ? `- **Kapitel:** ${chapter.number ? `${chapter.number}. ` : ''}${chapter.title}` : '',
    goal.owners.length ? `- **Ansvariga:** ${goal.owners.map((o) => owners.get(o) ?? o).join(', ')}` : '',
    goal.timeframe ? `- **Tidsram:** ${goal.timeframe}` : '',
    areas.length ? `- **Områden:** ${areas.join(', ')}` : '',
  ].filter(Boolean);
  const title = `${label}: ${goal.text.length > 70 ? `${goal.text.slice(0, 67)}…` : goal.text}`;
  return page(title, goal.text.replace(/\s+/g, ' ').slice(0, 160), `${goal.text}\n\n${facts.join('\n')}`);
}

/**
 * Writes a Starlight project for the content under `content` into `out` (its pages replaced, its
 * node_modules kept when there); returns the number of Markdown pages.
 */
export function writeStarlightSite(content: string, out: string): { pages: number } {
  const result = validate(content);
  if (!result.ok) throw new Error(`the content under ${content} does not pass the check`);
  const model = result.model;
  rmSync(join(out, 'src'), { recursive: true, force: true });
  const docs = join(out, 'src', 'content', 'docs');
  mkdirSync(join(docs, 'planer'), { recursive: true });
  mkdirSync(join(docs, 'mal'), { recursive: true });
  cpSync(join(STARLIGHT_DIR, 'astro.config.mjs'), join(out, 'astro.config.mjs'));
  cpSync(join(STARLIGHT_DIR, 'package.json'), join(out, 'package.json'));
  cpSync(join(STARLIGHT_DIR, 'src', 'content.config.mjs'), join(out, 'src', 'content.config.mjs'));
  linkNodeModules(join(STARLIGHT_DIR, 'node_modules'), join(out, 'node_modules'));

  let pages = 1;
  const list = model.plans.map((p) => `- [${cell(p.title)}](/planer/${p.id}/) (${p.goals.length} mål)`);
  writeFileSync(
    join(docs, 'index.md'),
    page('Regionala cancerplaner', 'Sveriges regionala cancerplaner', list.join('\n')),
  );
  for (const plan of model.plans) {
    writeFileSync(join(docs, 'planer', `${plan.id}.md`), planPage(content, model, plan));
    pages++;
    for (const goal of plan.goals) {
      writeFileSync(join(docs, 'mal', `${goal.id}.md`), goalPage(model, plan, goal));
      pages++;
    }
  }
  return { pages };
}

/**
 * Gives a temporary project its own node_modules with the same packages: hard links when both folders are
 * on one file system (fast, no space), else a copy. Its caches (node_modules/.astro) stay its own, and
 * every file lies inside the project, which Astro needs for components shipped in packages (Starlight's).
 */
export function linkNodeModules(from: string, to: string): void {
  if (!existsSync(from)) throw new Error(`${from} is missing: run npm ci there first`);
  if (existsSync(to)) return;
  const linked = spawnSync('cp', ['-al', from, to], { stdio: 'ignore' });
  if (linked.status !== 0) {
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  }
  // Caches are the project's own: never write through a hard link into the original's.
  for (const cache of ['.astro', '.vite', '.cache']) rmSync(join(to, cache), { recursive: true, force: true });
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' } } });
  if (!values.content || !values.out) throw new Error('usage: node bench/starlight-site.ts --content DIR --out DIR');
  console.log(JSON.stringify(writeStarlightSite(resolve(values.content), resolve(values.out))));
}
