// The fast reader must never change what the validator accepts or reads: wherever it answers, the yaml
// package must find no fault and give the same value and the same goal lines. Held on every real content
// file and on generated files made to sit on the edges of what it reads (and a little past them).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { plainPosition, readPlainYaml } from './plain-yaml.ts';
import { locate, parseYamlFully, splitFrontmatter } from './source.ts';

const REPO = join(import.meta.dirname, '..', '..', '..');

/** The fast reader and the yaml package agree on `text`; returns whether the fast reader answered. */
function agree(text: string): boolean {
  const fast = readPlainYaml(text);
  if (!fast) return false;
  const full = parseYamlFully('f.yaml', text, 0);
  assert.deepEqual(full.issues, [], `the fast reader read a file the yaml package faults:\n${text}`);
  assert.deepStrictEqual(fast.data, full.source.data, `different values for:\n${text}`);
  for (const [path, key] of pathsIn(fast.data)) {
    const pos = plainPosition(fast.positions, path, key);
    if (!pos) continue;
    const { line, col } = locate(full.source, path, key);
    assert.deepEqual(pos, { line, col }, `${JSON.stringify(path)}${key ? ' (key)' : ''} is elsewhere in:\n${text}`);
  }
  return true;
}

/** Every path to a value in `data`, as itself and (for a field) as its key, and paths just past the end. */
function pathsIn(data: unknown, path: (string | number)[] = []): [(string | number)[], boolean][] {
  const found: [(string | number)[], boolean][] = [
    [path, false],
    [[...path, 'saknas'], false],
    [[...path, 99], true],
  ];
  if (Array.isArray(data)) data.forEach((item, i) => found.push(...pathsIn(item, [...path, i])));
  else if (data !== null && typeof data === 'object')
    for (const [k, v] of Object.entries(data)) found.push([[...path, k], true], ...pathsIn(v, [...path, k]));
  return found;
}

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ya?ml|mdx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('readPlainYaml on real files', () => {
  const files = ['content', 'plans', 'tests/fixtures'].flatMap((d) => contentFiles(join(REPO, d)));

  test('agrees with the yaml package on every content and fixture file it reads', () => {
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const yaml = file.endsWith('.mdx') ? splitFrontmatter(text)?.yaml : text;
      if (yaml !== undefined && agree(yaml) && !relative(REPO, file).startsWith('tests/')) read++;
    }
    // The fixtures are mostly faulty on purpose; the project's own files are nearly all plain.
    const own = files.filter((f) => !relative(REPO, f).startsWith('tests/')).length;
    assert.ok(read >= own * 0.9, `read ${read} of the project's ${own} files`);
  });

  test('reads every goal file and plan file of the project itself (else the speed is lost unseen)', () => {
    const plans = files.filter((f) => relative(REPO, f).startsWith('plans/') && f.endsWith('.yaml'));
    assert.ok(plans.length > 10);
    for (const file of plans)
      assert.ok(readPlainYaml(readFileSync(file, 'utf8')), `${relative(REPO, file)} left to the yaml package`);
  });
});

/** A mapping `depth` levels deep: "a:\n b:\n  c: x". */
const nested = (depth: number) =>
  `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')}\n${' '.repeat(depth)}x\n`;

describe('readPlainYaml: cases', () => {
  const value = (text: string) => readPlainYaml(text)?.data;

  test('reads the forms content is written in', () => {
    assert.deepEqual(value('a: 1\nb: "2024"\nc: text med å, och [parentes]\nd: null\ne: true\nf: []\n'), {
      a: 1,
      b: '2024',
      c: 'text med å, och [parentes]',
      d: null,
      e: true,
      f: [],
    });
    assert.deepEqual(value('- id: x\n  owners:\n  - a\n  - b\n-   y\n'), [{ id: 'x', owners: ['a', 'b'] }, 'y']);
    assert.deepEqual(value('a: en lång\n  rad\nRegion Halland: södra delen\n'), {
      a: 'en lång rad',
      'Region Halland': 'södra delen',
    });
    assert.deepEqual(value('- quote: \'Citat: över  \n    två rader.\'\n- "a\n  b "\n'), [
      { quote: 'Citat: över två rader.' },
      'a b ',
    ]);
    assert.deepEqual(value('[]\n'), []);
  });

  test('leaves every other form to the yaml package', () => {
    for (const text of [
      'a: 1\na: 2\n', // a duplicate key
      'a: Mål #2\n', // a comment that cuts a text short
      'a: x # c\n',
      'a: &x 1\nb: *x\n',
      'a: !tag x\n',
      'a: "\\u00e5"\n',
      'a: |\n  x\n',
      'a: [1, 2]\n',
      'a:\tx\n',
      'a: x\r\n',
      'a: 0x1F\n',
      'a: 1.0\n',
      '__proto__: x\n',
      'null: x\n',
      'a: x\n\n  y\n', // a blank line inside a text
      '---\na: x\n',
      '  a: x\n',
      'a: "x\n\n  y"\n', // a blank line in quoted text is a line break
      "a: 'x''s\n  y'\n",
      "a: 'x\n  '\n",
      '-\n',
      `${'k'.repeat(2000)}: x\n`,
      'a: x\u00a0\u2028\n',
      'a: x: y\n',
      '...\n', // the end of a document, not a text
      nested(21), // deeper than the validator's limit, which the yaml package's reading reports
      nested(5000), // and never so deep that the reader's own recursion overflows
    ])
      assert.equal(readPlainYaml(text), null, JSON.stringify(text));
  });

  test("reads nesting up to its own limit, within the validator's", () => {
    assert.notEqual(readPlainYaml(nested(16)), null);
  });

  test('keeps spaces other than the plain space, as YAML does', () => {
    assert.deepEqual(value('a: \u00a0x\u00a0\n'), { a: '\u00a0x\u00a0' });
  });
});

// A generated document: a tree of mappings, sequences and scalars written in the styles content uses, now
// and then with an odd key, value, comment or fold, then up to two random edits.
type Tree =
  | { kind: 'scalar'; text: string; quote: '' | '"' | "'"; fold: boolean; shallow: boolean; comment: string }
  | { kind: 'map'; entries: [string, Tree][]; step: number; sameIndentSeq: boolean }
  | { kind: 'seq'; items: Tree[]; step: number; dash: number };

const KEYS = ['id', 'text', 'owners', 'a', 'Region Halland', 'vagen-framat', 'å', 'x_y'];
const ODD_KEYS = ['constructor', 'null', 'True', 'b ', 'a:b', '-a', '1'];
const CHARS = [
  ...'ab å1 0:#-"\'[]{},&*!|>%@`\\.~?',
  ...['\t', '\u00a0', '\u2028', '\u0085', '\ufeff', '\ud800', '😀', '\r', ': ', ' #', '  '],
];
const WORDS = ['null', '~', 'true', 'False', '0o7', '0x1F', '.5', '1e3', '-1', '+1', '007', '1.0', '.inf', '[]', '{}'];
const EXTRA = ['', '...', '---', '-', 'Mål 2024', '2022–2024', '2022-06-15', 'https://x.se/a:b', 'C#', 'a  b'];

const PROSE = [
  'Mål',
  'ska',
  'år',
  '2024',
  'RCC',
  'x-y',
  'https://x.se/a:b',
  'C#',
  '(OPT)',
  '90 %',
  'å,',
  '[se]',
  'x:y',
];
const scalarText = fc.oneof(
  {
    arbitrary: fc.array(fc.constantFrom(...PROSE), { minLength: 1, maxLength: 5 }).map((w) => w.join(' ')),
    weight: 30,
  },
  { arbitrary: fc.constantFrom(...WORDS, ...EXTRA), weight: 1 },
  { arbitrary: fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 }).map((c) => c.join('')), weight: 1 },
);
const key = fc.oneof({ arbitrary: fc.constantFrom(...KEYS), weight: 40 }, fc.constantFrom(...ODD_KEYS));
const tree = fc.letrec<{ node: Tree; scalar: Tree; map: Tree; seq: Tree }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('scalar'), tie('map'), tie('seq')),
  scalar: fc.record({
    kind: fc.constant('scalar' as const),
    text: scalarText,
    quote: fc.constantFrom('' as const, '' as const, '' as const, '"' as const, "'" as const),
    fold: fc.oneof({ arbitrary: fc.constant(false), weight: 7 }, fc.constant(true)),
    // Folded lines as shallow as allowed (one column deeper than the parent), else deeper than the text.
    shallow: fc.boolean(),
    comment: fc.oneof({ arbitrary: fc.constant(''), weight: 30 }, fc.constantFrom(' # c', ' #c', '  # c')),
  }),
  map: fc.record({
    kind: fc.constant('map' as const),
    entries: fc.uniqueArray(fc.tuple(key, tie('node')), { maxLength: 4, selector: ([k]) => k }),
    step: fc.integer({ min: 1, max: 3 }),
    sameIndentSeq: fc.boolean(),
  }),
  seq: fc.record({
    kind: fc.constant('seq' as const),
    items: fc.array(tie('node'), { maxLength: 4 }),
    step: fc.integer({ min: 1, max: 3 }),
    dash: fc.integer({ min: 1, max: 2 }),
  }),
}));

const pad = (n: number) => ' '.repeat(n);

function scalarLines(node: Extract<Tree, { kind: 'scalar' }>, continueAt: number): [string, string[]] {
  const text = `${node.quote}${node.text}${node.quote}`;
  const words = node.fold ? text.split(' ') : [text];
  return [words[0] + (words.length === 1 ? node.comment : ''), words.slice(1).map((w) => pad(continueAt) + w)];
}

/** The lines of `node` written at `indent`, inside a parent at `parent`. */
function render(node: Tree, indent: number, parent = indent - 1): string[] {
  if (node.kind === 'scalar') {
    const [first, rest] = scalarLines(node, node.shallow ? parent + 1 : indent + 1);
    return [pad(indent) + first, ...rest];
  }
  if (node.kind === 'map') {
    if (node.entries.length === 0) return [`${pad(indent)}{}`];
    return node.entries.flatMap(([key, value]) => {
      if (value.kind === 'scalar') {
        const [first, rest] = scalarLines(value, value.shallow ? indent + 1 : indent + node.step);
        return [`${pad(indent)}${key}: ${first}`, ...rest];
      }
      const below = value.kind === 'seq' && node.sameIndentSeq ? indent : indent + node.step;
      return [`${pad(indent)}${key}:`, ...render(value, below)];
    });
  }
  if (node.items.length === 0) return [`${pad(indent)}[]`];
  return node.items.flatMap((item) => {
    const at = indent + 1 + node.dash;
    const lines = render(item, at, indent);
    // The item's first line moves up beside the dash (its indentation is exactly `at`).
    return [`${pad(indent)}-${pad(node.dash)}${lines[0].slice(at)}`, ...lines.slice(1)];
  });
}

const edit = fc.oneof(
  fc.constant(null),
  fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('insert', 'delete', 'comment', 'glued', 'blank', 'indent', 'dedent', 'repeat'),
  }),
);

function applyEdit(lines: string[], e: { at: number; kind: string } | null, char: string): string[] {
  if (!e || lines.length === 0) return lines;
  const out = [...lines];
  const i = e.at % out.length;
  const line = out[i];
  const col = e.at % (line.length + 1);
  if (e.kind === 'insert') out[i] = line.slice(0, col) + char + line.slice(col);
  if (e.kind === 'delete') out[i] = line.slice(0, col) + line.slice(col + 1);
  if (e.kind === 'comment') out.splice(i, 0, `${pad(e.at % 5)}# kommentar`);
  if (e.kind === 'glued') out.splice(i, 0, `${pad(e.at % 5)}#kommentar`);
  if (e.kind === 'blank') out.splice(i, 0, pad(e.at % 3));
  if (e.kind === 'indent') out[i] = ` ${line}`;
  if (e.kind === 'dedent') out[i] = line.replace(/^ /, '');
  if (e.kind === 'repeat') out.splice(i, 0, line);
  return out;
}

describe('readPlainYaml against the yaml package, generated files', () => {
  test('wherever the fast reader answers, the yaml package finds no fault and the same value and lines', () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.oneof(tree.map, tree.seq, tree.node),
        fc.array(edit, { maxLength: 2 }),
        fc.constantFrom(...CHARS),
        (root, edits, char) => {
          runs++;
          const lines = edits.reduce((ls, e) => applyEdit(ls, e, char), render(root, 0));
          if (agree(`${lines.join('\n')}\n`)) read++;
        },
      ),
      { numRuns: 3000 },
    );
    // Both sides are exercised: enough files read fast, and enough left to the yaml package.
    if (process.env.SHOW_READ) console.log(read, runs);
    assert.ok(read > runs / 8 && read < runs * 0.9, `read ${read} of ${runs}`);
  });
});
