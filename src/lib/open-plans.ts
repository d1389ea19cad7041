// The public plan-version records behind /data/plans.json and /data/plans.csv: every published plan
// version with its adoption, source, lifecycle and how much of it is transcribed. A public interface like
// goals.json: fields are only added, and a change that breaks readers raises the version.
import type { Lifecycle, LifecycleState } from './lifecycle.ts';
import type { ContentModel } from './model.ts';
import { csvField } from './open-data.ts';
import { planPath } from './paths.ts';

export const PLANS_DATA_VERSION = 1;

export interface OpenPlan {
  id: string;
  region: string;
  title: string;
  titleConfirmed: boolean;
  period: { from: number; to: number | null };
  adoption: { body: string | null; date: string | null; note: string | null }[];
  source: { title: string; url: string; urlConfirmed: boolean };
  lifecycle: { state: LifecycleState; laterPlanKnown: boolean | null };
  transcription: string;
  status: string;
  goalCount: number;
  url: string;
  /** The directions the plan follows; `assessed` when that is the site's assessment, not its sources' word. */
  follows: { direction: string; assessed: boolean }[];
}

export function openPlans(model: ContentModel, states: Map<string, Lifecycle>, site?: string): OpenPlan[] {
  return model.plans.map((plan) => {
    const lifecycle = states.get(plan.id) ?? { state: 'draft' };
    const path = planPath(plan.id);
    return {
      id: plan.id,
      region: plan.region,
      title: plan.title,
      titleConfirmed: plan.titleConfirmed,
      period: { from: plan.period.from, to: plan.period.to },
      adoption: plan.adoption.map((a) => ({ body: a.body ?? null, date: a.date ?? null, note: a.note ?? null })),
      source: { title: plan.source.title, url: plan.source.url, urlConfirmed: plan.source.urlConfirmed },
      lifecycle: { state: lifecycle.state, laterPlanKnown: lifecycle.state === 'ended' ? lifecycle.laterKnown : null },
      transcription: plan.status,
      // The public status sentence only; editors' notes are never published.
      status: plan.statusNote,
      goalCount: plan.goals.length,
      url: site ? new URL(path, site).href : path,
      follows: plan.follows.map((direction) => ({ direction, assessed: plan.followsAssessed.includes(direction) })),
    };
  });
}

export function plansJson(plans: OpenPlan[], contentDate: string): string {
  return `${JSON.stringify({ version: PLANS_DATA_VERSION, contentDate, plans }, null, 2)}\n`;
}

export const PLANS_CSV_COLUMNS = [
  'id',
  'region',
  'title',
  'title_confirmed',
  'period_from',
  'period_to',
  'adoption',
  'source_title',
  'source_url',
  'source_url_confirmed',
  'lifecycle',
  'later_plan_known',
  'transcription',
  'status',
  'goal_count',
  'url',
  'follows',
] as const;

/** One decision as "body, date (note)", leaving out what is unknown. */
function adoptionText(a: OpenPlan['adoption'][number]): string {
  const head = [a.body, a.date].filter(Boolean).join(', ');
  return a.note ? (head ? `${head} (${a.note})` : a.note) : head;
}

export function plansCsv(plans: OpenPlan[]): string {
  const rows = plans.map((p) =>
    [
      p.id,
      p.region,
      p.title,
      p.titleConfirmed,
      p.period.from,
      p.period.to,
      p.adoption.map(adoptionText).join('; '),
      p.source.title,
      p.source.url,
      p.source.urlConfirmed,
      p.lifecycle.state,
      p.lifecycle.laterPlanKnown,
      p.transcription,
      p.status,
      p.goalCount,
      p.url,
      // "direction" or "direction (bedömning)" when the link is the site's assessment.
      p.follows.map((f) => (f.assessed ? `${f.direction} (bedömning)` : f.direction)).join('; '),
    ]
      .map(csvField)
      .join(','),
  );
  return `${[PLANS_CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
