/**
 * A fast reader for the plain block YAML that content files are written in: mappings with simple keys,
 * sequences, and plain or simply quoted text, on one line or more. The yaml package reads about 2-3 MB/s,
 * which made parsing the largest single part of the check and the build (about 9 % of the build at 100×).
 * This reader answers only where it gives exactly what the yaml package gives, and null for anything else
 * (flow collections other than [] and {}, anchors, tags, block scalars, escapes and quotes inside quoted
 * text, blank lines in text, comments after a value, tabs, carriage returns, duplicate or special keys,
 * numbers other than decimal integers); the caller then uses the yaml package, so every file with anything
 * unusual, and every file with a fault, is read and reported exactly as before. plain-yaml.test.ts holds
 * the two readers to the same answer on generated and real files.
 */

export interface PlainYaml {
  /** The value, as the yaml package's `toJS()` gives it. */
  data: unknown;
  /** Where each node starts, for finding a field's line without the yaml package's document. */
  positions: Positioned;
}

/** A 1-based line and column (in UTF-16 units), as the yaml package's line counter gives them. */
export interface Pos {
  line: number;
  col: number;
}

/**
 * A node's start, and its children's. A child that is null is an empty value ("key:" and nothing), whose
 * position only the yaml package knows.
 */
export type Positioned =
  | { start: Pos; kind: 'map'; entries: Map<string, { key: Pos; value: Positioned | null }> }
  | { start: Pos; kind: 'seq'; items: Positioned[] }
  | { start: Pos; kind: 'scalar' };

interface Line {
  indent: number;
  /** The text after the indentation; a line of only spaces or a comment is left out of the list. */
  content: string;
  /** 0-based number of the line in the text. */
  row: number;
}

/** A node deeper than this is left to the yaml package, which reports depth beyond its limit. */
const MAX_DEPTH = 16;
/** YAML allows an implicit key up to 1024 characters; longer ones are left to the yaml package's error. */
const MAX_KEY = 1000;
/** A key of letters, digits, '_', '-' and inner spaces ("Region Halland"), then its value, if on the line. */
const KEY = /^(\p{L}(?:[\p{L}\p{N}_ -]*[\p{L}\p{N}_-])?):(?: +(.*))?$/u;
/** Anything here is left to the yaml package: tabs, control, format and line-separating characters. */
const UNUSUAL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\0-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\r]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** The core schema's other plain forms: numbers that are not decimal integers. */
const OTHER_NUMBER =
  /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
const INTEGER = /^[-+]?[0-9]+$/;

class Unplain extends Error {}

export function readPlainYaml(text: string): PlainYaml | null {
  if (UNUSUAL.test(text)) return null;
  const lines: Line[] = [];
  let row = 0;
  for (const raw of text.split('\n')) {
    const content = trimSpaces(raw, 'start');
    // A comment glued to its # ("#2") is what the validator takes for a text cut short: the yaml package's.
    if (content[0] === '#' && content.length > 1 && content[1] !== ' ') return null;
    if (content !== '' && content[0] !== '#') lines.push({ indent: raw.length - content.length, content, row });
    row++;
  }
  if (lines.length === 0 || lines[0].indent !== 0) return null;
  let at = 0;

  const fail = (): never => {
    throw new Unplain();
  };
  const isItem = (content: string) => content === '-' || content.startsWith('- ');
  /** The start of the current line's content, or of its text from `offset` on. */
  const here = (offset = 0): Pos => ({ line: lines[at].row + 1, col: lines[at].indent + offset + 1 });

  /**
   * A scalar after a key or a dash. A plain one may go on over the next lines, indented deeper than its
   * parent: YAML joins them with spaces (a blank line or a comment between them is left to the yaml package).
   */
  function scalar(content: string, parentIndent: number, start: Pos): [unknown, Positioned] {
    let text = trimSpaces(content, 'end');
    const quote = text[0];
    if ((quote === "'" || quote === '"') && (text.length < 2 || text.at(-1) !== quote))
      return [quotedOverLines(text, quote, parentIndent), { start, kind: 'scalar' }];
    let row = lines[at].row;
    // Each line is checked on its own, never the text so far again, so a long text costs its length once.
    const plain = isPlain(text);
    for (at++; at < lines.length && lines[at].indent > parentIndent; at++) {
      const part = trimSpaces(lines[at].content, 'end');
      if (lines[at].row !== row + 1 || !plain || !isPlain(part)) fail();
      text = `${text} ${part}`;
      row = lines[at].row;
    }
    const value = scalarValue(text);
    if (Array.isArray(value)) return [value, { start, kind: 'seq', items: [] }];
    if (value !== null && typeof value === 'object') return [value, { start, kind: 'map', entries: new Map() }];
    return [value, { start, kind: 'scalar' }];
  }

  /**
   * Quoted text that goes on over the next lines, indented deeper than its parent, to the line that ends
   * with its closing quote: YAML joins the lines with spaces, without their leading and trailing spaces.
   */
  function quotedOverLines(first: string, quote: string, parentIndent: number): string {
    const parts = [first.slice(1)];
    let row = lines[at].row;
    let closed = false;
    for (at++; !closed && at < lines.length && lines[at].indent > parentIndent; at++) {
      if (lines[at].row !== row + 1) fail();
      row = lines[at].row;
      const part = trimSpaces(lines[at].content, 'end');
      closed = part.endsWith(quote);
      parts.push(closed ? part.slice(0, -1) : part);
    }
    // Every part as simple as a one-line quoted text, and none empty (an empty line is a line break).
    if (!closed || parts.some((part) => part === '' || !simplyQuoted(part, quote))) fail();
    if (at < lines.length && lines[at].indent > parentIndent) fail();
    return parts.join(' ');
  }

  /** The block starting at the current line, whose indentation is `indent`. */
  function block(indent: number, parentIndent: number, depth: number): [unknown, Positioned] {
    if (depth > MAX_DEPTH) fail();
    const { content } = lines[at];
    if (isItem(content)) return sequence(indent, depth);
    if (KEY.test(content)) return mapping(indent, depth);
    return scalar(content, parentIndent, here());
  }

  /** The value after "key:" with nothing on its line: a block below it, or null. */
  function valueBelow(indent: number, depth: number): [unknown, Positioned | null] {
    if (at >= lines.length) return [null, null];
    const next = lines[at];
    if (next.indent > indent) return block(next.indent, indent, depth + 1);
    // A sequence may sit at its key's own indentation.
    if (next.indent === indent && isItem(next.content)) return sequence(indent, depth + 1);
    return [null, null];
  }

  function mapping(indent: number, depth: number): [Record<string, unknown>, Positioned] {
    const map: Record<string, unknown> = {};
    const entries = new Map<string, { key: Pos; value: Positioned | null }>();
    const start = here();
    while (at < lines.length && lines[at].indent === indent) {
      const { content } = lines[at];
      const match = KEY.exec(content);
      if (!match) fail();
      const [, key, rest = ''] = match!;
      // A key the core schema reads as null or a boolean, not as text, is left to the yaml package.
      if (key.length > MAX_KEY || NULL.test(key) || BOOLEAN.test(key) || Object.hasOwn(map, key)) fail();
      const keyPos = here();
      const value = trimSpaces(rest, 'both');
      let read: [unknown, Positioned | null];
      if (value === '') {
        at++;
        read = valueBelow(indent, depth);
      } else read = scalar(value, indent, here(content.length - rest.length));
      map[key] = read[0];
      entries.set(key, { key: keyPos, value: read[1] });
    }
    if (at < lines.length && lines[at].indent > indent) fail();
    return [map, { start, kind: 'map', entries }];
  }

  function sequence(indent: number, depth: number): [unknown[], Positioned] {
    const list: unknown[] = [];
    const items: Positioned[] = [];
    const start = here();
    while (at < lines.length && lines[at].indent === indent && isItem(lines[at].content)) {
      const line = lines[at];
      const rest = line.content.slice(1);
      const inner = trimSpaces(rest, 'start');
      if (inner === '' || inner[0] === '#') fail(); // an empty item, or a comment after the dash
      // The item's own content, as a line of its own at the column where it starts.
      const column = indent + 1 + (rest.length - inner.length);
      lines[at] = { indent: column, content: inner, row: line.row };
      const [value, positioned] = block(column, indent, depth + 1);
      list.push(value);
      items.push(positioned);
    }
    if (at < lines.length && lines[at].indent > indent) fail();
    return [list, { start, kind: 'seq', items }];
  }

  try {
    // A file is a mapping or a list, perhaps empty ("..." or "---" alone would end or start a document).
    const { content } = lines[0];
    if (!isItem(content) && !KEY.test(content) && content !== '[]' && content !== '{}') return null;
    const [data, positions] = block(0, -1, 0);
    return at < lines.length ? null : { data, positions };
  } catch (err) {
    if (err instanceof Unplain) return null;
    throw err;
  }
}

/**
 * Where `path` is, found as `locate` finds it in the yaml package's document: the node itself, else its
 * deepest existing parent; with `key`, the last segment's key. Undefined where the way passes an empty
 * value, whose position only the yaml package's document has.
 */
export function plainPosition(root: Positioned, path: (string | number)[], key: boolean): Pos | undefined {
  let node = root;
  let pos = root.start;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    let next: Positioned | null | undefined;
    if (node.kind === 'map') {
      const entry = node.entries.get(String(seg));
      if (entry && key && i === path.length - 1) return entry.key;
      if (entry && entry.value === null) return undefined;
      next = entry?.value;
    } else if (node.kind === 'seq' && typeof seg === 'number') next = node.items[seg];
    if (!next) break;
    node = next;
    pos = next.start;
  }
  return pos;
}

/** A scalar as the core schema reads it, or Unplain for every form left to the yaml package. */
function scalarValue(text: string): unknown {
  const first = text[0];
  if (first === '"' || first === "'") {
    const inner = text.slice(1, -1);
    if (text.length < 2 || text.at(-1) !== first || !simplyQuoted(inner, first)) throw new Unplain();
    return inner;
  }
  if (text === '[]') return [];
  if (text === '{}') return {};
  if (!isPlain(text)) throw new Unplain();
  if (INTEGER.test(text)) return parseInt(text, 10);
  if (NULL.test(text)) return null;
  if (BOOLEAN.test(text)) return first === 't' || first === 'T';
  if (OTHER_NUMBER.test(text)) throw new Unplain();
  return text;
}

/** Text between quotes that YAML takes as written: no backslash (an escape) and no quote inside. */
function simplyQuoted(text: string, quote: string): boolean {
  return !text.includes(quote) && !text.includes('\\');
}

/**
 * Text the yaml package reads as one plain scalar: not starting with an indicator, and with no comment
 * (" #") and no key (": ", or a ":" at the end) inside.
 */
function isPlain(text: string): boolean {
  return (
    !'-?:,[]{}#&*!|>\'"%@`'.includes(text[0]) && !text.includes(' #') && !text.includes(': ') && !text.endsWith(':')
  );
}

/** Trims spaces only: JavaScript's trim() also takes no-break and other spaces, which YAML keeps as text. */
function trimSpaces(text: string, side: 'start' | 'end' | 'both'): string {
  let start = 0;
  let end = text.length;
  if (side !== 'end') while (text.charCodeAt(start) === 32) start++;
  if (side !== 'start') while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(start, end);
}
