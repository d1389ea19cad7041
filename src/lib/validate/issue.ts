import { RULES, type ParamName, type Params, type ParamsOf, type RuleCode, type Severity } from './rules.ts';

/** One finding, positioned in a file, worded for an editor. */
export interface Issue {
  code: RuleCode;
  severity: Severity;
  /** Path relative to the content root, with forward slashes. */
  file: string;
  /** 1-based line and column. */
  line: number;
  col: number;
  /** Field path inside the file, e.g. "[3].owners[1]"; empty for the whole file. */
  field: string;
  message: string;
  fix: string;
}

export interface Location {
  file: string;
  line: number;
  col: number;
  field?: string;
}

/** An issue of rule `code`, with exactly the parameters that rule declares (checked by TypeScript). */
export function makeIssue<C extends RuleCode>(code: C, params: NoInfer<ParamsOf<C>>, at: Location): Issue {
  const rule = RULES[code];
  const safe = safeParams(params);
  return {
    code,
    severity: rule.severity,
    file: safeText(at.file, MAX_PATH),
    line: at.line,
    col: at.col,
    field: safeText(at.field ?? '', MAX_VALUE),
    message: rule.message(safe),
    fix: rule.fix(safe),
  };
}

/**
 * Every parameter may come from content (a value, a key, a file name): all of them are made safe here,
 * once, so no output format (terminal, annotation, job summary) can be given raw control characters.
 */
function safeParams<P extends Params>(params: P): P {
  const escaped = Object.entries(params).flatMap(([name, value]): [string, string][] =>
    value === undefined ? [] : [[name, safeText(value, LIST_PARAMS.has(name) ? MAX_LIST : MAX_VALUE)]],
  );
  // The same names, each with its safe text: spread over the parameters, the object keeps their type.
  return { ...params, ...Object.fromEntries(escaped) };
}

/** Longest quoted value (in characters, after escaping); lists of allowed values and hints get more room. */
export const MAX_VALUE = 80;
const MAX_LIST = 400;
const MAX_PATH = 200;
const LIST_PARAMS: ReadonlySet<string> = new Set<ParamName>([
  'known',
  'allowed',
  'hint',
  'detail',
  'fix',
  'parts',
  'joined',
  // A line to copy into content/redirects.yaml: two ids of up to 80 characters each, never cut.
  'redirect',
  'removedRedirect',
]);

// C0 and C1 control characters, DEL, line/paragraph separators, and the invisible format characters
// (Unicode category Cf: bidirectional overrides and isolates, zero-width spaces and joiners, the soft
// hyphen, the byte-order mark …) and the blank letters that render as nothing, which can make a terminal or a review page show text other than what is there.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/u;

/** One character as a \uXXXX escape (a character beyond U+FFFF as its two UTF-16 halves). */
const escapeChar = (ch: string) =>
  [...Array(ch.length).keys()].map((i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');

/** Text with every unsafe character written as a \uXXXX escape, so that what is there can be seen. */
export function showInvisible(text: string): string {
  return [...text].map((ch) => (UNSAFE.test(ch) ? escapeChar(ch) : ch)).join('');
}

/**
 * Text from content made fit to print: unsafe characters written as \uXXXX escapes, and cut (with "…")
 * to at most `max` characters, never inside an escape or a surrogate pair.
 */
export function safeText(text: string, max: number): string {
  const pieces = [...text].map((ch) => (UNSAFE.test(ch) ? escapeChar(ch) : ch));
  if (pieces.join('').length <= max) return pieces.join('');
  let out = '';
  for (const piece of pieces) {
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `${out}…`;
}

export function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code),
  );
}
