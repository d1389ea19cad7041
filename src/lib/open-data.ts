// The public goal records behind /data/goals.json and /data/goals.csv. This shape is a public interface:
// change it only together with the README's description and the version number.
import { goalAreas } from './coverage.ts';
import type { ContentModel } from './model.ts';
import { goalPath } from './paths.ts';

export const OPEN_DATA_VERSION = 1;

export interface OpenGoal {
  id: string;
  plan: string;
  region: string;
  chapter: { number: string | null; title: string };
  number: string | null;
  text: string;
  owners: { id: string; name: string }[];
  timeframe: { label: string; from: number; to: number } | null;
  areas: Record<string, string[]>;
  url: string;
  /** The directions in `areas` whose areas are provisional stand-ins (the direction's own areas were not read). */
  provisionalAreas: string[];
}

export function openGoals(model: ContentModel, site?: string): OpenGoal[] {
  const owners = new Map(model.owners.map((o) => [o.id, o]));
  const provisional = new Set(model.directions.filter((d) => d.status === 'provisional').map((d) => d.id));
  return model.plans.flatMap((plan) =>
    plan.goals.map((goal) => {
      const chapter = plan.chapters.find((c) => c.id === goal.chapter)!;
      const path = goalPath(goal.id);
      return {
        id: goal.id,
        plan: plan.id,
        region: plan.region,
        chapter: { number: chapter.number ?? null, title: chapter.title },
        number: goal.number ?? null,
        text: goal.text,
        owners: goal.owners.map((id) => ({ id, name: owners.get(id)!.name })),
        timeframe: goal.timeframe !== null && goal.years ? { label: goal.timeframe, ...goal.years } : null,
        areas: goalAreas(goal, plan),
        url: site ? new URL(path, site).href : path,
        provisionalAreas: Object.keys(goalAreas(goal, plan)).filter((d) => provisional.has(d)),
      };
    }),
  );
}

export function goalsJson(goals: OpenGoal[]): string {
  return `${JSON.stringify({ version: OPEN_DATA_VERSION, goals }, null, 2)}\n`;
}

export const CSV_COLUMNS = [
  'id',
  'plan',
  'region',
  'chapter_number',
  'chapter_title',
  'number',
  'text',
  'owner_ids',
  'owner_names',
  'timeframe',
  'timeframe_from',
  'timeframe_to',
  'areas',
  'url',
  'provisional_areas',
] as const;

/**
 * A cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return)
 * gets a leading apostrophe, which Excel and LibreOffice read as "this is text". The check already refuses
 * such text in content (spreadsheet-formula; `-` excepted, as prose may start with a dash or a negative
 * figure), so this only guards against what slips past it. Numbers are written as numbers.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

// RFC 4180: quote every field that holds a comma, quote or line break; double inner quotes.
export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The UTF-8 byte order mark: without it Excel reads a CSV file as the local code page and garbles å, ä, ö. */
export const CSV_BOM = '\uFEFF';

export function goalsCsv(goals: OpenGoal[]): string {
  const rows = goals.map((g) =>
    [
      g.id,
      g.plan,
      g.region,
      g.chapter.number,
      g.chapter.title,
      g.number,
      g.text,
      g.owners.map((o) => o.id).join('; '),
      g.owners.map((o) => o.name).join('; '),
      g.timeframe?.label ?? null,
      g.timeframe?.from ?? null,
      g.timeframe?.to ?? null,
      Object.entries(g.areas)
        .flatMap(([direction, areas]) => areas.map((a) => `${direction}:${a}`))
        .join('; '),
      g.url,
      g.provisionalAreas.join('; '),
    ]
      .map(csvField)
      .join(','),
  );
  return `${CSV_BOM}${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
