// Builds small content models for unit tests of the pure derivation functions.
import type { ContentModel, GoalEntry, PlanEntry } from '../../src/lib/model.ts';

export function goal(plan: string, id: string, extra: Partial<GoalEntry> = {}): GoalEntry {
  return {
    id,
    plan,
    chapter: 'k1',
    text: `Mål ${id}`,
    owners: [],
    timeframe: null,
    years: null,
    file: 'x',
    line: 1,
    ...extra,
  };
}

export function plan(id: string, region: string, extra: Partial<PlanEntry> = {}): PlanEntry {
  const [, from, to] = /-(\d{4})(?:-(\d{4}))?$/.exec(id) ?? [];
  return {
    id,
    region,
    title: `Plan ${id}`,
    titleConfirmed: true,
    copyConfirmed: true,
    period: { from: Number(from), to: to ? Number(to) : null },
    adoption: [{ body: 'Nämnden' }],
    source: { title: 'Källa', url: 'https://example.org/', urlConfirmed: true },
    references: [],
    follows: ['vf'],
    followsAssessed: [],
    followsComplete: false,
    levels: { chapter: 'kapitel', goal: 'mål' },
    columns: [{ key: 'goal', label: 'Mål' }],
    status: 'complete',
    statusNote: 'Test.',
    gaps: [],
    introFile: null,
    introTitle: null,
    chapters: [{ id: 'k1', plan: id, file: 'k1.mdx', title: 'Kapitel', order: 1, areas: { vf: ['a1'] } }],
    goals: [],
    ...extra,
  };
}

export function model(plans: PlanEntry[]): ContentModel {
  return {
    regions: [
      {
        id: 'norr',
        name: 'Norr',
        shortName: 'Norr',
        rcc: 'RCC Norr',
        members: ['X'],
        memberParts: {},
        formerNames: [],
      },
      { id: 'syd', name: 'Syd', shortName: 'Syd', rcc: 'RCC Syd', members: ['Y'], memberParts: {}, formerNames: [] },
    ],
    owners: [
      { id: 'o1', name: 'Regionerna', kind: 'regionerna', region: 'norr' },
      { id: 'o2', name: 'RCC Syd', kind: 'rcc', region: 'syd' },
    ],
    directions: [
      {
        id: 'vf',
        title: 'Ramverk',
        shortTitle: 'VF',
        publisher: 'P',
        status: 'provisional',
        provenance: 'Test.',
        areas: [
          { id: 'a1', title: 'Område 1' },
          { id: 'a2', title: 'Område 2' },
        ],
      },
    ],
    plans,
    redirects: [],
  };
}
