// Runs a zod schema over positioned YAML and turns zod's findings into Swedish, located issues.
import type { z } from 'astro/zod';
import { calendarFault } from '../../schemas/calendar.ts';
import { suggest } from '../suggest.ts';
import { MAX_ID_LENGTH } from '../../schemas/common.ts';
import { makeIssue, type Issue, type Location } from './issue.ts';
import { formatPath, locate, type PathSegment, type YamlSource } from './source.ts';
import { cutText } from '../cut-text.ts';

type AnySchema = z.ZodType;
type ZodIssue = z.core.$ZodIssue & { input?: unknown; keys?: string[]; values?: unknown[] };

export function checkSchema<S extends AnySchema>(
  source: YamlSource,
  schema: S,
): { data: z.infer<S> | undefined; issues: Issue[] } {
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return { data: result.data, issues: [] };
  const issues = result.error.issues.flatMap((zi) => translate(source, schema, zi as ZodIssue));
  return { data: undefined, issues };
}

function translate(source: YamlSource, root: AnySchema, zi: ZodIssue): Issue[] {
  const path = zi.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  // Editors add keys by name: the message names the key ("text"); the full path is in the location.
  const key = [...path].reverse().find((s) => typeof s === 'string');
  const field = key ?? (formatPath(path) || '(filen)');
  const hint = describeAt(root, path) ?? '';
  const at = locate(source, path);
  // An absent field fails as whatever its schema expects (a type, an enum value): it is missing either way.
  if (zi.input === undefined && zi.code !== 'unrecognized_keys' && zi.code !== 'invalid_key') {
    return [makeIssue('missing-field', { field, hint }, at)];
  }
  switch (zi.code) {
    case 'invalid_type': {
      return [
        makeIssue('wrong-type', { field, expected: typeName(zi.expected), actual: valueName(zi.input), hint }, at),
      ];
    }
    case 'unrecognized_keys': {
      const allowed = keysAt(root, path);
      return (zi.keys ?? []).map((key) =>
        makeIssue(
          'unknown-key',
          { key, suggestion: suggest(key, allowed), allowed: allowed.join(', ') },
          locate(source, [...path, key], true),
        ),
      );
    }
    case 'invalid_format': {
      const value = String(zi.input);
      if (zi.message === 'id-format') return [idFormat(value, field, at)];
      if (zi.message === 'date-format') return [makeIssue('date-format', { value, field }, at)];
      const detail =
        zi.format === 'url' ? 'det är inte en giltig webbadress (http:// eller https://)' : 'formatet stämmer inte';
      return [makeIssue('invalid-value', { field, value, detail, hint }, at)];
    }
    case 'invalid_value': {
      const allowed = (zi.values ?? []).map(String);
      return [
        makeIssue(
          'invalid-value',
          {
            field,
            value: shortValue(zi.input),
            detail: `tillåtna värden är ${allowed.join(', ')}`,
            hint: withSuggestion(typeof zi.input === 'string' ? zi.input : '', allowed, hint),
          },
          at,
        ),
      ];
    }
    case 'too_big':
      if (zi.message === 'id-too-long') return [tooLong(String(zi.input), field, at)];
    // falls through: any other bound is an invalid value
    case 'too_small': {
      const detail = sizeDetail(zi);
      return [makeIssue('invalid-value', { field, value: shortValue(zi.input), detail, hint }, at)];
    }
    case 'custom': {
      if (zi.message === 'date-calendar') {
        const value = String(zi.input);
        return [makeIssue('date-not-in-calendar', { value, field, detail: calendarFault(value) ?? '' }, at)];
      }
      return [
        makeIssue('invalid-value', { field, value: shortValue(zi.input), detail: 'värdet är inte tillåtet', hint }, at),
      ];
    }
    case 'invalid_key': {
      // A record key (direction id in `areas`) that is not a valid id.
      const key = String(path[path.length - 1] ?? zi.input ?? '');
      return [idFormat(key, field, locate(source, path, true))];
    }
    default:
      return [makeIssue('invalid-value', { field, value: shortValue(zi.input), detail: zi.message, hint }, at)];
  }
}

/**
 * An id that does not follow the format. Characters outside ASCII are named by code point, so that a
 * look-alike (a Cyrillic "а" for "a") is seen for what it is in an id that otherwise looks right.
 */
function idFormat(value: string, field: string, at: Location): Issue {
  const foreign = [...new Set([...value].filter((ch) => ch.charCodeAt(0) > 0x7e))].slice(0, 5);
  const chars = foreign
    .map((ch) => `"${ch}" (U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`)
    .join(', ');
  return makeIssue('id-format', chars ? { value, field, chars } : { value, field }, at);
}

/** An id longer than a name in a path may be. */
export function tooLong(value: string, field: string, at: Location): Issue {
  const params = { value: shortValue(value), field, length: String(value.length), limit: String(MAX_ID_LENGTH) };
  return makeIssue('id-too-long', params, at);
}

function withSuggestion(value: string, allowed: string[], hint: string): string {
  const best = suggest(value, allowed);
  return `${best ? `Menade du "${best}"? ` : ''}Välj ett av de tillåtna värdena. ${hint}`.trim();
}

function sizeDetail(zi: ZodIssue): string {
  const issue = zi as ZodIssue & { origin?: string; minimum?: number | bigint; maximum?: number | bigint };
  const small = zi.code === 'too_small';
  const bound = String(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'string') return small ? 'texten får inte vara tom' : `texten får vara högst ${bound} tecken`;
  if (issue.origin === 'array')
    return small ? `listan ska ha minst ${bound} värde(n)` : `listan får ha högst ${bound} värden`;
  return small ? `värdet ska vara minst ${bound}` : `värdet får vara högst ${bound}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'true eller false',
  array: 'en lista',
  object: 'ett block med fält',
  record: 'ett block med fält',
  null: 'tomt (null)',
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

function valueName(value: unknown): string {
  if (value === null) return 'tomt (null)';
  if (Array.isArray(value)) return 'en lista';
  if (typeof value === 'object') return 'ett block med fält';
  if (typeof value === 'string') return `text ("${shortValue(value)}")`;
  if (typeof value === 'number') return `talet ${value}`;
  if (typeof value === 'boolean') return String(value);
  return typeof value;
}

function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return cutText(text);
}

// Walks a zod schema along a data path; returns the field's schema as declared (wrappers included).
function fieldSchema(schema: AnySchema, path: PathSegment[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const seg of path) {
    if (!current) return undefined;
    const def = defOf(unwrap(current));
    if (def.type === 'object') current = (def.shape as Record<string, AnySchema>)[String(seg)];
    else if (def.type === 'array') current = def.element as AnySchema;
    else if (def.type === 'record') current = def.valueType as AnySchema;
    else return undefined;
  }
  return current;
}

const WRAPPERS = ['optional', 'nullable', 'default', 'prefault', 'readonly'];

function defOf(schema: AnySchema): Record<string, unknown> & { type: string } {
  return (schema as unknown as { def: Record<string, unknown> & { type: string } }).def;
}

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  while (WRAPPERS.includes(defOf(current).type)) current = defOf(current).innerType as AnySchema;
  return current;
}

/** The first description found on the field or the types it wraps. */
function describeAt(schema: AnySchema, path: PathSegment[]): string | undefined {
  let current = fieldSchema(schema, path);
  while (current) {
    if (current.description) return current.description;
    current = WRAPPERS.includes(defOf(current).type) ? (defOf(current).innerType as AnySchema) : undefined;
  }
  return undefined;
}

function keysAt(schema: AnySchema, path: PathSegment[]): string[] {
  const target = fieldSchema(schema, path);
  if (!target) return [];
  const def = defOf(unwrap(target));
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** One record (a goal, an owner, a region, an area …) as far as it could be read. */
export interface Salvaged {
  /** The record's well-formed fields, each checked against its own schema; faulty and unknown ones left out. */
  fields: Record<string, unknown>;
  /** The whole record, when it passes its schema once its faulty optional fields are left out. */
  complete: unknown;
  /** Whether the record had any fault. */
  faulty: boolean;
}

/**
 * A file's records, each checked on its own, so that one faulty record neither hides its own well-formed
 * fields nor its neighbours from the cross-file rules. A list file gives one record per item; a file that
 * is one block (plan.yaml, a chapter's frontmatter) gives one record.
 */
export function salvageRecords(schema: AnySchema, value: unknown): Salvaged[] {
  const def = defOf(unwrap(schema));
  if (def.type === 'array')
    return Array.isArray(value) ? value.map((item) => salvageRecord(def.element as AnySchema, item)) : [];
  return [salvageRecord(schema, value)];
}

function salvageRecord(schema: AnySchema, value: unknown): Salvaged {
  const whole = schema.safeParse(value);
  if (whole.success) return { fields: whole.data as Record<string, unknown>, complete: whole.data, faulty: false };
  const def = defOf(unwrap(schema));
  if (def.type !== 'object' || typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { fields: {}, complete: undefined, faulty: true };
  }
  const raw = value as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(def.shape as Record<string, AnySchema>)) {
    const result = field.safeParse(raw[key]);
    if (result.success && result.data !== undefined) fields[key] = result.data;
  }
  // Faulty optional fields left out (defaults filled in), the record may still be whole.
  const rest = schema.safeParse(Object.fromEntries(Object.keys(fields).map((key) => [key, raw[key]])));
  return { fields, complete: rest.success ? rest.data : undefined, faulty: true };
}
