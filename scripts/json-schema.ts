// `npm run schemas`: writes a JSON Schema for every kind of content file to schemas/json/, derived from the
// zod schemas in src/schemas/ with zod's own z.toJSONSchema (the fields are defined once, there). Editors get
// completion and inline errors in VS Code through .vscode/settings.json (the YAML extension).
//
// The schemas add what zod cannot know: the ids that exist in the content now (regions, owners, directions
// and their areas), as `examples`. Examples give completion without rejecting a new id: an unknown id is a
// cross-file rule of the validator (unknown-owner, unknown-region …), with a better message than a schema's.
// Goal ids are left out on purpose: every new goal would make the committed schemas stale.
//
// Usage: node scripts/json-schema.ts [--root DIR] [--out DIR] [--check]
//   --root   content root the known ids are read from (default: CONTENT_ROOT or the current folder)
//   --out    where the schemas are written (default: schemas/json in the repository)
//   --check  write nothing; exit 1 when the files in --out differ from freshly generated ones
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'astro/zod';
import { parseCli, reportStop, rootOption } from '../src/lib/cli.ts';
import type { ContentModel } from '../src/lib/model.ts';
import { CMS_CONFIG_FILE, cmsConfigText } from '../src/lib/cms-config.ts';
import { validate } from '../src/lib/validate/index.ts';
import { makeIssue, type Issue } from '../src/lib/validate/issue.ts';
import { MAX_FILE_BYTES } from '../src/lib/validate/source.ts';
import { listEntries, pathInside, readInside, refusedSv, writeInside } from '../src/lib/validate/tree.ts';
import { CONTENT_FILE_KINDS, patternRegExp } from '../src/schemas/files.ts';

export const REPO = resolve(import.meta.dirname, '..');
export const SCHEMA_DIR = join(REPO, 'schemas', 'json');

/** One kind of content file: its zod schema and where such files live (globs relative to the content root). */
export interface SchemaTarget {
  /** File name in schemas/json/ without ".schema.json". */
  name: string;
  schema: z.ZodType;
  files: string[];
  /** The schema applies to the YAML frontmatter of an MDX file, not to a YAML file. */
  frontmatter: boolean;
}

/** One schema per kind of content file, from the table of content files (src/schemas/files.ts). */
export const TARGETS: SchemaTarget[] = CONTENT_FILE_KINDS.map((kind) => ({
  name: kind.name,
  schema: kind.schema,
  files: [kind.pattern],
  frontmatter: kind.format === 'mdx',
}));

export const schemaFileName = (target: SchemaTarget) => `${target.name}.schema.json`;

/** The target a content file belongs to, by its path relative to the content root ("plans/x/goals.yaml"). */
export function targetFor(relPath: string): SchemaTarget | undefined {
  return TARGETS.find((t) => t.files.some((glob) => patternRegExp(glob).test(relPath)));
}

/** Ids that exist in the content, offered as completions. */
export interface KnownIds {
  regions: string[];
  owners: string[];
  directions: { id: string; title: string; areas: string[] }[];
}

export function knownIds(root: string): KnownIds {
  return knownIdsOf(validate(root).model);
}

export function knownIdsOf(model: ContentModel): KnownIds {
  return {
    regions: model.regions.map((r) => r.id),
    owners: model.owners.map((o) => o.id),
    directions: model.directions.map((d) => ({ id: d.id, title: d.shortTitle, areas: d.areas.map((a) => a.id) })),
  };
}

type Json = Record<string, unknown>;

/** The node at a path in a generated schema; throws when the zod schema no longer has that shape. */
function node(schema: Json, target: string, path: string[]): Json {
  let current: unknown = schema;
  for (const key of path) {
    current = (current as Json | undefined)?.[key];
    if (current === undefined || current === null || typeof current !== 'object') {
      throw new Error(
        `${target}.schema.json: sökvägen ${path.join('.')} finns inte i schemat. Har zod-schemat ändrats? Uppdatera enrich() i scripts/json-schema.ts.`,
      );
    }
  }
  return current as Json;
}

const unique = (values: string[]) => [...new Set(values)];

/** Completion for an area map ({ <direction>: [<area>, …] }): each known direction as a key, its areas as values. */
function enrichAreaMap(map: Json, ids: KnownIds) {
  const value = map.additionalProperties as Json;
  map.properties = Object.fromEntries(
    ids.directions.map((d) => [
      d.id,
      { ...value, description: `Områden i ${d.title}.`, items: { ...(value.items as Json), examples: d.areas } },
    ]),
  );
}

/** Adds the known ids to the generated schemas, at the fields that reference a registry. */
function enrich(name: string, schema: Json, ids: KnownIds) {
  const at = (...path: string[]) => node(schema, name, path);
  const directionIds = ids.directions.map((d) => d.id);
  const allAreas = unique(ids.directions.flatMap((d) => d.areas));
  switch (name) {
    case 'owners':
      at('items', 'properties', 'region').examples = ids.regions;
      break;
    case 'plan':
      at('properties', 'region').examples = ids.regions;
      at('properties', 'follows', 'items').examples = directionIds;
      at('properties', 'gaps', 'items', 'properties', 'direction').examples = directionIds;
      at('properties', 'gaps', 'items', 'properties', 'area').examples = allAreas;
      break;
    case 'goals':
      at('items', 'properties', 'owners', 'items').examples = ids.owners;
      enrichAreaMap(at('items', 'properties', 'areas'), ids);
      break;
    case 'chapter':
      enrichAreaMap(at('properties', 'areas'), ids);
      break;
  }
}

/** zod's JSON Schema for a URL keeps `format: uri` but drops the allowed protocols; add them as a pattern. */
function urlProtocols(ctx: { zodSchema: unknown; jsonSchema: Json }) {
  const def = (ctx.zodSchema as { _zod?: { def?: { format?: string; protocol?: RegExp } } })._zod?.def;
  if (def?.format === 'url' && def.protocol) {
    const protocol = def.protocol.source.replace(/^\^/, '').replace(/\$$/, '');
    ctx.jsonSchema.pattern = `^(?:${protocol}):`;
  }
}

/** Every schema file as it should be on disk: file name → JSON text. */
export function generateSchemas(root: string): Map<string, string> {
  return generateSchemasFor(validate(root).model);
}

/** generateSchemas from a model already validated (the check has one). */
export function generateSchemasFor(model: ContentModel): Map<string, string> {
  const ids = knownIdsOf(model);
  const out = new Map<string, string>();
  for (const target of TARGETS) {
    const generated = z.toJSONSchema(target.schema, { io: 'input', override: urlProtocols }) as Json;
    enrich(target.name, generated, ids);
    const { $schema, ...rest } = generated;
    const where = target.frontmatter ? `frontmatter i ${target.files.join(', ')}` : target.files.join(', ');
    const schema = {
      $schema,
      $comment: `Genererad av scripts/json-schema.ts (npm run schemas) ur src/schemas/ och innehållets id:n. Ändra inte för hand. Gäller ${where}.`,
      ...rest,
    };
    out.set(schemaFileName(target), `${JSON.stringify(schema, null, 2)}\n`);
  }
  return out;
}

/** A generated file's text, read through the door: null when it is absent, a link, not a file or too large. */
function readGenerated(root: string, rel: string): string | null {
  const read = readInside(root, rel, MAX_FILE_BYTES);
  return read.ok ? read.bytes.toString('utf8') : null;
}

/**
 * Files in the folder `dir` (relative to `root`) that differ from `expected`, are missing, or should not be
 * there. Nothing is read through a link, and nothing larger than a content file is read at all.
 */
export function staleSchemaFiles(root: string, dir: string, expected: Map<string, string>): string[] {
  const stale: string[] = [];
  const prefix = dir ? `${dir}/` : '';
  for (const [name, text] of expected) if (readGenerated(root, `${prefix}${name}`) !== text) stale.push(name);
  const where = dir ? pathInside(root, dir) : ({ ok: true, abs: root, kind: 'dir' } as const);
  if (where.ok && where.kind === 'dir') {
    for (const name of listEntries(where.abs))
      if (name.endsWith('.schema.json') && !expected.has(name)) stale.push(name);
  }
  return stale.sort();
}

/** Generated paths under `root` that are links (a folder on the way, or the file itself): never read or written. */
function linkedGenerated(root: string, files: string[]): string[] {
  return files.flatMap((rel) => {
    const where = pathInside(root, rel);
    return !where.ok && where.reason === 'symlink' ? [where.at] : [];
  });
}

export const SETTINGS_FILE = '.vscode/settings.json';

/**
 * .vscode/settings.json: the YAML extension gets each YAML kind's schema from the table of content files,
 * and the editor settings editors need for YAML. Compared as data, so a formatter may lay it out.
 */
export function vscodeSettings(): Json {
  return {
    'yaml.schemas': Object.fromEntries(
      TARGETS.filter((t) => !t.frontmatter).map((t) => [`./schemas/json/${schemaFileName(t)}`, t.files]),
    ),
    'yaml.validate': true,
    'yaml.completion': true,
    'yaml.hover': true,
    '[yaml]': { 'editor.tabSize': 2, 'editor.insertSpaces': true, 'editor.detectIndentation': false },
    'files.encoding': 'utf8',
    'files.insertFinalNewline': true,
  };
}

/** Whether `.vscode/settings.json` under a root (the repository) holds exactly the generated settings. */
export function settingsCurrent(root = REPO): boolean {
  const text = readGenerated(root, SETTINGS_FILE);
  if (text === null) return false;
  try {
    return isDeepStrictEqual(JSON.parse(text), vscodeSettings());
  } catch {
    return false;
  }
}

/**
 * For `npm run check`: when the content root keeps its own schemas/json/ (the repository does, test
 * fixtures do not), a stale schema there is a warning naming the command that regenerates it (it never
 * blocks an editor's pull request: the files are generated, not edited). Only said when the content has
 * no other error: ids from a file that could not be read would be missing from the generated schemas and
 * make every schema look stale. A link among the generated files is an error, and is never followed.
 */
export function checkJsonSchemas(root: string, result: { ok: boolean; model: ContentModel }): Issue[] {
  const expected = generateSchemasFor(result.model);
  const linked = linkedGenerated(root, [
    ...[...expected.keys()].map((name) => `${SCHEMA_FOLDER}/${name}`),
    SETTINGS_FILE,
  ]);
  if (linked.length > 0)
    return [...new Set(linked)].map((file) => makeIssue('symlink', { file }, { file, line: 1, col: 1 }));
  const dir = pathInside(root, SCHEMA_FOLDER);
  if (!result.ok || !dir.ok || dir.kind !== 'dir') return [];
  const stale = staleSchemaFiles(root, SCHEMA_FOLDER, expected);
  if (stale.length === 0) return [];
  const present = (name: string) => {
    const where = pathInside(root, `${SCHEMA_FOLDER}/${name}`);
    return where.ok && where.kind !== 'missing';
  };
  const first = stale.find(present) ?? stale[0];
  return [
    makeIssue('json-schema-stale', { files: stale.join(', ') }, { file: `${SCHEMA_FOLDER}/${first}`, line: 1, col: 1 }),
  ];
}

/**
 * For `npm run check`, like checkJsonSchemas: when the content root keeps the browser editor's generated
 * configuration (schemas/cms/config.yml), one that differs from the schemas and the content is a warning
 * naming the command (cms-config-stale). Only said when the content has no other error.
 */
export function checkCmsConfig(root: string, result: { ok: boolean; model: ContentModel }): Issue[] {
  const where = pathInside(root, CMS_CONFIG_FILE);
  if (!where.ok && where.reason === 'symlink')
    return [makeIssue('symlink', { file: where.at }, { file: where.at, line: 1, col: 1 })];
  if (!result.ok || !where.ok || where.kind === 'missing') return [];
  if (readGenerated(root, CMS_CONFIG_FILE) === cmsConfigText(result.model)) return [];
  return [makeIssue('cms-config-stale', { file: CMS_CONFIG_FILE }, { file: CMS_CONFIG_FILE, line: 1, col: 1 })];
}

/** Where the schemas live under a content root. */
const SCHEMA_FOLDER = 'schemas/json';

export const STALE_MESSAGE =
  'JSON-schemana i schemas/json/ är inaktuella. Kör `npm run schemas` och lägg till de ändrade filerna.';

const USAGE = 'Användning: npm run schemas [-- --root MAPP] [--out MAPP] [--check]';

/** The command: its arguments (the process's by default), its output on stdout and stderr, its exit code. */
export function main(args?: string[]) {
  const parsed = parseCli({
    args,
    options: {
      ...rootOption(),
      out: { type: 'string', default: SCHEMA_DIR },
      check: { type: 'boolean', default: false },
    },
    usage: USAGE,
  });
  if (parsed.stop) return reportStop(parsed);
  const { values } = parsed;
  const out = resolve(values.out);
  // The output folder is written through the door: from the repository when it lies inside it (so a linked
  // schemas/ or schemas/json/ is refused), else from the folder given.
  const inRepo = out === REPO || out.startsWith(`${REPO}${sep}`);
  const base = inRepo ? REPO : out;
  const dir = inRepo ? relative(REPO, out).split(sep).join('/') : '';
  const { model } = validate(resolve(values.root));
  const expected = generateSchemasFor(model);
  const cmsConfig = cmsConfigText(model);
  if (values.check) {
    const stale = staleSchemaFiles(base, dir, expected);
    if (!settingsCurrent()) stale.push(SETTINGS_FILE);
    if (readGenerated(REPO, CMS_CONFIG_FILE) !== cmsConfig) stale.push(CMS_CONFIG_FILE);
    if (stale.length > 0) {
      console.error(`${STALE_MESSAGE}\nInaktuella filer: ${stale.join(', ')}`);
      process.exitCode = 1;
    } else {
      console.log('JSON-schemana är aktuella.');
    }
    return;
  }
  // One-pattern lists on one line, as a formatter would lay them out.
  const settings = JSON.stringify(vscodeSettings(), null, 2).replace(/\[\n\s+("[^"\n]*")\n\s+\]/g, '[$1]');
  const writes: [string, string, string][] = [
    ...[...expected].map(([name, text]): [string, string, string] => [base, dir ? `${dir}/${name}` : name, text]),
    [REPO, SETTINGS_FILE, `${settings}\n`],
    [REPO, CMS_CONFIG_FILE, cmsConfig],
  ];
  // Every path is looked at before anything is written, so a refused one leaves the files as they were.
  const refused = writes.flatMap(([root, rel]) => {
    const where = pathInside(root, rel);
    if (!where.ok) return [`${rel} (${refusedSv(where.reason)})`];
    return where.kind === 'missing' || where.kind === 'file' ? [] : [`${rel} (${refusedSv('not-file')})`];
  });
  if (refused.length > 0) {
    console.error(
      `Fel: skriver inte genom ${refused.join(', ')}. Genererade filer skrivs bara som vanliga filer i repositoriet: ta bort länken eller det som står i filens ställe och kör npm run schemas igen.`,
    );
    process.exitCode = 1;
    return;
  }
  // A folder given with --out outside the repository is the caller's own choice, made as given.
  if (!inRepo) mkdirSync(out, { recursive: true });
  if (pathInside(REPO, 'schemas/cms').ok) mkdirSync(join(REPO, 'schemas', 'cms'), { recursive: true });
  for (const [root, rel, text] of writes) {
    const written = writeInside(root, rel, text);
    if (!written.ok) {
      console.error(`Fel: kunde inte skriva ${rel} (${refusedSv(written.reason)}).`);
      process.exitCode = 1;
      return;
    }
  }
  // A schema whose target is gone would keep being offered to editors.
  for (const name of listEntries(out))
    if (name.endsWith('.schema.json') && !expected.has(name)) rmSync(join(out, name));
  console.log(
    `Skrev ${expected.size} JSON-scheman till ${values.out === SCHEMA_DIR ? 'schemas/json/' : out}, .vscode/settings.json och ${CMS_CONFIG_FILE}.`,
  );
}

if (import.meta.main) main();
