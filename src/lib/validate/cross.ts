// Rules that hold files against each other: ids resolve, owners belong to the plan's region, timeframes
// fit the plan period, chapters and goals reach the directions their plan follows.
import { ID_PATTERN } from '../../schemas/common.ts';
import { goalAreas, type CoverageCell } from '../coverage.ts';
import type { ContentModel, PlanEntry } from '../model.ts';
import { composes, matchingEntries } from '../vocabulary.ts';
import { suggest } from '../suggest.ts';
import { formatPeriod, parseTimeframe, withinPeriod } from '../timeframe.ts';
import { makeIssue, type Issue, type Location } from './issue.ts';
import type { Goal } from '../../schemas/index.ts';
import { usable, usableItems } from './assemble.ts';
import type { LoadedFiles, Parsed, PlanFiles } from './load.ts';
import type { Salvaged } from './schema-check.ts';
import { checkPlaces } from './places.ts';
import { locate, type PathSegment, type YamlSource } from './source.ts';
import { checkTerms } from './terms.ts';

type At = (path: PathSegment[], key?: boolean) => Location;

const atIn =
  (source: YamlSource | undefined, file: string): At =>
  (path, key) =>
    source ? locate(source, path, key) : { file, line: 1, col: 1 };

export function crossCheck(files: LoadedFiles, model: ContentModel, cells: CoverageCell[]): Issue[] {
  const issues: Issue[] = [];
  const push = (...found: Issue[]) => issues.push(...found);

  // Ids are known from every record that has a well-formed id, even when another of its fields is faulty:
  // that fault is reported once, and references to the record are not reported as unknown as well.
  const regionIds = new Set(
    recordsOf(files.regions).flatMap((r) => (typeof r.fields.id === 'string' ? [r.fields.id] : [])),
  );
  const regionsRead = files.regions.data !== undefined || files.regions.records !== undefined;
  const ownerIds = new Map(
    recordsOf(files.owners).flatMap((r) =>
      typeof r.fields.id === 'string'
        ? [[r.fields.id, { region: r.fields.region as string | undefined }] as const]
        : [],
    ),
  );
  const directions: Map<string, { areas: { id: string }[]; unread?: boolean }> = new Map(
    model.directions.map((d) => [d.id, d]),
  );
  // A direction file that could not be read has its own error; plans and chapters naming it are not wrong.
  for (const d of files.directions) if (!directions.has(d.id)) directions.set(d.id, { areas: [], unread: true });

  // Unique ids within each registry.
  const atRegions = atIn(files.regions.source, files.regions.file);
  const regions = usableItems(files.regions);
  duplicates(
    regions.map((r) => ({ id: r.id, at: atRegions([r.index, 'id']) })),
    'en sjukvårdsregion',
    push,
  );
  const atOwners = atIn(files.owners.source, files.owners.file);
  const owners = usableItems(files.owners);
  duplicates(
    owners.map((o) => ({ id: o.id, at: atOwners([o.index, 'id']) })),
    'en ansvarig',
    push,
  );
  for (const d of files.directions) {
    const data = usable(d);
    if (!data) continue;
    const at = atIn(d.source, d.file);
    duplicates(
      data.areas.map((a, i) => ({ id: a.id, at: at(['areas', i, 'id']) })),
      'ett område',
      push,
    );
  }

  owners.forEach((owner) => {
    if (regionsRead && owner.region && !regionIds.has(owner.region)) {
      push(
        makeIssue(
          'unknown-region',
          { value: owner.region, known: [...regionIds].join(', ') },
          atOwners([owner.index, 'region']),
        ),
      );
    }
  });

  // Rules that need the whole set (every goal, every owner) stay quiet while some file could not be read:
  // that file's own error is the one to fix, and the rest would only repeat it.
  const allPlansRead = files.plans.every((p) => (!p.plan || p.plan.data) && (!p.goals || p.goals.data));
  const ownersRead = files.owners.data !== undefined || files.owners.records !== undefined;

  // Goal ids are unique across all plans: they are public addresses.
  const goalRefs: { id: string; at: Location }[] = [];
  const usedOwners = new Set<string>();

  for (const pf of files.plans) {
    const plan = model.plans.find((p) => p.id === pf.id);
    if (!plan || !pf.plan) continue;
    const atPlan = atIn(pf.plan.source, pf.plan.file);
    checkPlanMeta(pf, plan, atPlan, regionsRead ? regionIds : null, directions, push);
    checkChapters(pf, plan, directions, push);

    const goalsSource = pf.goals?.source;
    const atGoal = atIn(goalsSource, pf.goals?.file ?? `${pf.folder}/goals.yaml`);
    const chapterIds = plan.chapters.map((c) => c.id);
    const unreadableChapters = new Set(pf.chapters.filter((c) => !c.data).map((c) => c.id));
    const hasColumn = (key: string) => plan.columns.find((c) => c.key === key);

    // Every goal, also one with a faulty field: its well-formed fields are still checked. Rules about what
    // a faulty goal lacks stay quiet, as the fault (e.g. a misspelt key) may be where the value is.
    goalRecords(pf).forEach(({ goal, faulty }, i) => {
      const goalName = goal.id ?? `(mål ${i + 1})`;
      if (goal.id !== undefined) goalRefs.push({ id: goal.id, at: atGoal([i, 'id']) });
      // A chapter whose file exists but could not be read has its own error already.
      if (goal.chapter !== undefined && !chapterIds.includes(goal.chapter) && !unreadableChapters.has(goal.chapter)) {
        push(
          makeIssue(
            'unknown-chapter',
            { value: goal.chapter, folder: `${pf.folder}/kapitel/`, known: chapterIds.join(', ') || '(inga kapitel)' },
            atGoal([i, 'chapter']),
          ),
        );
      }
      const seen = new Set<string>();
      const goalOwners = goal.owners ?? [];
      goalOwners.forEach((ownerId, j) => {
        usedOwners.add(ownerId);
        const at = atGoal([i, 'owners', j]);
        if (seen.has(ownerId)) push(makeIssue('duplicate-owner', { value: ownerId }, at));
        seen.add(ownerId);
        const owner = ownerIds.get(ownerId);
        if (!owner) {
          if (ownersRead)
            push(makeIssue('unknown-owner', { value: ownerId, suggestion: suggest(ownerId, ownerIds.keys()) }, at));
        } else if (owner.region && owner.region !== plan.region) {
          push(
            makeIssue(
              'owner-region-mismatch',
              { value: ownerId, ownerRegion: owner.region, planRegion: plan.region },
              at,
            ),
          );
        }
      });

      const ownersColumn = hasColumn('owners');
      const timeframeColumn = hasColumn('timeframe');
      if (ownersColumn && goalOwners.length === 0 && !faulty) {
        push(makeIssue('missing-owners', { goal: goalName, label: ownersColumn.label }, atGoal([i, 'owners'])));
      }
      if (!ownersColumn && goalOwners.length > 0) {
        push(
          makeIssue(
            'column-not-declared',
            { goal: goalName, field: 'owners', planFile: pf.plan!.file },
            atGoal([i, 'owners']),
          ),
        );
      }
      if (goal.timeframe === null || goal.timeframe === undefined) {
        if (timeframeColumn && !faulty) {
          push(
            makeIssue('missing-timeframe', { goal: goalName, label: timeframeColumn.label }, atGoal([i, 'timeframe'])),
          );
        }
      } else {
        const at = atGoal([i, 'timeframe']);
        if (!timeframeColumn) {
          push(makeIssue('column-not-declared', { goal: goalName, field: 'timeframe', planFile: pf.plan!.file }, at));
        }
        const parsed = parseTimeframe(goal.timeframe);
        if (!parsed.ok) {
          const code = parsed.reason === 'reversed' ? 'timeframe-reversed' : 'timeframe-format';
          push(makeIssue(code, { value: goal.timeframe, detail: parsed.detail }, at));
        } else if (!withinPeriod(parsed.years, plan.period)) {
          push(makeIssue('timeframe-outside-period', { value: goal.timeframe, period: formatPeriod(plan.period) }, at));
        }
      }

      if (goal.areas) checkAreaMap(goal.areas, plan, pf, directions, (path) => atGoal([i, 'areas', ...path]), push);
      if (faulty || goal.chapter === undefined) return;
      const reached = goalAreas({ chapter: goal.chapter, areas: goal.areas }, plan);
      for (const directionId of plan.follows) {
        if (!directions.has(directionId) || directions.get(directionId)!.unread) continue;
        if ((reached[directionId] ?? []).length === 0 && chapterIds.includes(goal.chapter)) {
          push(makeIssue('goal-no-area', { goal: goalName, direction: directionId }, atGoal([i, 'id'])));
        }
      }
    });

    checkStatus(pf, plan, atPlan, push);
  }

  duplicates(goalRefs, 'ett mål', push);
  if (allPlansRead)
    checkRedirects(
      files,
      goalRefs.map((g) => g.id),
      model.plans.map((p) => p.id),
      push,
    );

  owners.forEach((owner) => {
    if (allPlansRead && !usedOwners.has(owner.id))
      push(makeIssue('owner-unused', { value: owner.id }, atOwners([owner.index, 'id'])));
  });

  push(...coverageIssues(files, model, cells));
  checkVocabulary(files, model, allPlansRead, push);
  checkPlaces(files, regionsRead ? regionIds : null, push);
  checkTerms(files, new Set(files.plans.map((p) => p.id)), push);
  return issues;
}

function checkPlanMeta(
  pf: PlanFiles,
  plan: PlanEntry,
  at: At,
  regionIds: Set<string> | null,
  directions: Map<string, unknown>,
  push: (...i: Issue[]) => void,
) {
  if (regionIds && !regionIds.has(plan.region)) {
    push(makeIssue('unknown-region', { value: plan.region, known: [...regionIds].join(', ') }, at(['region'])));
  }
  if (plan.period.to !== null && plan.period.to < plan.period.from) {
    push(
      makeIssue(
        'period-reversed',
        { from: String(plan.period.from), to: String(plan.period.to) },
        at(['period', 'to']),
      ),
    );
  }
  const expected =
    plan.period.to === null
      ? `${plan.region}-${plan.period.from}`
      : `${plan.region}-${plan.period.from}-${plan.period.to}`;
  // A folder name that is no id at all has its own error (file-name-id).
  if (pf.id !== expected && ID_PATTERN.test(pf.id))
    push(makeIssue('plan-folder-name', { folder: pf.id, expected }, at([])));
  plan.follows.forEach((d, i) => {
    if (!directions.has(d))
      push(makeIssue('unknown-direction', { value: d, known: [...directions.keys()].join(', ') }, at(['follows', i])));
  });
  plan.gaps.forEach((gap, i) => {
    checkAreaMap(
      { [gap.direction]: [gap.area] },
      plan,
      pf,
      directions as never,
      (path) => at(['gaps', i, path.length > 1 ? 'area' : 'direction']),
      push,
    );
  });
}

function checkChapters(
  pf: PlanFiles,
  plan: PlanEntry,
  directions: Map<string, { areas: { id: string }[]; unread?: boolean }>,
  push: (...i: Issue[]) => void,
) {
  const byOrder = new Map<number, string>();
  for (const chapter of plan.chapters) {
    const file = pf.chapters.find((c) => c.id === chapter.id)!;
    const at = atIn(file.source, file.file);
    const other = byOrder.get(chapter.order);
    if (other)
      push(makeIssue('duplicate-order', { chapter: chapter.id, other, order: String(chapter.order) }, at(['order'])));
    byOrder.set(chapter.order, chapter.id);
    checkAreaMap(chapter.areas, plan, pf, directions, (path) => at(['areas', ...path]), push);
    // Plans whose goals are not transcribed may list their structure without a mapping yet.
    if (plan.status === 'not-transcribed') continue;
    for (const directionId of plan.follows) {
      if (
        directions.has(directionId) &&
        !directions.get(directionId)!.unread &&
        (chapter.areas[directionId] ?? []).length === 0
      ) {
        push(makeIssue('chapter-unmapped', { chapter: chapter.id, direction: directionId }, at(['areas'])));
      }
    }
  }
}

function checkAreaMap(
  map: Record<string, string[]>,
  plan: PlanEntry,
  pf: PlanFiles,
  directions: Map<string, { areas: { id: string }[]; unread?: boolean }>,
  at: (path: PathSegment[]) => Location,
  push: (...i: Issue[]) => void,
) {
  for (const [directionId, areaIds] of Object.entries(map)) {
    const direction = directions.get(directionId);
    if (!direction) {
      push(
        makeIssue(
          'unknown-direction',
          { value: directionId, known: [...directions.keys()].join(', ') },
          at([directionId]),
        ),
      );
      continue;
    }
    if (direction.unread) continue;
    if (!plan.follows.includes(directionId)) {
      push(
        makeIssue('direction-not-followed', { value: directionId, planFile: pf.plan?.file ?? '' }, at([directionId])),
      );
    }
    const known = direction.areas.map((a) => a.id);
    areaIds.forEach((areaId, i) => {
      if (!known.includes(areaId)) {
        push(
          makeIssue(
            'unknown-area',
            { value: areaId, direction: directionId, known: known.join(', ') },
            at([directionId, i]),
          ),
        );
      }
    });
  }
}

function checkStatus(pf: PlanFiles, plan: PlanEntry, at: At, push: (...i: Issue[]) => void) {
  const count = plan.goals.length;
  if (plan.status === 'not-transcribed' && count > 0) {
    push(
      makeIssue(
        'status-mismatch',
        {
          detail: `Planen har status not-transcribed men ${pf.goals?.file} innehåller ${count} mål.`,
          hint: 'Ändra status till partial eller complete, eller ta bort målen.',
        },
        at(['status']),
      ),
    );
  }
  if (plan.status !== 'not-transcribed' && count === 0 && !(pf.goals && !pf.goals.data)) {
    push(
      makeIssue(
        'status-mismatch',
        {
          detail: `Planen har status ${plan.status} men har inga mål.`,
          hint: 'Lägg till målen i goals.yaml, eller ändra status till not-transcribed.',
        },
        at(['status']),
      ),
    );
  }
}

function coverageIssues(files: LoadedFiles, model: ContentModel, cells: CoverageCell[]): Issue[] {
  const issues: Issue[] = [];
  const plans = new Map(model.plans.map((p) => [p.id, p]));
  const planFiles = new Map(files.plans.map((p) => [p.id, p]));
  for (const cell of cells) {
    const plan = plans.get(cell.plan)!;
    const pf = planFiles.get(cell.plan)!;
    // Coverage of a plan whose metadata, goals or chapters could not be wholly read would only repeat that error.
    if (!pf.plan?.data || (pf.goals && !pf.goals.data) || pf.chapters.some((c) => !c.data)) continue;
    const at = atIn(pf.plan?.source, pf.plan?.file ?? pf.folder);
    if (cell.state === 'not-covered') {
      const follows = plan.follows.indexOf(cell.direction);
      issues.push(
        makeIssue('area-not-covered', { area: cell.area, direction: cell.direction }, at(['follows', follows])),
      );
    }
    const gapIndex = plan.gaps.findIndex((g) => g.direction === cell.direction && g.area === cell.area);
    if (gapIndex >= 0 && cell.goals.length > 0) {
      issues.push(
        makeIssue('gap-covered', { area: cell.area, count: String(cell.goals.length) }, at(['gaps', gapIndex])),
      );
    }
  }
  return issues;
}

// A redirect leads an old goal id to a goal, an old plan id to a plan, or a removed goal's id to its plan
// (published ids are a contract).
function checkRedirects(files: LoadedFiles, goalIds: string[], planIds: string[], push: (...i: Issue[]) => void) {
  const redirects = files.redirects;
  if (!redirects) return;
  const at = atIn(redirects.source, redirects.file);
  const known = new Set([...goalIds, ...planIds]);
  const items = usableItems(redirects);
  duplicates(
    items.map((r) => ({ id: r.from, at: at([r.index, 'from']) })),
    'en omdirigering',
    push,
  );
  items.forEach((r) => {
    if (known.has(r.from)) push(makeIssue('redirect-shadows-goal', { value: r.from }, at([r.index, 'from'])));
    if (r.removed && known.has(r.to) && !planIds.includes(r.to)) {
      const plan = files.plans.find((p) => usableItems(p.goals).some((g) => g.id === r.to))?.id;
      push(
        makeIssue('redirect-removed-not-plan', { from: r.from, value: r.to, suggestion: plan }, at([r.index, 'to'])),
      );
    } else if (!known.has(r.to)) {
      push(
        makeIssue(
          'redirect-target-missing',
          { from: r.from, value: r.to, suggestion: suggest(r.to, known) },
          at([r.index, 'to']),
        ),
      );
    }
  });
}

// The search vocabulary: each entry has parts or synonyms, a word's parts spell it, and some goal's text
// contains it (only said when every goals file could be read, like owner-unused).
function checkVocabulary(
  files: LoadedFiles,
  model: ContentModel,
  allGoalsRead: boolean,
  push: (...i: Issue[]) => void,
) {
  const vocabulary = files.vocabulary;
  if (!vocabulary) return;
  const at = atIn(vocabulary.source, vocabulary.file);
  const entries = usableItems(vocabulary);
  duplicates(
    entries.map((v) => ({ id: v.word, at: at([v.index, 'word']) })),
    'ett ord i sökordlistan',
    push,
  );
  const texts = model.plans.flatMap((p) => p.goals.map((g) => g.text));
  entries.forEach((entry) => {
    const i = entry.index;
    if (!entry.parts && !entry.synonyms)
      push(makeIssue('vocabulary-entry-empty', { word: entry.word }, at([i, 'word'])));
    if (entry.parts && !composes(entry.word, entry.parts)) {
      push(
        makeIssue(
          'vocabulary-parts-mismatch',
          { word: entry.word, parts: entry.parts.join(', '), joined: entry.parts.join('') },
          at([i, 'parts']),
        ),
      );
    }
    if (allGoalsRead && !texts.some((text) => matchingEntries(text, [entry]).length > 0)) {
      push(makeIssue('vocabulary-unused', { word: entry.word }, at([i, 'word'])));
    }
  });
}

function duplicates(entries: { id: string; at: Location }[], what: string, push: (...i: Issue[]) => void) {
  const first = new Map<string, Location>();
  for (const entry of entries) {
    const prior = first.get(entry.id);
    if (prior) push(makeIssue('duplicate-id', { id: entry.id, what, other: `${prior.file}:${prior.line}` }, entry.at));
    else first.set(entry.id, entry.at);
  }
}

/** A file's records: all of its data when it passed its schema, else each record as far as it could be read. */
function recordsOf<T>(p: Parsed<T[]> | null | undefined): Salvaged[] {
  if (!p) return [];
  if (p.data) return p.data.map((item) => ({ fields: item as Record<string, unknown>, complete: item, faulty: false }));
  return p.records ?? [];
}

/** Each goal of a plan's goals.yaml with its well-formed fields, in file order. */
function goalRecords(pf: PlanFiles): { goal: Partial<Goal>; faulty: boolean }[] {
  return recordsOf(pf.goals).map((r) => ({ goal: r.fields, faulty: r.faulty }));
}
