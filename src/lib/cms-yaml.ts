// The one YAML style of the content files: what the browser editor (/redigera/) writes and what the committed
// files are normalised to, so that an edit of one field is a diff of one line (docs/adr/0011). Used in the
// browser by the editor's file formats and in Node by `npm run schemas -- --normalise` and its test; imports
// nothing but the `yaml` package.
import { parse, stringify } from 'yaml';

/** The file formats the editor page registers with Decap CMS (src/cms/editor.ts), named in its configuration. */
export const CMS_FORMATS = {
  object: 'rcp-yaml',
  list: 'rcp-yaml-list',
  goals: 'rcp-yaml-goals',
  mdx: 'rcp-mdx',
} as const;

/** The widget the editor page registers for a goal's id: a saved id shown read-only, a new one derived on save. */
export const GOAL_ID_WIDGET = 'rcp-goal-id';

/** The field that holds a list file's items in the form (Decap edits objects only, decaporg/decap-cms#531). */
export const LIST_FIELD = 'items';

/**
 * Text is never folded (a long goal text stays one line, so a changed word changes one line), lists are
 * block lists (an added owner is an added line), and strings are quoted only where YAML needs it.
 */
const STYLE = { lineWidth: 0, minContentWidth: 0, indentSeq: true } as const;

/**
 * What a form leaves in a field it never showed or the editor cleared: no value, written as no key. An empty
 * map counts too: a goal's `areas: {}` would replace its chapter's areas with none.
 */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === '') return true;
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** A copy without empty values in maps, keys in `order` first (the form's field order), the rest as they were. */
function clean(value: unknown, order: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.filter((v) => !isEmpty(v)).map((v) => clean(v));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]): [string, unknown] => [k, clean(v)])
      .filter(([, v]) => !isEmpty(v));
    const rank = (key: string) => {
      const at = order.indexOf(key);
      return at === -1 ? order.length : at;
    };
    entries.sort(([a], [b]) => rank(a) - rank(b));
    return Object.fromEntries(entries);
  }
  return value;
}

/** Data as YAML text in the content's style; `order` puts top-level keys in the form's order. */
export function toYaml(data: unknown, order: readonly string[] = []): string {
  const cleaned = clean(data, order);
  if (Array.isArray(cleaned) && cleaned.length === 0) return '[]\n';
  return stringify(cleaned, STYLE);
}

/** YAML text as data (the validator reads the same text with positions; this is the editor's reading). */
export function fromYaml(text: string): unknown {
  return parse(text.replace(/^\uFEFF/, '')) ?? null;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/;

/** An MDX file as its frontmatter's data and its body (the text after the blank line that follows it). */
export function fromMdx(text: string): { data: Record<string, unknown>; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: {}, body: text };
  const data = fromYaml(match[1]);
  const rest = text.slice(match[0].length);
  return {
    data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    body: rest.startsWith('\n') ? rest.slice(1) : rest,
  };
}

/** Frontmatter and body as an MDX file: the body after one blank line, none when there is no body. */
export function toMdx(data: Record<string, unknown>, body: string, order: readonly string[] = []): string {
  const front = `---\n${toYaml(data, order)}---\n`;
  const text = body.replace(/\r\n/g, '\n');
  if (text.trim() === '') return front;
  return `${front}\n${text.endsWith('\n') ? text : `${text}\n`}`;
}

/**
 * The editor's configuration (/redigera/config.yml) as data. Its aliases are many by design (every file that
 * shares a form refers to it, src/lib/cms-config.ts), so the parser's guard against alias bombs is off for
 * this one file, which the site's own build wrote.
 */
export function parseCmsConfig(text: string): Record<string, unknown> {
  const data: unknown = parse(text, { maxAliasCount: -1 });
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
