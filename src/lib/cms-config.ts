// The browser editor's configuration (Decap CMS, /redigera/, docs/adr/0011), derived like the JSON Schemas
// from the one table of content files (src/schemas/files.ts) and the zod schemas: one collection per kind of
// file, a field per schema field with a Swedish label and the field's description as help, required and
// pattern rules where the schema has them, and choices from the registries. `npm run schemas` writes it to
// schemas/cms/config.yml (for review and the check's drift warning); the build writes the served copy with
// the deployment's backend (src/integrations/cms-editor.ts).
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { CONTENT_FILES, pathOf, type ContentFileKey, type ContentFileKind } from '../schemas/files.ts';
import { DATE_PATTERN, ID_PATTERN } from '../schemas/common.ts';
import { COLLECTIONS, FIELD_LABELS } from './cms-labels.ts';
import { CMS_FORMATS, GOAL_ID_WIDGET, LIST_FIELD } from './cms-yaml.ts';
import type { ContentModel, PlanEntry } from './model.ts';
import { TIMEFRAME_PATTERN } from './timeframe.ts';

/** Where `npm run schemas` writes the configuration, relative to the repository (and a content root). */
export const CMS_CONFIG_FILE = 'schemas/cms/config.yml';

/** The kinds edited in the browser, in the editor's menu order. The rest are data the project maintains. */
export const EDITED_KINDS: readonly ContentFileKey[] = [
  'goals',
  'chapter',
  'intro',
  'plan',
  'owners',
  'regions',
  'direction',
  'redirects',
  'vocabulary',
];

export { FIELD_LABELS };

/** Fields whose text runs to sentences: a text area instead of a line. */
const LONG_TEXT = new Set(['text', 'statusNote', 'editorNotes', 'description', 'note', 'reason', 'provenance']);

/** The form's messages for the schema's patterns, by pattern. */
const PATTERN_MESSAGES: [string, string][] = [
  [
    ID_PATTERN.source,
    'Bara små bokstäver a–z, siffror och bindestreck, t.ex. norr22-lungcancerscreening. Inga å, ä, ö.',
  ],
  [DATE_PATTERN.source, 'Skriv datumet som ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ.'],
];

/**
 * A goal's id (src/cms/editor.ts): a saved one is shown and cannot be changed in the form (it may be
 * published: it is the goal's address); a new goal's is made from the plan and the text when it is saved,
 * unless the editor writes one.
 */
const GOAL_ID_FIELD: Field = {
  widget: GOAL_ID_WIDGET,
  required: false,
  hint: 'Målets adress (/mal/<id>/). Lämna fältet tomt för ett nytt mål: id:t görs av planens förkortning och de första orden i texten när du sparar. Ett sparat mål behåller sitt id; det kan inte ändras här.',
  pattern: patternRule(ID_PATTERN.source),
};

/** Where a deployment's editor saves: the repository and branch, and the sign-in service (REDIGERA.md). */
export interface CmsDeployment {
  /** "owner/name" on GitHub; null leaves the editor usable only with the local backend. */
  repo: string | null;
  branch: string;
  /** The OAuth authenticator's address (Decap's `base_url`), when the organisation runs one. */
  authUrl: string | null;
  /** The site's public address, for the editor's link back. */
  siteUrl: string | null;
  /** decap-server's address for a local backend on another port than its default (tests). */
  localBackendUrl?: string;
}

type Json = Record<string, unknown>;
type Field = Record<string, unknown>;

/** What a field may choose from, known from the content. */
interface Choices {
  owners: { label: string; value: string }[];
  regions: { label: string; value: string }[];
  directions: { id: string; title: string; areas: { label: string; value: string }[] }[];
  /** The chapters of the plan whose file is being edited (goals.yaml), when there is one. */
  chapters?: { label: string; value: string }[];
}

function choicesOf(model: ContentModel): Choices {
  return {
    owners: model.owners.map((o) => ({ label: `${o.name} (${o.id})`, value: o.id })),
    regions: model.regions.map((r) => ({ label: r.name, value: r.id })),
    directions: model.directions.map((d) => ({
      id: d.id,
      title: d.shortTitle,
      areas: d.areas.map((a) => ({ label: `${a.title} (${a.id})`, value: a.id })),
    })),
  };
}

function labelOf(name: string): string {
  const label = FIELD_LABELS[name];
  if (!label)
    throw new Error(
      `Fältet "${name}" saknar en svensk etikett. Lägg till den i FIELD_LABELS i src/lib/cms-labels.ts och kör npm run schemas.`,
    );
  return label;
}

/** The branch of a nullable schema that is not null, and whether null was allowed. */
function unwrapNull(schema: Json): { schema: Json; nullable: boolean } {
  const anyOf = schema.anyOf as Json[] | undefined;
  if (!anyOf) return { schema, nullable: false };
  const rest = anyOf.filter((s) => s.type !== 'null');
  if (rest.length !== 1) return { schema, nullable: false };
  const { anyOf: _drop, ...outer } = schema;
  return { schema: { ...outer, ...rest[0] }, nullable: rest.length < anyOf.length };
}

function patternRule(pattern: string): [string, string] {
  const known = PATTERN_MESSAGES.find(([p]) => p === pattern);
  return [pattern, known ? known[1] : 'Värdet har fel form; se hjälptexten.'];
}

const select = (options: { label: string; value: string }[], multiple = false): Field => ({
  widget: 'select',
  options,
  ...(multiple ? { multiple: true } : {}),
});

/** An area map ({ <direction>: [<area>] }): one multiple choice per framework, of its areas. */
function areaMapField(choices: Choices): Field {
  return {
    widget: 'object',
    collapsed: true,
    fields: choices.directions.map((d) => ({
      name: d.id,
      label: d.title,
      required: false,
      ...select(d.areas, true),
    })),
  };
}

/** A registry reference: the choices a field at this place takes, or null for a free value. */
function registryChoices(kind: string, path: string[], choices: Choices): Field | null {
  const at = path.join('.');
  if (kind === 'goals' && at === 'owners') return select(choices.owners, true);
  if (kind === 'goals' && at === 'chapter' && choices.chapters) return select(choices.chapters);
  if ((kind === 'plan' || kind === 'owners') && at === 'region') return select(choices.regions);
  const directionIds = choices.directions.map((d) => ({ label: d.title, value: d.id }));
  if (kind === 'plan' && (at === 'follows' || at === 'followsAssessed')) return select(directionIds, true);
  if (kind === 'plan' && at === 'gaps.direction') return select(directionIds);
  return null;
}

/** The form field for one schema field, or a hidden field that keeps a value the form cannot show. */
function fieldFor(kind: string, name: string, raw: Json, required: boolean, path: string[], choices: Choices): Field {
  const { schema, nullable } = unwrapNull(raw);
  const base: Field = { name, label: labelOf(name) };
  const hint = (raw.description ?? schema.description) as string | undefined;
  if (hint) base.hint = hint;
  const hasDefault = 'default' in raw;
  base.required = required && !hasDefault && !nullable;
  if (hasDefault && raw.default !== null && !(Array.isArray(raw.default) && raw.default.length === 0))
    base.default = raw.default;

  const registry = registryChoices(kind, path, choices);
  if (registry) return { ...base, ...registry };
  if (kind === 'goals' && path.join('.') === 'id') return { ...base, ...GOAL_ID_FIELD };
  if (name === 'areas' && schema.additionalProperties) return { ...base, ...areaMapField(choices) };

  switch (schema.type) {
    case 'string': {
      if (Array.isArray(schema.enum))
        return { ...base, ...select((schema.enum as string[]).map((v) => ({ label: v, value: v }))) };
      const field: Field = { ...base, widget: LONG_TEXT.has(name) ? 'text' : 'string' };
      if (kind === 'goals' && name === 'timeframe')
        field.pattern = [TIMEFRAME_PATTERN, 'Skriv ett årtal (2024) eller två med tankstreck emellan (2022–2024).'];
      else if (typeof schema.pattern === 'string') field.pattern = patternRule(schema.pattern);
      else if (schema.format === 'uri')
        field.pattern = ['^https?://', 'Adressen ska börja med https:// (eller http://).'];
      return field;
    }
    case 'integer':
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: schema.type === 'integer' ? 'int' : 'float',
        ...(typeof schema.minimum === 'number' && schema.minimum > -1e15 ? { min: schema.minimum } : {}),
        ...(typeof schema.maximum === 'number' && schema.maximum < 1e15 ? { max: schema.maximum } : {}),
      };
    case 'boolean':
      return { ...base, widget: 'boolean', required: false };
    case 'array': {
      const items = unwrapNull((schema.items ?? {}) as Json).schema;
      if (items.type === 'object' && items.properties)
        return { ...base, widget: 'list', collapsed: true, ...objectFields(kind, items, path, choices) };
      if (items.type === 'string' || items.type === 'integer') {
        const inner = fieldFor(kind, name, items, true, path, choices);
        const { name: _n, label: _l, hint: _h, required: _r, ...rest } = inner;
        return { ...base, widget: 'list', field: { name: 'value', label: base.label, ...rest } };
      }
      break;
    }
    case 'object':
      if (schema.properties)
        return { ...base, widget: 'object', collapsed: true, ...objectFields(kind, schema, path, choices) };
      break;
  }
  // A shape the form cannot edit (a map with free keys): kept as it is, edited in the file.
  return { name, label: base.label, widget: 'hidden' };
}

/** Fields for an object schema's properties, in the schema's order. */
function objectFields(kind: string, schema: Json, path: string[], choices: Choices): { fields: Field[] } {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  return {
    fields: Object.entries(properties).map(([name, sub]) =>
      fieldFor(kind, name, sub, required.has(name), [...path, name], choices),
    ),
  };
}

/** Fields of a file of this kind: an object's own, or one list field for a file that is a list. */
function fileFields(kind: ContentFileKind, key: ContentFileKey, choices: Choices): Field[] {
  const schema = z.toJSONSchema(kind.schema, { io: 'input' }) as Json;
  if (schema.type === 'array') {
    const items = schema.items as Json;
    const hint = COLLECTIONS[key]?.hint ?? (schema.description as string | undefined);
    return [
      {
        name: LIST_FIELD,
        label: COLLECTIONS[key]?.label ?? key,
        ...(hint ? { hint } : {}),
        widget: 'list',
        collapsed: true,
        summary: key === 'goals' ? '{{fields.id}}: {{fields.text}}' : undefined,
        ...objectFields(key, items, [], choices),
      },
    ].map(dropUndefined);
  }
  const fields = objectFields(key, schema, [], choices).fields;
  if (kind.format === 'mdx')
    fields.push({
      name: 'body',
      label: 'Text',
      widget: 'text',
      required: false,
      hint: 'Texten i Markdown: tom rad mellan stycken, "- " före punkter i en lista, ## före en underrubrik. Inga bilder.',
    });
  return fields;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** One file of a kind: its path, name and label in the editor's list. */
interface FileOf {
  path: string;
  name: string;
  label: string;
  plan?: PlanEntry;
}

const planLabel = (plan: PlanEntry) => plan.title;

function filesOf(key: ContentFileKey, model: ContentModel): FileOf[] {
  const kind: ContentFileKind = CONTENT_FILES[key];
  const name = (path: string) => path.replace(/\.[a-z]+$/, '').replace(/[^a-z0-9]+/g, '-');
  switch (key) {
    case 'plan':
      return model.plans.map((p) => ({ path: pathOf(kind, p.id), name: p.id, label: planLabel(p), plan: p }));
    case 'goals':
      return model.plans
        .filter((p) => p.goals.length > 0)
        .map((p) => ({ path: pathOf(kind, p.id), name: p.id, label: planLabel(p), plan: p }));
    case 'intro':
      return model.plans
        .filter((p) => p.introFile)
        .map((p) => ({ path: p.introFile as string, name: p.id, label: planLabel(p), plan: p }));
    case 'chapter':
      return model.plans.flatMap((p) =>
        [...p.chapters]
          .sort((a, b) => a.order - b.order)
          .map((c) => ({
            path: c.file,
            name: `${p.id}--${c.id}`,
            label: `${planLabel(p)}: ${c.number ? `${c.number} ` : ''}${c.title}`,
            plan: p,
          })),
      );
    case 'direction':
      return model.directions.map((d) => ({ path: pathOf(kind, d.id), name: d.id, label: d.shortTitle }));
    default:
      return [{ path: kind.pattern, name: name(kind.pattern.split('/').pop() ?? key), label: COLLECTIONS[key].label }];
  }
}

function formatOf(key: ContentFileKey, kind: ContentFileKind, isList: boolean): string {
  if (kind.format === 'mdx') return CMS_FORMATS.mdx;
  if (key === 'goals') return CMS_FORMATS.goals;
  return isList ? CMS_FORMATS.list : CMS_FORMATS.object;
}

/**
 * The same object for every equal field, list of fields or options, so that the YAML text writes each once
 * and refers to it after (an anchor and aliases): every plan's files have the same fields, and without this
 * the configuration grows with the number of files times the size of a form (19 MB at 100× content).
 */
function shared(): <T>(value: T) => T {
  const seen = new Map<string, unknown>();
  const intern = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const inner = Array.isArray(value)
      ? value.map(intern)
      : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, intern(v)]));
    const key = JSON.stringify(inner);
    if (!seen.has(key)) seen.set(key, inner);
    return seen.get(key);
  };
  return intern as <T>(value: T) => T;
}

/** The collections: one per edited kind of file, each file of that kind an entry of it. */
export function cmsCollections(model: ContentModel): Json[] {
  const choices = choicesOf(model);
  const intern = shared();
  return EDITED_KINDS.map((key) => {
    const kind: ContentFileKind = CONTENT_FILES[key];
    const isList = (z.toJSONSchema(kind.schema, { io: 'input' }) as Json).type === 'array';
    // A kind's form differs between files only by the plan's chapters: made once per list of chapters, not
    // once per file (at 100× content, 3,500 files took 1.3 s of every build).
    const forms = new Map<string, Field[]>();
    const files = filesOf(key, model).map((file) => {
      const chapters = file.plan
        ? [...file.plan.chapters]
            .sort((a, b) => a.order - b.order)
            .map((c) => ({ label: `${c.number ? `${c.number} ` : ''}${c.title}`, value: c.id }))
        : null;
      const form = JSON.stringify(chapters);
      let fields = forms.get(form);
      if (!fields) {
        fields = intern(fileFields(kind, key, chapters ? { ...choices, chapters } : choices));
        forms.set(form, fields);
      }
      return { name: file.name, label: file.label, file: file.path, fields };
    });
    return {
      name: key,
      label: COLLECTIONS[key].label,
      description: COLLECTIONS[key].hint,
      format: formatOf(key, kind, isList),
      extension: kind.format === 'mdx' ? 'mdx' : 'yaml',
      editor: { preview: false },
      files,
    };
  });
}

/** The whole configuration: the deployment's backend when given, else the committed file's placeholder. */
export function cmsConfig(model: ContentModel, deployment?: CmsDeployment): Json {
  const backend: Json = {
    name: 'github',
    repo: deployment?.repo ?? 'ÄGARE/REPOSITORY',
    branch: deployment?.branch ?? 'main',
    ...(deployment?.authUrl ? { base_url: deployment.authUrl } : {}),
    squash_merges: true,
    cms_label_prefix: 'redigera/',
    commit_messages: {
      create: 'Lägg till {{collection}}: {{slug}}',
      update: 'Ändra {{collection}}: {{slug}}',
      delete: 'Ta bort {{collection}}: {{slug}}',
      uploadMedia: 'Ladda upp {{path}}',
      deleteMedia: 'Ta bort {{path}}',
      openAuthoring: '{{message}}',
    },
  };
  return {
    locale: 'sv',
    backend,
    // Used only when the page is opened on this computer (localhost) with decap-server running in the repository.
    local_backend: deployment?.localBackendUrl ? { url: deployment.localBackendUrl } : true,
    publish_mode: 'editorial_workflow',
    ...(deployment?.siteUrl ? { site_url: deployment.siteUrl, display_url: deployment.siteUrl } : {}),
    // The plans have no images (mdx-image); Decap requires a folder all the same.
    media_folder: 'public',
    show_preview_links: false,
    search: false,
    collections: cmsCollections(model),
  };
}

/** The configuration as YAML text, with a header saying where it comes from. */
export function cmsConfigText(model: ContentModel, deployment?: CmsDeployment): string {
  const header = deployment
    ? '# Genererad när webbplatsen byggdes (src/lib/cms-config.ts).\n'
    : '# Genererad av npm run schemas (src/lib/cms-config.ts) ur src/schemas/ och innehållet. Ändra inte för hand.\n# Bygget skriver den här konfigurationen till /redigera/config.yml, med repositoriet den byggs för.\n';
  return `${header}${stringify(cmsConfig(model, deployment), { lineWidth: 0 })}`;
}
