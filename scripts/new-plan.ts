// `npm run new-plan -- <region> <från> <till> [--with-goals] [--root DIR]`: starts a new plan version from
// the region's latest adopted one, as a draft: it passes `npm run check` (with a draft-unedited warning) and
// is not published until it records an adoption decision (only `npm run dev` or BUILD_DRAFTS=1 show it).
//
// Creates plans/<region>-<från>-<till>/ with
//   plan.yaml      the new period; the title with the old years replaced; titleConfirmed: false and
//                  copyConfirmed: false (the copied prose, areas and follows are unreviewed); no adoption
//                  decisions (so it is a draft) and no references yet; followsComplete dropped; status
//                  not-transcribed (partial with --with-goals); a short public statusNote saying it is a
//                  draft, and editorNotes saying where it comes from and what must be checked
//   inledning.mdx, kapitel/*.mdx   copied as they are (frontmatter and text)
//   goals.yaml     only with --with-goals: the old goals with new ids (norr22- → norr25-, always unique),
//                  text, owners and chapter kept, and the timeframe set to the whole new period when the plan
//                  has a timeframe column (the validator requires one; the editor must check each).
// It never overwrites an existing folder, reads and writes through the one door to the disk (no link
// followed, regular files only), and reads everything before it writes anything.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Document, isMap, isScalar, isSeq, Scalar, type YAMLMap } from 'yaml';
import { parseCli, reportStop, rootOption } from '../src/lib/cli.ts';
import { validate } from '../src/lib/validate/index.ts';
import { readContentYaml, type ContentYaml } from '../src/lib/validate/load.ts';
import { formatText } from '../src/lib/validate/report.ts';
import { MAX_FILE_BYTES } from '../src/lib/validate/source.ts';
import { entryKind, listEntries, pathInside, readInside, refusedSv, writeInside } from '../src/lib/validate/tree.ts';
import { planTag } from '../src/lib/goal-ids.ts';
import { previousVersion } from '../src/lib/lifecycle.ts';
import { suggest } from '../src/lib/suggest.ts';
import { isRecord, recordsOf, stringField } from '../src/lib/untyped.ts';
import { CONTENT_FILES, pathOf } from '../src/schemas/files.ts';
import { uniqueId } from '../src/schemas/ids.ts';
import { yearSchema } from '../src/schemas/index.ts';

export class NewPlanError extends Error {}

export interface NewPlanOptions {
  root: string;
  region: string;
  from: number;
  to: number;
  withGoals: boolean;
}

export interface NewPlanResult {
  /** The new plan's id and folder name, e.g. "norr-2025-2027". */
  id: string;
  /** The plan version it was started from. */
  source: string;
  title: string;
  chapters: number;
  intro: boolean;
  /** Old goal id → new goal id, in the plan's order (empty without --with-goals). */
  goalIds: Map<string, string>;
  hasTimeframeColumn: boolean;
  /** What the editor must still do, in Swedish. */
  todo: string[];
}

interface Period {
  from: number;
  to: number | null;
}

interface PlanVersion {
  id: string;
  region: string;
  period: Period;
  title: string;
  /** Its adoption decisions as written; a draft has none. */
  adoption: unknown[];
}

const yy = (year: number) => String(year).slice(-2);

/** The title (or any text) with the old plan's years replaced by the new ones, in one pass. */
export function replaceYears(text: string, old: Period, next: { from: number; to: number }): string {
  const range = `${next.from}–${next.to}`;
  // "2015 och framåt": an open period becomes the new closed one.
  let out = old.to === null ? text.replace(new RegExp(`\\b${old.from}\\s+och\\s+framåt`, 'g'), range) : text;
  const map = new Map<string, string>([[String(old.from), String(next.from)]]);
  if (old.to !== null) map.set(String(old.to), String(next.to));
  out = out.replace(new RegExp(`\\b(${[...map.keys()].join('|')})\\b`, 'g'), (year) => map.get(year)!);
  return out;
}

/**
 * New ids for carried-over goals: the plan tag's year is replaced ("norr22-x" → "norr25-x"); an id without
 * such a tag gets one ("x" → "norr25-x"). Each new id is unique among `taken`, with "-2", "-3" … if needed.
 */
export function newGoalIds(
  oldIds: string[],
  region: string,
  oldFrom: number,
  newFrom: number,
  taken: Set<string>,
): Map<string, string> {
  const used = new Set(taken);
  const out = new Map<string, string>();
  for (const id of oldIds) {
    const [tag, ...rest] = id.split('-');
    const m = /^(.*?)(\d{2})$/.exec(tag);
    let base: string;
    if (m && m[1] && m[2] === yy(oldFrom) && rest.length > 0) base = [`${m[1]}${yy(newFrom)}`, ...rest].join('-');
    else base = `${planTag(region, newFrom)}-${id}`;
    const candidate = uniqueId(base, used);
    used.add(candidate);
    out.set(id, candidate);
  }
  return out;
}

/**
 * A content file read through the validator's loader. A file that is there but cannot be read stops the
 * script with the validator's messages; an absent one is undefined.
 */
function readYaml(root: string, file: string): ContentYaml | undefined {
  const read = readContentYaml(root, file);
  if (read.issues.some((i) => i.code === 'file-missing')) return undefined;
  if (read.issues.length > 0) {
    throw new NewPlanError(
      `${file} kan inte läsas. Rätta den först (npm run check visar samma fel):\n\n${formatText(read.issues)}`,
    );
  }
  return read;
}

/** The real folders (never links) in a folder, sorted. */
function listDirs(dir: string): string[] {
  return listEntries(dir).filter((name) => entryKind(join(dir, name)) === 'dir');
}

/** A file of the old plan, read through the door; null when absent. A link, folder or FIFO stops the script. */
function readPlanFile(root: string, rel: string): Buffer | null {
  const read = readInside(root, rel, MAX_FILE_BYTES);
  if (read.ok) return read.bytes;
  if (read.reason === 'missing') return null;
  throw new NewPlanError(
    `${rel} är ingen vanlig fil (${read.reason === 'not-file' ? 'en mapp eller en specialfil' : refusedSv(read.reason)}). Rätta den först (npm run check visar samma fel); ingenting har skapats.`,
  );
}

/** The chapter files (name → bytes) of the old plan, all read before anything is written. */
function readChapters(root: string, planId: string): Map<string, Buffer> {
  const rel = `plans/${planId}/kapitel`;
  const where = pathInside(root, rel);
  if (where.ok && where.kind === 'missing') return new Map();
  if (!where.ok || where.kind !== 'dir') {
    throw new NewPlanError(
      `${rel} är ingen vanlig mapp (en länk eller en fil). Rätta den först (npm run check visar samma fel); ingenting har skapats.`,
    );
  }
  const out = new Map<string, Buffer>();
  for (const name of listEntries(where.abs).filter((n) => n.endsWith('.mdx'))) {
    out.set(name, readPlanFile(root, `${rel}/${name}`)!);
  }
  return out;
}

/** The region's plan versions, newest first (by first year, then last year; an open end counts as newest). */
export function planVersions(root: string, region: string): PlanVersion[] {
  const out: PlanVersion[] = [];
  for (const id of listDirs(join(root, 'plans'))) {
    const data = readYaml(root, pathOf(CONTENT_FILES.plan, id))?.data as
      { region?: unknown; title?: unknown; period?: { from?: unknown; to?: unknown }; adoption?: unknown } | undefined;
    if (!data || data.region !== region || typeof data.period?.from !== 'number') continue;
    const to = typeof data.period.to === 'number' ? data.period.to : null;
    const adoption = Array.isArray(data.adoption) ? (data.adoption as unknown[]) : [];
    out.push({ id, region, period: { from: data.period.from, to }, title: stringField(data, 'title') ?? id, adoption });
  }
  return out;
}

/** Every goal id and redirected id in the content: a new id must be none of them. */
function takenIds(root: string): Set<string> {
  const taken = new Set<string>();
  for (const id of listDirs(join(root, 'plans'))) {
    const goals = readYaml(root, pathOf(CONTENT_FILES.goals, id))?.data;
    for (const g of recordsOf(goals)) {
      const id = stringField(g, 'id');
      if (id !== undefined) taken.add(id);
    }
  }
  const redirects = readYaml(root, pathOf(CONTENT_FILES.redirects))?.data;
  for (const r of recordsOf(redirects)) {
    for (const key of ['from', 'to']) {
      const id = stringField(r, key);
      if (id !== undefined) taken.add(id);
    }
  }
  return taken;
}

const block = (text: string) => {
  const s = new Scalar(text);
  s.type = Scalar.BLOCK_FOLDED;
  return s;
};

const quoted = (text: string) => {
  const s = new Scalar(text);
  s.type = Scalar.QUOTE_DOUBLE;
  return s;
};

/**
 * A top-level `key: value` on one line. The yaml library folds long plain scalars over several lines; valid,
 * but an editor expects a title on one line as in the other plans.
 */
function oneLine(text: string, key: string, value: string): string {
  const single = new Document(value).toString({ lineWidth: 0 }).trimEnd();
  return text.replace(new RegExp(`^${key}:.*\\n(?:  .*\\n)*`, 'm'), () => `${key}: ${single}\n`);
}

/** Leading comment lines with the years replaced, then a line saying where the draft comes from. */
function withHeader(text: string, header: (line: string) => string, note: string): string {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && lines[i].startsWith('#')) {
    lines[i] = header(lines[i]);
    i++;
  }
  lines.splice(i, 0, `# ${note}`);
  return lines.join('\n');
}

function checkArgs(opts: NewPlanOptions): void {
  const regions = readYaml(opts.root, pathOf(CONTENT_FILES.regions))?.data;
  if (!Array.isArray(regions)) {
    throw new NewPlanError(
      `Hittar inte content/regions.yaml under ${opts.root}. Kör skriptet i projektmappen eller ange --root.`,
    );
  }
  const known = regions.map((r) => stringField(r, 'id') ?? '');
  if (!known.includes(opts.region)) {
    const best = suggest(opts.region, known);
    throw new NewPlanError(
      `Sjukvårdsregionen "${opts.region}" finns inte i content/regions.yaml.${best ? ` Menade du "${best}"?` : ''} Välj en av: ${known.join(', ')}.`,
    );
  }
  for (const [name, year] of [
    ['Startåret', opts.from],
    ['Slutåret', opts.to],
  ] as const) {
    if (!yearSchema.safeParse(year).success) {
      throw new NewPlanError(`${name} måste vara ett årtal med fyra siffror mellan 1990 och 2100, t.ex. 2025.`);
    }
  }
  if (opts.to < opts.from) {
    throw new NewPlanError(`Slutåret ${opts.to} ligger före startåret ${opts.from}. Skriv startåret först.`);
  }
}

export function newPlan(opts: NewPlanOptions): NewPlanResult {
  checkArgs(opts);
  const id = `${opts.region}-${opts.from}-${opts.to}`;
  const folder = join(opts.root, 'plans', id);
  const target = pathInside(opts.root, `plans/${id}`);
  if (!target.ok || target.kind !== 'missing') {
    throw new NewPlanError(
      `Mappen plans/${id}/ finns redan. Skriptet skriver aldrig över en plan; byt namn på eller ta bort mappen om du vill börja om.`,
    );
  }
  // Start from the version the new one follows, by the rule the check compares drafts with.
  const previous = previousVersion(planVersions(opts.root, opts.region), { region: opts.region, from: opts.from });
  if (!previous) {
    throw new NewPlanError(
      `Det finns ingen antagen plan för "${opts.region}" som börjar ${opts.from} eller tidigare i plans/ att utgå från. Ett utkast utgår aldrig från ett annat utkast. Skapa mappen för hand med en annan plans filer som mall.`,
    );
  }
  const next = { from: opts.from, to: opts.to };
  const years = (text: string) => replaceYears(text, previous.period, next);
  const draftNote = `Utkast skapat med npm run new-plan från plans/${previous.id}/.`;

  // Goals first: the plan's status and statusNote depend on whether any are carried over.
  const planDoc = readYaml(opts.root, pathOf(CONTENT_FILES.plan, previous.id))?.doc;
  if (!planDoc || !isMap(planDoc.contents)) {
    throw new NewPlanError(
      `plans/${previous.id}/plan.yaml kan inte läsas. Rätta den först (npm run check visar felet).`,
    );
  }
  const plan: unknown = planDoc.toJS();
  const hasTimeframeColumn = recordsOf(isRecord(plan) ? plan.columns : undefined).some(
    (c) => stringField(c, 'key') === 'timeframe',
  );
  const range = `${opts.from}–${opts.to}`;

  let goalsText: string | null = null;
  let goalIds = new Map<string, string>();
  const goalsDoc = opts.withGoals ? readYaml(opts.root, pathOf(CONTENT_FILES.goals, previous.id))?.doc : undefined;
  if (goalsDoc) {
    const nodes: unknown[] = isSeq(goalsDoc.contents) ? goalsDoc.contents.items : [];
    const items = nodes.filter((n): n is YAMLMap<unknown, unknown> => isMap(n));
    const ids = items.map((g) => g.get('id')).filter((v): v is string => typeof v === 'string');
    goalIds = newGoalIds(ids, opts.region, previous.period.from, opts.from, takenIds(opts.root));
    for (const goal of items) {
      const oldId = goal.get('id');
      if (typeof oldId === 'string') goal.set('id', goalIds.get(oldId));
      if (hasTimeframeColumn) goal.set('timeframe', quoted(range));
      else goal.delete('timeframe');
    }
    if (goalIds.size > 0) {
      goalsText = withHeader(goalsDoc.toString({ lineWidth: 100, flowCollectionPadding: false }), years, draftNote);
    }
  }
  // Every file of the old plan is read (through the door) before anything is written.
  const introBytes = readPlanFile(opts.root, `plans/${previous.id}/inledning.mdx`);
  const intro = introBytes !== null;
  const chapterBytes = readChapters(opts.root, previous.id);
  const chapterFiles = [...chapterBytes.keys()];
  const prose = [intro ? 'Inledningen' : '', chapterFiles.length > 0 ? 'kapitlen' : ''].filter(Boolean).join(' och ');

  const carried = goalIds.size;
  const planTitle = planDoc.get('title');
  const title = years(typeof planTitle === 'string' ? planTitle : previous.title);
  const statusNote = `Utkast till en ny planversion för ${range}. Uppgifterna är inte kontrollerade mot den nya planen.`;
  const editorNotes = [
    `Utkast till en ny planversion för ${range}, påbörjat från den tidigare planen ${previous.id}.`,
    'Titeln, källan och besluten är inte kontrollerade mot den nya planen ännu.',
    prose
      ? `${prose[0].toUpperCase()}${prose.slice(1)} är kopierade från den tidigare planen och ska jämföras med den nya planens text.`
      : '',
    carried > 0
      ? `De ${carried} målen är kopierade från den tidigare planen med nya id:n; deras text, ansvariga och kapitel ska jämföras med den nya planen.` +
        (hasTimeframeColumn
          ? ` Tidsramarna är satta till hela planperioden ${range} och måste kontrolleras mot planen.`
          : '')
      : 'Målen är inte överförda.',
  ]
    .filter(Boolean)
    .join(' ');

  const map = planDoc.contents;
  planDoc.set('title', title);
  // titleConfirmed and copyConfirmed (false) follow the title: what the editor must confirm, together.
  for (const key of ['copyConfirmed', 'titleConfirmed']) {
    if (planDoc.has(key)) planDoc.set(key, false);
    else {
      const at = map.items.findIndex((p) => isScalar(p.key) && p.key.value === 'title');
      map.items.splice(at + 1, 0, planDoc.createPair(key, false) as (typeof map.items)[number]);
    }
  }
  planDoc.setIn(['period', 'from'], opts.from);
  planDoc.setIn(['period', 'to'], opts.to);
  planDoc.set('adoption', planDoc.createNode([]));
  planDoc.delete('references');
  // Whether the new plan's text states every framework it follows is unknown until it is read.
  planDoc.delete('followsComplete');
  planDoc.set('status', carried > 0 ? 'partial' : 'not-transcribed');
  planDoc.set('statusNote', block(statusNote));
  planDoc.set('editorNotes', block(editorNotes));
  const planText = withHeader(
    oneLine(planDoc.toString({ lineWidth: 100, flowCollectionPadding: false }), 'title', title),
    years,
    draftNote,
  );

  // Write only once everything has been read and built, through the door; a write that is refused
  // removes the folder this run made, so no half-made plan is left behind.
  const writes: [string, string | Buffer][] = [
    ['plan.yaml', planText],
    ...(goalsText !== null ? [['goals.yaml', goalsText] as [string, string]] : []),
    ...(introBytes !== null ? [['inledning.mdx', introBytes] as [string, Buffer]] : []),
    ...[...chapterBytes].map(([name, bytes]): [string, Buffer] => [`kapitel/${name}`, bytes]),
  ];
  for (const [name, data] of writes) {
    const written = writeInside(opts.root, `plans/${id}/${name}`, data);
    if (!written.ok) {
      rmSync(folder, { recursive: true, force: true });
      throw new NewPlanError(
        `plans/${id}/${name} kunde inte skrivas (${refusedSv(written.reason)}); ingenting har skapats.`,
      );
    }
  }

  const todo = [
    `Kontrollera titeln ("${title}") mot den nya planen och ta bort raden titleConfirmed: false när den stämmer.`,
    ...(intro || chapterFiles.length > 0 || planDoc.has('follows')
      ? [
          'Jämför inledningen, kapitlen (text, nummer, ordning och områden) och follows med den nya planen och ta bort raden copyConfirmed: false. Står den kvar när planen får ett beslut i adoption, stoppar kontrollen publiceringen.',
        ]
      : []),
    'Byt source till den nya planens dokument och lägg till references om det finns fler källor.',
    'Fyll i adoption: vilket organ som beslutade om planen och när. Först då publiceras planversionen.',
    ...(carried > 0
      ? [
          'Jämför varje mål med den nya planen: text, ansvariga och kapitel. Ta bort mål som inte finns kvar och lägg till nya.',
          ...(hasTimeframeColumn ? [`Rätta tidsramarna: alla är satta till ${range}.`] : []),
        ]
      : ['Lägg till målen i goals.yaml när de är överförda och ändra då status.']),
    'Skriv om statusNote (en eller två meningar till läsarna om vad som finns och saknas) och editorNotes, och ange status (complete, partial eller not-transcribed).',
    'Kontrollera gaps (angivna luckor) mot den nya planen.',
    'Kör npm run check.',
  ];

  return {
    id,
    source: previous.id,
    title,
    chapters: chapterFiles.length,
    intro,
    goalIds,
    hasTimeframeColumn,
    todo,
  };
}

const USAGE =
  'Användning: npm run new-plan -- <region> <från> <till> [--with-goals] [--root MAPP]\nT.ex.: npm run new-plan -- norr 2025 2027 --with-goals';

/** The command: its arguments (the process's by default), its output on stdout and stderr, its exit code. */
export function main(args?: string[]) {
  const parsed = parseCli({
    args,
    options: { ...rootOption(), 'with-goals': { type: 'boolean', default: false } },
    usage: USAGE,
    positionals: { count: 3, wrong: 'ange region, startår och slutår.' },
  });
  if (parsed.stop) return reportStop(parsed);
  const { values, positionals } = parsed;
  const [region, fromText, toText] = positionals;
  if (!/^\d{4}$/.test(fromText) || !/^\d{4}$/.test(toText)) {
    console.error(`Fel: startår och slutår skrivs med fyra siffror, t.ex. 2025 2027. ${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const root = resolve(values.root);
  let result: NewPlanResult;
  try {
    result = newPlan({ root, region, from: Number(fromText), to: Number(toText), withGoals: values['with-goals'] });
  } catch (err) {
    if (err instanceof NewPlanError) {
      console.error(`Fel: ${err.message}`);
      process.exitCode = 1;
      return;
    }
    throw err;
  }

  const lines = [
    `Skapade plans/${result.id}/ från plans/${result.source}/:`,
    `  plan.yaml: "${result.title}", ny period, utkast (publiceras inte förrän adoption har ett beslut)`,
  ];
  if (result.intro) lines.push('  inledning.mdx: kopierad');
  if (result.chapters > 0) lines.push(`  kapitel/: ${result.chapters} kapitel kopierade`);
  if (result.goalIds.size > 0) {
    const [first] = result.goalIds;
    lines.push(`  goals.yaml: ${result.goalIds.size} mål med nya id:n (t.ex. ${first[0]} → ${first[1]})`);
  } else if (values['with-goals']) {
    lines.push(`  goals.yaml: inte skapad, plans/${result.source}/ har inga mål`);
  }
  lines.push('', 'Att göra innan planen publiceras:', ...result.todo.map((t, i) => `  ${i + 1}. ${t}`));
  console.log(lines.join('\n'));

  // The draft must pass the check; show what the validator says about the new folder.
  const check = validate(root);
  const own = check.issues.filter((i) => i.file.startsWith(`plans/${result.id}/`));
  if (own.length > 0) {
    console.log(`\nKontrollen hittar ${own.length} problem i den nya planen:\n\n${formatText(own)}`);
    if (own.some((i) => i.severity === 'error')) process.exitCode = 1;
  } else {
    console.log(`\nKontrollen hittar inga fel i plans/${result.id}/.`);
  }
}

if (import.meta.main) main();
