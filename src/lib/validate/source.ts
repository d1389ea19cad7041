// Reads content files into values with positions, so every later finding can name a line: plain YAML
// through the fast reader (plain-yaml.ts), anything else through the yaml package.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { makeIssue, type Issue, type Location } from './issue.ts';
import { plainPosition, readPlainYaml, type PlainYaml, type Positioned } from './plain-yaml.ts';
import { ANCHOR, COMMENT_IN_TEXT, MAX_YAML_DEPTH, syntaxFaults, type ParseError } from './yaml-errors.ts';

export type PathSegment = string | number;

export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_ALIAS_COUNT = 100;

/** A parsed YAML document (a whole .yaml file or an MDX frontmatter block) with its positions. */
export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** Lines before the YAML starts in the file (1 for frontmatter after "---"). */
  lineOffset: number;
  /** The plain value, or undefined when the YAML could not be read. */
  data: unknown;
  /** Where each node starts, when the fast reader read the file. */
  positions?: Positioned;
}

/** Rejects a file by its size alone, so that a huge file is never read into memory. */
export function checkSize(file: string, size: number): Issue | null {
  if (size <= MAX_FILE_BYTES) return null;
  return makeIssue('file-too-large', { size: String(size), limit: String(MAX_FILE_BYTES) }, { file, line: 1, col: 1 });
}

/** Rejects files that are not reasonable text before any parsing: too large, binary, or not UTF-8. */
export function checkRaw(file: string, bytes: Buffer): Issue | null {
  const tooLarge = checkSize(file, bytes.length);
  if (tooLarge) return tooLarge;
  if (bytes.includes(0)) return makeIssue('file-binary', {}, { file, line: 1, col: 1 });
  return checkEncoding(file, bytes);
}

/**
 * A file that is not valid UTF-8 (typically saved as Windows-1252) would otherwise be read with U+FFFD
 * in place of å, ä and ö and published that way. Names the line and column of the first bad byte.
 */
function checkEncoding(file: string, bytes: Buffer): Issue | null {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return null;
  } catch {
    // A newline byte never occurs inside a multi-byte UTF-8 sequence, so lines can be checked one by one.
    let start = 0;
    for (let line = 1; ; line++) {
      const nl = bytes.indexOf(0x0a, start);
      const end = nl === -1 ? bytes.length : nl;
      const col = firstBadChar(bytes.subarray(start, end));
      if (col !== null || nl === -1) {
        const raw = new TextDecoder('windows-1252').decode(bytes.subarray(start, end)).replace(/\r$/, '');
        const text = raw.length > 80 ? `${raw.slice(0, 77)}…` : raw;
        return makeIssue('file-encoding', { line: String(line), text }, { file, line, col: col ?? 1 });
      }
      start = nl + 1;
    }
  }
}

/** 1-based column (in UTF-16 units, like every other column) of the first invalid byte; null if valid. */
function firstBadChar(line: Uint8Array): number | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(line);
    return null;
  } catch {
    // Feed byte by byte: the decoder throws at the byte that cannot continue a valid sequence.
    const stream = new TextDecoder('utf-8', { fatal: true });
    let text = '';
    for (let i = 0; i < line.length; i++) {
      try {
        text += stream.decode(line.subarray(i, i + 1), { stream: true });
      } catch {
        return text.length + 1;
      }
    }
    return text.length + 1; // a sequence cut off at the end of the line
  }
}

export function parseYaml(file: string, text: string, lineOffset = 0): { source: YamlSource; issues: Issue[] } {
  const plain = readPlainYaml(text);
  if (plain) return { source: plainSource(file, text, lineOffset, plain), issues: [] };
  return parseYamlFully(file, text, lineOffset);
}

/**
 * A file the fast reader read: the yaml package's document is made only if a script asks for it or a
 * finding's position passes an empty value. plain-yaml.ts answers only where the yaml package finds no
 * fault and gives the same value, so that document is the one parseYamlFully would have made.
 */
function plainSource(file: string, text: string, lineOffset: number, plain: PlainYaml): YamlSource {
  let full: YamlSource | undefined;
  const parsed = () => (full ??= parseYamlFully(file, text, lineOffset).source);
  return {
    file,
    lineOffset,
    data: plain.data,
    positions: plain.positions,
    get doc() {
      return parsed().doc;
    },
    get lines() {
      return parsed().lines;
    },
  };
}

/** The yaml package's reading of a file, with every fault it finds (and the test's measure of the fast reader). */
export function parseYamlFully(
  file: string,
  text: string,
  lineOffset: number,
): { source: YamlSource; issues: Issue[] } {
  const lines = new LineCounter();
  const issues: Issue[] = [];
  const at = (offset: number) => {
    const pos = lines.linePos(offset);
    return { file, line: pos.line + lineOffset, col: pos.col };
  };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch {
    // The parser recurses per level of nesting; only a nesting far too deep makes it throw.
    const source: YamlSource = { file, doc: parseDocument(''), lines, lineOffset, data: undefined };
    issues.push(makeIssue('yaml-too-deep', { limit: String(MAX_YAML_DEPTH) }, { file, line: 1 + lineOffset, col: 1 }));
    return { source, issues };
  }
  const source: YamlSource = { file, doc, lines, lineOffset, data: undefined };
  for (const fault of syntaxFaults(text, syntaxErrors(doc, text), (part) =>
    syntaxErrors(parseDocument(part, { uniqueKeys: true }), part),
  )) {
    issues.push(makeIssue(fault.code, fault.params, at(fault.offset)));
  }
  if (issues.length > 0) return { source, issues };
  // "__proto__" as a key would set the value's prototype instead of a field, and vanish without a trace.
  eachNode(doc.contents, (node) => {
    if (isPair(node) && isScalar(node.key) && node.key.value === '__proto__')
      issues.push(makeIssue('reserved-key', { key: '__proto__' }, at(node.key.range?.[0] ?? 0)));
  });
  if (issues.length > 0) return { source, issues };
  const deep = tooDeep(doc.contents, MAX_YAML_DEPTH);
  if (deep !== null) {
    issues.push(makeIssue('yaml-too-deep', { limit: String(MAX_YAML_DEPTH) }, at(deep)));
    return { source, issues };
  }
  try {
    source.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/alias count/i.test(message)) {
      issues.push(makeIssue('yaml-alias-limit', { limit: String(MAX_ALIAS_COUNT) }, at(0)));
    } else {
      // An alias (*name) without its anchor, or anything else the parser could not resolve.
      issues.push(makeIssue('yaml-syntax', { detail: ANCHOR.detail, fix: ANCHOR.fix }, at(firstAlias(doc))));
    }
  }
  return { source, issues };
}

/**
 * The parser's errors and warnings (an unknown tag, !x, is only a warning to the parser, but it silently
 * changes the value), and text values cut short by a comment.
 */
function syntaxErrors(doc: Document, text: string): ParseError[] {
  const found: ParseError[] = [...doc.errors, ...doc.warnings];
  for (const offset of commentsInText(doc, text))
    found.push({ code: COMMENT_IN_TEXT, message: '', pos: [offset, offset + 1] });
  return found;
}

/** The offset of the first node nested deeper than `limit` collections, or null; iterative, so any depth is safe. */
function tooDeep(root: unknown, limit: number): number | null {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (depth >= limit) return rangeStart(node) ?? 0;
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          stack.push([item.key, depth + 1], [item.value, depth + 1]);
        } else stack.push([item, depth + 1]);
      }
    }
  }
  return null;
}

function firstAlias(doc: Document.Parsed): number {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset ??= node.range?.[0];
    },
  });
  return offset ?? 0;
}

/**
 * Text values cut short by a comment: in `text: Mål #2 ska …` YAML reads " #2 ska …" as a comment, so the
 * value is only "Mål". Taken as that mistake: a comment whose text starts right after the # (`#2`), or a
 * comment one space after a text of several words (`steg # 2`). A comment written as comments are, with
 * two spaces before the # and one after (`name: Region Norrbotten  # som i planen`), is valid YAML and
 * what the guide shows; so is any comment after a one-word value (`kind: region # …`).
 */
function commentsInText(doc: Document, text: string): number[] {
  const found: number[] = [];
  eachNode(doc.contents, (node) => {
    if (!isScalar(node) || node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.comment || !node.range)
      return;
    // At the " #" itself, which follows the value (and its spaces) on the same line.
    const hash = Math.max(node.range[1], text.indexOf('#', node.range[1]));
    const gap = text.slice(node.range[1], hash);
    const glued = /^\S/.test(node.comment);
    const close = /^[ \t]?$/.test(gap) && /\s/.test(node.value);
    if (glued || close) found.push(hash);
  });
  return found;
}

/**
 * Every node under `root` in document order (a pair, then its key, then its value), as the parser's `visit`
 * goes, but without its per-node bookkeeping: these walks run over every content file in every check.
 */
function eachNode(root: unknown, each: (node: unknown) => void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    each(node);
    if (isMap(node) || isSeq(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    else if (isPair(node)) stack.push(node.value, node.key);
  }
}

/** Splits MDX into its frontmatter YAML and body; null when there is no frontmatter. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | null {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return null;
  const bodyLine = match[0].split('\n').length;
  return { yaml: match[1], body: text.slice(match[0].length), bodyLine };
}

/**
 * The position of a path in a document: the node itself when it exists, else its deepest existing parent.
 * With `key`, the position of the key of the last segment (for unknown or duplicate fields).
 */
export function locate(source: YamlSource, path: PathSegment[], key = false): Location {
  const fast = source.positions && plainPosition(source.positions, path, key);
  if (fast) return { file: source.file, line: fast.line + source.lineOffset, col: fast.col, field: formatPath(path) };
  let node: unknown = source.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (pair && key && i === path.length - 1) {
        offset = rangeStart(pair.key) ?? offset;
        break;
      }
      next = pair?.value;
      if (pair && next == null) offset = rangeStart(pair.key) ?? offset;
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
    }
    if (next == null) break;
    node = next;
    offset = rangeStart(node) ?? offset;
  }
  const pos = source.lines.linePos(offset);
  return { file: source.file, line: pos.line + source.lineOffset, col: pos.col, field: formatPath(path) };
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

/** "[3].owners[1]" style path, readable for editors. */
export function formatPath(path: PathSegment[]): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}
