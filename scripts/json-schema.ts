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
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'astro/zod';
import { parseCli, reportStop, rootOption } from '../src/lib/cli.ts';
import type { ContentModel } from '../src/lib/model.ts';
import { validate } from '../src/lib/validate/index.ts';
import { makeIssue, type Issue } from '../src/lib/validate/issue.ts';
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

/** Files in `dir` that differ from `expected`, are missing, or should not be there. */
export function staleSchemaFiles(dir: string, expected: Map<string, string>): string[] {
  const stale: string[] = [];
  for (const [name, text] of expected) {
    const path = join(dir, name);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(name);
  }
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) if (name.endsWith('.schema.json') && !expected.has(name)) stale.push(name);
  }
  return stale.sort();
}

export const SETTINGS_FILE = join(REPO, '.vscode', 'settings.json');

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

/** Whether the settings file holds exactly the generated settings. */
export function settingsCurrent(file = SETTINGS_FILE): boolean {
  if (!existsSync(file)) return false;
  try {
    return isDeepStrictEqual(JSON.parse(readFileSync(file, 'utf8')), vscodeSettings());
  } catch {
    return false;
  }
}

/**
 * For `npm run check`: when the content root keeps its own schemas/json/ (the repository does, test
 * fixtures do not), a stale schema there is an error naming the command that regenerates it. Only said
 * when the content has no other error: ids from a file that could not be read would be missing from the
 * generated schemas and make every schema look stale.
 */
export function checkJsonSchemas(root: string, result: { ok: boolean; model: ContentModel }): Issue[] {
  const dir = join(root, 'schemas', 'json');
  if (!result.ok || !existsSync(dir)) return [];
  const stale = staleSchemaFiles(dir, generateSchemasFor(result.model));
  if (stale.length === 0) return [];
  const first = stale.find((name) => existsSync(join(dir, name))) ?? stale[0];
  return [
    makeIssue('json-schema-stale', { files: stale.join(', ') }, { file: `schemas/json/${first}`, line: 1, col: 1 }),
  ];
}

export const STALE_MESSAGE =
  'JSON-schemana i schemas/json/ är inaktuella. Kör `npm run schemas` och lägg till de ändrade filerna.';

const USAGE = 'Användning: npm run schemas [-- --root MAPP] [--out MAPP] [--check]';

function main() {
  const parsed = parseCli({
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
  const expected = generateSchemas(resolve(values.root));
  if (values.check) {
    const stale = staleSchemaFiles(out, expected);
    if (!settingsCurrent()) stale.push('.vscode/settings.json');
    if (stale.length > 0) {
      console.error(`${STALE_MESSAGE}\nInaktuella filer: ${stale.join(', ')}`);
      process.exitCode = 1;
    } else {
      console.log('JSON-schemana är aktuella.');
    }
    return;
  }
  mkdirSync(out, { recursive: true });
  for (const [name, text] of expected) writeFileSync(join(out, name), text);
  // A schema whose target is gone would keep being offered to editors.
  for (const name of readdirSync(out))
    if (name.endsWith('.schema.json') && !expected.has(name)) rmSync(join(out, name));
  // One-pattern lists on one line, as a formatter would lay them out.
  const settings = JSON.stringify(vscodeSettings(), null, 2).replace(/\[\n\s+("[^"\n]*")\n\s+\]/g, '[$1]');
  writeFileSync(SETTINGS_FILE, `${settings}\n`);
  console.log(
    `Skrev ${expected.size} JSON-scheman till ${values.out === SCHEMA_DIR ? 'schemas/json/' : out} och .vscode/settings.json.`,
  );
}

if (import.meta.main) main();
