// Seeded mutation test: random edits to the real content must never crash the validator, every issue
// must be well formed (known rule code, file, line >= 1 inside the file), and edits that are known to be
// wrong must produce an error. Runs validate() in-process on one temporary copy of content/ and plans/;
// each run rewrites only the mutated file and restores it afterwards.
//
// The second half mutates structure (nested Markdown, MDX constructs, frontmatter fences) and the file
// system (renames, wrong case, empty, unreadable, folders for files, symlinks) of tests/fixtures/base, and
// builds a sample for real: the check and `astro build` must agree both ways.
//
// Each run takes a new random seed, printed in the test names, and 75 + 40 + 75 + 60 = 250 mutants, so
// successive runs explore different mutants; the nightly workflow runs all 1,000 (MUTATION_SCALE=4).
// Reproduce a failure with the seed (and path) that fast-check prints:
//   MUTATION_SEED=<seed> node --test tests/validator/mutation.test.ts
import assert from 'node:assert/strict';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, describe, test } from 'node:test';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { validate, type Issue } from '../../src/lib/validate/index.ts';
import { RULES, type RuleCode } from '../../src/lib/validate/rules.ts';
import { splitFrontmatter } from '../../src/lib/validate/source.ts';
import { MAX_NESTING } from '../../src/lib/validate/mdx-policy.ts';
import { ID_PATTERN } from '../../src/schemas/common.ts';
import { buildSite } from '../support/build.ts';
import { BASE, REPO } from './harness.ts';

const SEED = Number(process.env.MUTATION_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** Multiplies every count below; 4 gives the full 1,000 mutants. */
const SCALE = Number(process.env.MUTATION_SCALE ?? 1);
const RUNS = Number(process.env.MUTATION_RUNS ?? 75 * SCALE);
const INVALID_RUNS = Number(process.env.MUTATION_INVALID_RUNS ?? 40 * SCALE);

// One copy of the real content for the whole file.
const root = mkdtempSync(join(tmpdir(), 'rcp-mutation-'));
after(() => rmSync(root, { recursive: true, force: true }));
cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
cpSync(join(REPO, 'plans'), join(root, 'plans'), { recursive: true });

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const abs = join(dir, d.name);
    return d.isDirectory() ? walk(abs) : [relative(root, abs).split(sep).join('/')];
  });
}
const FILES = walk(root)
  .filter((f) => f.endsWith('.yaml') || f.endsWith('.mdx'))
  .sort();
const ORIGINAL = new Map(FILES.map((f) => [f, readFileSync(join(root, f))]));
const GOALS_FILES = FILES.filter((f) => f.endsWith('/goals.yaml'));
const PLAN_FILES = FILES.filter((f) => f.endsWith('/plan.yaml'));
const CHAPTER_FILES = FILES.filter((f) => f.includes('/kapitel/'));
const MDX_FILES = FILES.filter((f) => f.endsWith('.mdx'));

// ---------------------------------------------------------------------------------------------------
// Reading and writing a file's YAML data (a whole .yaml file, or an MDX file's frontmatter).

type Data = unknown;

function readData(file: string): { data: Data; write: (data: Data) => string } {
  const text = ORIGINAL.get(file)!.toString('utf8');
  if (file.endsWith('.mdx')) {
    const parts = splitFrontmatter(text)!;
    const yamlText = text
      .slice(0, text.length - parts.body.length)
      .replace(/^---[ \t]*\r?\n/, '')
      .replace(/---[ \t]*\r?\n?$/, '');
    return { data: parse(yamlText), write: (data) => `---\n${stringify(data)}---\n${parts.body}` };
  }
  return { data: parse(text), write: (data) => stringify(data) };
}

/** Every path to a value in the data, parents before children. */
function paths(data: Data, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (Array.isArray(data)) data.forEach((v, i) => out.push([...prefix, i], ...paths(v, [...prefix, i])));
  else if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) out.push([...prefix, k], ...paths(v, [...prefix, k]));
  }
  return out;
}

function parentOf(data: Data, path: (string | number)[]): Record<string | number, unknown> {
  let node = data as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  return node;
}

// ---------------------------------------------------------------------------------------------------
// Invariants every result must satisfy, whatever the edit.

function lineCount(file: string): number | null {
  const abs = join(root, file);
  if (!existsSync(abs) || !statSync(abs).isFile()) return null;
  const bytes = readFileSync(abs);
  let n = 1;
  for (const b of bytes) if (b === 0x0a) n++;
  return n;
}

function assertWellFormed(issues: Issue[], what: string) {
  for (const issue of issues) {
    const at = `${what}\n${JSON.stringify(issue)}`;
    assert.ok(issue.code in RULES, `unknown rule code: ${at}`);
    assert.equal(issue.severity, RULES[issue.code].severity, at);
    assert.ok(typeof issue.file === 'string' && issue.file.length > 0, `no file: ${at}`);
    assert.ok(Number.isInteger(issue.line) && issue.line >= 1, `line < 1: ${at}`);
    assert.ok(Number.isInteger(issue.col) && issue.col >= 1, `col < 1: ${at}`);
    const lines = lineCount(issue.file);
    if (lines !== null) assert.ok(issue.line <= lines, `line ${issue.line} past the end (${lines} lines): ${at}`);
    for (const text of [issue.message, issue.fix]) {
      assert.ok(typeof text === 'string' && text.trim().length > 0, `empty text: ${at}`);
      assert.doesNotMatch(text, /\bundefined\b|\[object Object\]|\bNaN\b/, at);
    }
  }
}

/** Writes the mutated file, validates, restores the file; returns the issues. */
function validateWith(file: string, contents: string | Buffer, what: string): Issue[] {
  writeFileSync(join(root, file), contents);
  try {
    let result;
    try {
      result = validate(root);
    } catch (err) {
      assert.fail(`validate threw on ${what}: ${err instanceof Error ? err.stack : String(err)}`);
    }
    assertWellFormed(result.issues, what);
    assert.equal(result.ok, !result.issues.some((i) => i.severity === 'error'), what);
    return result.issues;
  } finally {
    writeFileSync(join(root, file), ORIGINAL.get(file)!);
  }
}

// ---------------------------------------------------------------------------------------------------
// Random edits.

const NASTY = [
  '\u202E', // right-to-left override
  '\u200F', // right-to-left mark
  '\u200B', // zero-width space
  '\u200D', // zero-width joiner
  '\uFEFF', // byte order mark
  '\u0000', // NUL
  '\uD800', // lone high surrogate (written as U+FFFD)
  '\uDC00', // lone low surrogate
  '\u2028', // line separator
  '\u0085', // next line
  '\r',
  '\t',
  'e\u0301',
  '😀',
  '{x}',
  '<script>alert(1)</script>',
  '[a](javascript:alert(1))',
  ': ',
  '- ',
  '&a ',
  '*a',
  '---\n',
  '"',
  "'",
  '#',
  '\n  ',
];

const textEdit = fc.record({
  kind: fc.constantFrom(
    'truncate',
    'inject',
    'delete-line',
    'duplicate-line',
    'swap-lines',
    'indent-line',
    'raw-bytes',
  ),
  a: fc.nat(),
  b: fc.nat(),
  text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 6 })),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }),
});

const dataEdit = fc.record({
  kind: fc.constantFrom('delete-key', 'rename-key', 'change-type', 'swap-values', 'break-reference'),
  a: fc.nat(),
  b: fc.nat(),
  value: fc.constantFrom<unknown>(
    42,
    -1,
    0,
    3.5,
    '',
    'x',
    null,
    true,
    [],
    {},
    [1, 2],
    { a: 1 },
    '2024–2022',
    'Ä\u202Eö',
  ),
});

type TextEdit = typeof textEdit extends fc.Arbitrary<infer T> ? T : never;
type DataEdit = typeof dataEdit extends fc.Arbitrary<infer T> ? T : never;

function applyText(file: string, e: TextEdit): Buffer {
  const bytes = ORIGINAL.get(file)!;
  const text = bytes.toString('utf8');
  const lines = text.split('\n');
  const li = e.a % lines.length;
  const lj = e.b % lines.length;
  switch (e.kind) {
    case 'truncate':
      return bytes.subarray(0, e.a % (bytes.length + 1));
    case 'inject': {
      const at = e.a % (text.length + 1);
      return Buffer.from(text.slice(0, at) + e.text + text.slice(at), 'utf8');
    }
    case 'delete-line':
      lines.splice(li, 1);
      break;
    case 'duplicate-line':
      lines.splice(li, 0, lines[li]);
      break;
    case 'swap-lines':
      [lines[li], lines[lj]] = [lines[lj], lines[li]];
      break;
    case 'indent-line':
      lines[li] = e.b % 2 ? `  ${lines[li]}` : lines[li].replace(/^\s+/, '');
      break;
    case 'raw-bytes': {
      const at = e.a % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(e.bytes), bytes.subarray(at)]);
    }
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

const REFERENCE_KEYS = new Set(['owners', 'chapter', 'region', 'direction', 'area', 'follows', 'areas', 'id']);

function applyData(file: string, e: DataEdit): string {
  const { data, write } = readData(file);
  const all = paths(data);
  if (all.length === 0) return write(e.value);
  const path = all[e.a % all.length];
  const parent = parentOf(data, path);
  const key = path[path.length - 1];
  switch (e.kind) {
    case 'delete-key':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'rename-key':
      if (!Array.isArray(parent)) {
        const renamed = e.b % 2 ? `${String(key)}s` : String(key).slice(0, -1) || 'x';
        parent[renamed] = parent[key];
        delete parent[key];
      }
      break;
    case 'change-type':
      parent[key] = e.value;
      break;
    case 'swap-values': {
      // Swap with another value under the same key name elsewhere (e.g. two goals' ids).
      const same = all.filter((p) => p[p.length - 1] === key && p.length === path.length);
      const other = same[e.b % same.length];
      const otherParent = parentOf(data, other);
      [parent[key], otherParent[other[other.length - 1]]] = [otherParent[other[other.length - 1]], parent[key]];
      break;
    }
    case 'break-reference': {
      const refs = all.filter((p) => p.some((seg) => typeof seg === 'string' && REFERENCE_KEYS.has(seg)));
      const ref = refs.length > 0 ? refs[e.b % refs.length] : path;
      const refParent = parentOf(data, ref);
      const refKey = ref[ref.length - 1];
      if (typeof refParent[refKey] === 'string') refParent[refKey] = `${refParent[refKey]}-okand`;
      else if (Array.isArray(refParent[refKey])) (refParent[refKey] as unknown[]).push('okant-id');
      else refParent[refKey] = 'okant-id';
      break;
    }
  }
  return write(data);
}

// ---------------------------------------------------------------------------------------------------
// Edits that are known to be wrong, each with the rule codes that would name the mistake.

interface InvalidEdit {
  name: string;
  files: string[];
  /** Returns the new contents, or null when this file has nothing to edit. */
  apply: (file: string, n: number) => string | Buffer | null;
  expect: RuleCode[];
}

const goalsOf = (file: string) => readData(file).data as Record<string, unknown>[];
const withGoal = (
  file: string,
  n: number,
  edit: (goal: Record<string, unknown>, goals: Record<string, unknown>[]) => void,
) => {
  const { data, write } = readData(file);
  const goals = data as Record<string, unknown>[];
  edit(goals[n % goals.length], goals);
  return write(goals);
};
const withData = (file: string, edit: (data: Record<string, unknown>) => boolean | void) => {
  const { data, write } = readData(file);
  return edit(data as Record<string, unknown>) === false ? null : write(data);
};
const hasColumn = (goalsFile: string, column: string) =>
  (
    parse(ORIGINAL.get(goalsFile.replace(/goals\.yaml$/, 'plan.yaml'))!.toString('utf8')).columns as { key: string }[]
  ).some((c) => c.key === column);

const INVALID_EDITS: InvalidEdit[] = [
  {
    name: 'remove a goal text',
    files: GOALS_FILES,
    apply: (f, n) => withGoal(f, n, (g) => delete g.text),
    expect: ['missing-field'],
  },
  {
    name: 'owners set to a number',
    files: GOALS_FILES,
    apply: (f, n) => withGoal(f, n, (g) => (g.owners = 42)),
    expect: ['wrong-type'],
  },
  {
    name: 'an unknown owner id',
    files: GOALS_FILES.filter((f) => hasColumn(f, 'owners')),
    apply: (f, n) => withGoal(f, n, (g) => (g.owners = [...((g.owners as string[]) ?? []), 'okand-agare'])),
    expect: ['unknown-owner'],
  },
  {
    name: 'a reversed timeframe 2024–2022',
    files: GOALS_FILES.filter((f) => hasColumn(f, 'timeframe')),
    apply: (f, n) => withGoal(f, n, (g) => (g.timeframe = '2024–2022')),
    expect: ['timeframe-reversed'],
  },
  {
    name: 'an unknown chapter',
    files: GOALS_FILES,
    apply: (f, n) => withGoal(f, n, (g) => (g.chapter = 'okant-kapitel')),
    expect: ['unknown-chapter'],
  },
  {
    name: 'two goals with the same id',
    files: GOALS_FILES,
    apply: (f, n) =>
      withGoal(f, n, (g, goals) => {
        const other = goals[(n + 1) % goals.length];
        if (other === g) goals.push({ ...g });
        else other.id = g.id;
      }),
    expect: ['duplicate-id'],
  },
  {
    name: "a goal id taken from another plan's goals",
    files: GOALS_FILES,
    apply: (f, n) => {
      const others = GOALS_FILES.filter((o) => o !== f).flatMap(goalsOf);
      return others.length === 0 ? null : withGoal(f, n, (g) => (g.id = others[n % others.length].id));
    },
    expect: ['duplicate-id'],
  },
  {
    name: 'an unknown region in plan.yaml',
    files: PLAN_FILES,
    apply: (f) => withData(f, (d) => void (d.region = 'atlantis')),
    expect: ['unknown-region'],
  },
  {
    name: 'an unknown direction in follows',
    files: PLAN_FILES,
    apply: (f) => withData(f, (d) => void (d.follows = [...((d.follows as string[]) ?? []), 'okant-ramverk'])),
    expect: ['unknown-direction'],
  },
  {
    name: 'a plan without title',
    files: PLAN_FILES,
    apply: (f) => withData(f, (d) => void delete d.title),
    expect: ['missing-field'],
  },
  {
    name: "an unknown area in a chapter's areas",
    files: CHAPTER_FILES,
    apply: (f, n) =>
      withData(f, (d) => {
        const areas = d.areas as Record<string, string[]> | undefined;
        const dirs = Object.keys(areas ?? {});
        if (dirs.length === 0) return false;
        areas![dirs[n % dirs.length]] = ['okant-omrade'];
      }),
    expect: ['unknown-area'],
  },
  {
    name: 'an unknown owner region in owners.yaml',
    files: ['content/owners.yaml'],
    apply: (f, n) =>
      withData(f, (d) => {
        const owners = d as unknown as Record<string, unknown>[];
        owners[n % owners.length].region = 'atlantis';
      }),
    expect: ['unknown-region'],
  },
  {
    name: 'a NUL byte',
    files: FILES,
    apply: (f, n) => {
      const bytes = ORIGINAL.get(f)!;
      const at = n % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([0]), bytes.subarray(at)]);
    },
    expect: ['file-binary'],
  },
  {
    name: 'a byte that is not UTF-8',
    files: FILES,
    apply: (f, n) => {
      const bytes = ORIGINAL.get(f)!;
      const at = n % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]);
    },
    expect: ['file-encoding'],
  },
  {
    name: 'a <script> element in MDX',
    files: MDX_FILES,
    apply: (f) => `${ORIGINAL.get(f)!.toString('utf8')}\n<script>alert(1)</script>\n`,
    expect: ['mdx-html'],
  },
  {
    name: 'an expression in MDX',
    files: MDX_FILES,
    apply: (f) => `${ORIGINAL.get(f)!.toString('utf8')}\nÅr {new Date().getFullYear()}\n`,
    expect: ['mdx-expression'],
  },
];

/** fc.assert, but the failure names the seed, the counterexample and the assertion that failed. */
function check<T>(property: fc.IProperty<T>, numRuns: number) {
  const details = fc.check(property, { seed: SEED, numRuns, endOnFailure: true });
  if (!details.failed) return;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  assert.fail(
    `Failed with seed ${details.seed}, path "${details.counterexamplePath}" ` +
      `(rerun: MUTATION_SEED=${details.seed} node --test tests/validator/mutation.test.ts)\n` +
      `Counterexample: ${fc.stringify(details.counterexample)}\n${cause}`,
  );
}

// ---------------------------------------------------------------------------------------------------

describe('mutation test on the real content', () => {
  test('the real content is valid to start with', () => {
    const result = validate(root);
    assertWellFormed(result.issues, 'unmutated');
    assert.ok(result.ok, JSON.stringify(result.issues, null, 2));
    assert.ok(GOALS_FILES.length > 0 && PLAN_FILES.length > 0 && CHAPTER_FILES.length > 0);
  });

  test(`random edits never crash the validator and give well-formed issues (seed ${SEED}, ${RUNS} runs)`, () => {
    const edit = fc.oneof(
      fc.record({ file: fc.constantFrom(...FILES), text: textEdit }),
      fc.record({ file: fc.constantFrom(...FILES), data: dataEdit }),
    );
    check(
      fc.property(edit, (e) => {
        const what = `seed ${SEED}: ${JSON.stringify(e)}`;
        const contents = 'text' in e ? applyText(e.file, e.text) : applyData(e.file, e.data);
        validateWith(e.file, contents, what);
      }),
      RUNS,
    );
  });

  test(`known-invalid edits always give an error naming the mistake (seed ${SEED}, ${INVALID_RUNS} runs)`, () => {
    const usable = INVALID_EDITS.filter((e) => e.files.length > 0);
    assert.equal(usable.length, INVALID_EDITS.length, 'every known-invalid edit has files to apply to');
    check(
      fc.property(fc.nat(usable.length - 1), fc.nat(), fc.nat(), (which, fileIndex, n) => {
        const edit = usable[which];
        const file = edit.files[fileIndex % edit.files.length];
        const contents = edit.apply(file, n);
        fc.pre(contents !== null);
        const what = `seed ${SEED}: ${edit.name} in ${file} (n=${n})`;
        const issues = validateWith(file, contents, what);
        const errors = issues.filter((i) => i.severity === 'error');
        assert.ok(errors.length > 0, `no error for ${what}`);
        assert.ok(
          errors.some((i) => edit.expect.includes(i.code)),
          `${what}: expected ${edit.expect.join(' or ')}, got ${errors.map((i) => i.code).join(', ')}`,
        );
      }),
      INVALID_RUNS,
    );
  });

  test('every file is restored after the runs', () => {
    for (const file of FILES) assert.ok(readFileSync(join(root, file)).equals(ORIGINAL.get(file)!), file);
  });
});

// ---------------------------------------------------------------------------------------------------
// Structural MDX and file-system mutations, and agreement with the build: what the check accepts, the
// build accepts, and what it refuses, the build refuses. These run on a copy of tests/fixtures/base (it
// validates in milliseconds, so hundreds of mutants stay cheap); every mutant is checked in-process, and a
// few are built for real with `astro build` (MUTATION_BUILDS, default 3: builds take the time).

const STRUCTURAL_RUNS = Number(process.env.MUTATION_STRUCTURAL_RUNS ?? 75 * SCALE);
const FS_RUNS = Number(process.env.MUTATION_FS_RUNS ?? 60 * SCALE);
const BUILDS = Number(process.env.MUTATION_BUILDS ?? 3);

const baseRoot = mkdtempSync(join(tmpdir(), 'rcp-mutation-base-'));
after(() => rmSync(baseRoot, { recursive: true, force: true }));

function resetBase() {
  for (const top of ['content', 'plans']) {
    const dir = join(baseRoot, top);
    // An unreadable mutant would keep rmSync from its files; give permissions back first.
    if (existsSync(dir)) for (const file of walkAbs(dir)) chmodSync(file, 0o755);
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(BASE, top), dir, { recursive: true });
  }
}

function walkAbs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const abs = join(dir, d.name);
    return d.isDirectory() && !d.isSymbolicLink() ? [abs, ...walkAbs(abs)] : [abs];
  });
}

resetBase();
const BASE_FILES = walkAbs(baseRoot)
  .filter((f) => statSync(f).isFile())
  .map((f) => relative(baseRoot, f).split(sep).join('/'))
  .sort();
const BASE_MDX = BASE_FILES.filter((f) => f.endsWith('.mdx'));
const BASE_CHAPTERS = BASE_FILES.filter((f) => f.includes('/kapitel/'));
const BASE_PLANS = [...new Set(BASE_FILES.filter((f) => f.startsWith('plans/')).map((f) => f.split('/')[1]))];

/** A mutant: what it does, the files it touches, and what the check must then say (when known). */
interface Mutant {
  name: string;
  /** Files (or folders) it changes, so that mutants on different files can be combined for a build. */
  touches: string[];
  apply: (root: string) => void;
  /** Codes one of which the check must report (the build refuses this too), or 'accept' when it must pass. */
  expect?: RuleCode[] | 'accept';
  /** Codes the check must not report (it would refuse what the build accepts). */
  never?: RuleCode[];
}

const nestedQuotes = (n: number) => `${'> '.repeat(n)}Citat.\n`;
const nestedList = (n: number) => `${Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- Punkt`).join('\n')}\n`;

/** Markdown and MDX constructs, valid and not, inserted between the body's lines. */
const SNIPPETS = [
  '# Rubrik {#egen}',
  '<!-- kommentar -->',
  'Text med fotnot.[^saknas]',
  '[^1]: Fotnot utan hänvisning.',
  '[text][saknas]',
  '| a | b |\n| --- |\n| 1 | 2 | 3 |',
  '| a | b |\n| :-- | --: |\n| 1 | 2 |',
  '<https://example.se>',
  '![bild](data:image/png;base64,AAAA)',
  '####### Sju nivåer',
  'Rubrik\n======',
  '***\n\n___',
  '`otillsluten kod',
  '```\nkod utan slut',
  '~~~js\nkod\n~~~',
  '    indragen kod',
  'import a from "b"',
  'export const x = 1',
  '{/* kommentar */}',
  '{1 + 1}',
  '&nbsp;&amp;&#x41;&#0;',
  '<br/>',
  '</div>',
  'www.example.se och https://example.se/sida?a=1&b=2',
  'Rad ett\\\nrad två',
  '[länk](<javascript:alert(1)>)',
  '> Citat\n>\n> - lista i citat',
  '1) första\n2) andra',
  '- [ ] uppgift\n- [x] klar',
  '\\{ \\} \\< \\>',
  'a < b och c > d',
  'Text } med klammer',
  '\u202Eomvänd text\u202C',
  'Zero\u200Bwidth',
  '---',
  '* * *',
  '<details><summary>Mer</summary>Text</details>',
  '[![bild](/a.png)](https://example.se)',
  '![s](../../../../secret.svg)',
  '![k](./bild.png)',
  '![r][ref]\n\n[ref]: ../../../../../etc/hostname',
  'Hårt\u00A0mellanslag',
  '\t\tText efter tabbar',
];

function appendToBody(root: string, file: string, text: string) {
  writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8').replace(/\n*$/, '\n')}\n${text}\n`);
}

function insertInBody(root: string, file: string, at: number, text: string) {
  const source = readFileSync(join(root, file), 'utf8');
  const parts = splitFrontmatter(source);
  if (!parts) return appendToBody(root, file, text);
  const lines = parts.body.split('\n');
  const i = at % (lines.length + 1);
  lines.splice(i, 0, '', text, '');
  writeFileSync(join(root, file), `${source.slice(0, source.length - parts.body.length)}${lines.join('\n')}`);
}

const structuralMutant = fc.oneof(
  fc.record({
    kind: fc.constant('quotes' as const),
    file: fc.constantFrom(...BASE_MDX),
    depth: fc.integer({ min: 1, max: 600 }),
  }),
  fc.record({
    kind: fc.constant('list' as const),
    file: fc.constantFrom(...BASE_MDX),
    depth: fc.integer({ min: 1, max: 300 }),
  }),
  fc.record({
    kind: fc.constant('snippet' as const),
    file: fc.constantFrom(...BASE_MDX),
    which: fc.nat(SNIPPETS.length - 1),
    at: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('fence' as const),
    file: fc.constantFrom(...BASE_MDX),
    how: fc.constantFrom(
      'no-close',
      'second-block',
      'crlf',
      'bom',
      'trailing-space',
      'empty-frontmatter',
      'only-frontmatter',
    ),
  }),
);

type StructuralEdit = typeof structuralMutant extends fc.Arbitrary<infer T> ? T : never;

function structural(e: StructuralEdit): Mutant {
  switch (e.kind) {
    case 'quotes':
      // Tree depth: the quotes, their paragraph and its text (see MAX_NESTING in mdx-policy.ts).
      return {
        name: `${e.depth} nested blockquotes in ${e.file}`,
        touches: [e.file],
        apply: (r) => appendToBody(r, e.file, nestedQuotes(e.depth)),
        ...(e.depth + 2 > MAX_NESTING ? { expect: ['mdx-too-deep'] } : { never: ['mdx-too-deep'] }),
      };
    case 'list':
      return {
        name: `a list ${e.depth} levels deep in ${e.file}`,
        touches: [e.file],
        apply: (r) => appendToBody(r, e.file, nestedList(e.depth)),
        ...(2 * e.depth + 2 > MAX_NESTING ? { expect: ['mdx-too-deep'] } : { never: ['mdx-too-deep'] }),
      };
    case 'snippet':
      return {
        name: `${JSON.stringify(SNIPPETS[e.which])} inserted in ${e.file} (at ${e.at})`,
        touches: [e.file],
        apply: (r) => insertInBody(r, e.file, e.at, SNIPPETS[e.which]),
      };
    case 'fence':
      return {
        name: `frontmatter fence "${e.how}" in ${e.file}`,
        touches: [e.file],
        apply: (r) => {
          const path = join(r, e.file);
          const text = readFileSync(path, 'utf8');
          const edited = {
            'no-close': () => text.replace(/\n---\n/, '\n'),
            'second-block': () => text.replace(/\n---\n/, '\n---\n---\ntitle: Två\n---\n'),
            crlf: () => text.replace(/\n/g, '\r\n'),
            bom: () => `\uFEFF${text}`,
            'trailing-space': () => text.replace(/^---\n/, '---  \n'),
            'empty-frontmatter': () => text.replace(/^---\n[\s\S]*?\n---\n/, '---\n---\n'),
            'only-frontmatter': () => text.replace(/(\n---\n)[\s\S]*$/, '$1'),
          }[e.how]();
          writeFileSync(path, edited);
        },
        ...(e.how === 'empty-frontmatter' ? { expect: ['missing-field', 'wrong-type'] as RuleCode[] } : {}),
      };
  }
}

/** A name of the id format but longer than an id may be (it becomes a folder of the built site). */
const LONG_NAME = `${'langt-namn-'.repeat(20)}slut`;
const BAD_NAMES = [
  'Med mellanslag',
  'närstående',
  'Versal',
  'under_streck',
  'dubbla--streck',
  '-ledande',
  'slut-',
  LONG_NAME,
];
const WRONG_CASE = (f: string) => f.replace(/[^/]+$/, (n) => n[0].toUpperCase() + n.slice(1));

const fsMutant = fc.oneof(
  fc.record({
    kind: fc.constant('rename-chapter' as const),
    file: fc.constantFrom(...BASE_CHAPTERS),
    to: fc.constantFrom(...BAD_NAMES, 'nytt-kapitel'),
  }),
  fc.record({
    kind: fc.constant('rename-plan' as const),
    plan: fc.constantFrom(...BASE_PLANS),
    to: fc.constantFrom(...BAD_NAMES, 'Norr-2022-2024', 'norr 2022-2024'),
  }),
  fc.record({ kind: fc.constant('wrong-case' as const), file: fc.constantFrom(...BASE_FILES) }),
  fc.record({ kind: fc.constant('wrong-case-folder' as const), plan: fc.constantFrom(...BASE_PLANS) }),
  fc.record({
    kind: fc.constant('extension' as const),
    file: fc.constantFrom(...BASE_FILES),
    ext: fc.constantFrom('.md', '.MDX', '.yml', '.YAML', '.txt', ''),
  }),
  fc.record({ kind: fc.constant('empty' as const), file: fc.constantFrom(...BASE_FILES) }),
  fc.record({ kind: fc.constant('unreadable' as const), file: fc.constantFrom(...BASE_FILES) }),
  fc.record({ kind: fc.constant('folder-for-file' as const), file: fc.constantFrom(...BASE_FILES) }),
  fc.record({ kind: fc.constant('remove' as const), file: fc.constantFrom(...BASE_FILES) }),
  fc.record({
    kind: fc.constant('copy-chapter' as const),
    file: fc.constantFrom(...BASE_CHAPTERS),
    order: fc.integer({ min: 0, max: 40 }),
  }),
  fc.record({ kind: fc.constant('hidden-file' as const), file: fc.constantFrom(...BASE_MDX) }),
  fc.record({ kind: fc.constant('symlink' as const), file: fc.constantFrom(...BASE_FILES) }),
);

type FsEdit = typeof fsMutant extends fc.Arbitrary<infer T> ? T : never;

// Outside the content root: what a symlink mutant points to.
const outside = mkdtempSync(join(tmpdir(), 'rcp-mutation-outside-'));
after(() => rmSync(outside, { recursive: true, force: true }));

function fileSystem(e: FsEdit): Mutant | null {
  const move = (r: string, from: string, to: string) => renameSync(join(r, from), join(r, to));
  switch (e.kind) {
    case 'rename-chapter': {
      const to = e.file.replace(/[^/]+\.mdx$/, `${e.to}.mdx`);
      if (e.to === LONG_NAME)
        return {
          name: `chapter ${e.file} renamed to ${to}`,
          touches: [e.file],
          apply: (r) => move(r, e.file, to),
          expect: ['id-too-long'],
        };
      const valid = ID_PATTERN.test(e.to);
      // A valid new name leaves the goals pointing at the old chapter id (unknown-chapter), or the
      // chapter without goals; an invalid one is refused by name.
      return {
        name: `chapter ${e.file} renamed to ${to}`,
        touches: [e.file],
        apply: (r) => move(r, e.file, to),
        ...(valid ? {} : { expect: ['file-name-id'] }),
      };
    }
    case 'rename-plan': {
      const from = `plans/${e.plan}`;
      const valid = ID_PATTERN.test(e.to) && e.to !== LONG_NAME;
      return {
        name: `plan folder ${from} renamed to plans/${e.to}`,
        touches: BASE_FILES.filter((f) => f.startsWith(`${from}/`)),
        apply: (r) => move(r, from, `plans/${e.to}`),
        expect: valid ? ['plan-folder-name'] : e.to === LONG_NAME ? ['id-too-long'] : ['file-name-id'],
      };
    }
    case 'wrong-case':
      return {
        name: `${e.file} renamed to ${WRONG_CASE(e.file)}`,
        touches: [e.file],
        apply: (r) => move(r, e.file, WRONG_CASE(e.file)),
        expect: errorCodes,
      };
    case 'wrong-case-folder':
      return {
        name: `plans/${e.plan}/kapitel renamed to Kapitel`,
        touches: BASE_FILES.filter((f) => f.startsWith(`plans/${e.plan}/kapitel/`)),
        apply: (r) => move(r, `plans/${e.plan}/kapitel`, `plans/${e.plan}/Kapitel`),
        expect: errorCodes,
      };
    case 'extension': {
      const to = e.file.replace(/\.[a-z]+$/, e.ext);
      if (to === e.file) return null;
      return {
        name: `${e.file} renamed to ${to}`,
        touches: [e.file],
        apply: (r) => move(r, e.file, to),
        expect: errorCodes,
      };
    }
    case 'empty':
      return { name: `${e.file} emptied`, touches: [e.file], apply: (r) => writeFileSync(join(r, e.file), '') };
    case 'unreadable':
      // As root the file stays readable (and must then pass as before); as any other user it must be an error.
      return { name: `${e.file} made unreadable`, touches: [e.file], apply: (r) => chmodSync(join(r, e.file), 0) };
    case 'folder-for-file':
      return {
        name: `a folder in place of ${e.file}`,
        touches: [e.file],
        apply: (r) => {
          rmSync(join(r, e.file));
          mkdirSync(join(r, e.file));
        },
        expect: errorCodes,
      };
    case 'remove':
      return { name: `${e.file} removed`, touches: [e.file], apply: (r) => rmSync(join(r, e.file)) };
    case 'copy-chapter': {
      const to = e.file.replace(/[^/]+\.mdx$/, 'kopierat-kapitel.mdx');
      return {
        name: `${e.file} copied to ${to} with order ${e.order}`,
        touches: [to],
        apply: (r) =>
          writeFileSync(
            join(r, to),
            readFileSync(join(r, e.file), 'utf8').replace(/^order: \d+$/m, `order: ${e.order}`),
          ),
      };
    }
    case 'hidden-file': {
      const to = e.file.replace(/[^/]+$/, (n) => `.${n}`);
      // Hidden files are neither content nor built (the build's glob skips them too).
      return {
        name: `a hidden copy ${to}`,
        touches: [to],
        apply: (r) => cpSync(join(r, e.file), join(r, to)),
        expect: 'accept',
      };
    }
    case 'symlink': {
      // TODO(i10a): symlinks get a rule of their own (the closed content tree); until it is on main these
      // mutants are skipped, and once it is, they must be refused by it.
      if (!('symlink' in RULES)) return null;
      return {
        name: `${e.file} replaced by a symlink to a copy outside the root`,
        touches: [e.file],
        apply: (r) => {
          const target = join(outside, e.file.replace(/\//g, '_'));
          cpSync(join(r, e.file), target);
          rmSync(join(r, e.file));
          symlinkSync(target, join(r, e.file));
        },
        expect: ['symlink'],
      };
    }
  }
}

const errorCodes = (Object.keys(RULES) as RuleCode[]).filter((c) => RULES[c].severity === 'error');

/** Applies a mutant to a fresh base, validates in-process, checks the invariants; returns the issues. */
function runMutant(m: Mutant): Issue[] {
  resetBase();
  m.apply(baseRoot);
  let result;
  try {
    result = validate(baseRoot);
  } catch (err) {
    assert.fail(`validate threw on ${m.name}: ${err instanceof Error ? err.stack : String(err)}`);
  }
  for (const issue of result.issues) {
    const at = `${m.name}\n${JSON.stringify(issue)}`;
    assert.ok(issue.code in RULES, `unknown rule code: ${at}`);
    assert.ok(issue.line >= 1 && issue.col >= 1, at);
    assert.doesNotMatch(`${issue.message} ${issue.fix}`, /\bundefined\b|\[object Object\]|\bNaN\b/, at);
  }
  const errors = result.issues.filter((i) => i.severity === 'error');
  const report = errors.map((i) => `${i.file}:${i.line} ${i.code}`).join(', ') || 'no errors';
  if (m.expect === 'accept') assert.equal(errors.length, 0, `${m.name}: must pass, got ${report}`);
  else if (m.expect)
    assert.ok(
      errors.some((i) => (m.expect as RuleCode[]).includes(i.code)),
      `${m.name}: expected ${m.expect.length > 5 ? 'an error' : m.expect.join(' or ')}, got ${report}`,
    );
  for (const code of m.never ?? [])
    assert.ok(!errors.some((i) => i.code === code), `${m.name}: must not report ${code}, got ${report}`);
  return result.issues;
}

/** `astro build` on a content root, as `npm run build` does (its own Astro cache, removed after). */
function build(root: string): { status: number | null; output: string } {
  const out = mkdtempSync(join(tmpdir(), 'rcp-mutation-dist-'));
  try {
    const result = buildSite({ root, out });
    return { status: result.status, output: result.log.slice(-3000) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// Measured: blockquotes 500 deep and lists 250 deep make `astro build` segfault; a chapter file name with
// a space or å fails its id-format. Each is one fixed mutant, whatever the seed picks.
const buildRefuses = () => [
  structural({ kind: 'quotes', file: BASE_MDX[0], depth: 500 }),
  structural({ kind: 'list', file: BASE_MDX[0], depth: 250 }),
  fileSystem({ kind: 'rename-chapter', file: BASE_CHAPTERS[0], to: 'Med mellanslag' })!,
  fileSystem({ kind: 'rename-chapter', file: BASE_CHAPTERS[0], to: 'närstående' })!,
  fileSystem({ kind: 'rename-plan', plan: BASE_PLANS[0], to: LONG_NAME })!,
];

describe('structural and file-system mutations, and agreement with the build', () => {
  const accepted: Mutant[] = [];
  const refused: Mutant[] = [];
  const sort = (m: Mutant, issues: Issue[]) =>
    (issues.some((i) => i.severity === 'error') ? refused : accepted).push(m);

  test('the base is valid to start with', () => {
    resetBase();
    assert.ok(validate(baseRoot).ok);
  });

  test(`structural MDX mutations: no crash, well-formed issues, nesting refused past the limit (seed ${SEED}, ${STRUCTURAL_RUNS} runs)`, () => {
    check(
      fc.property(structuralMutant, (e) => {
        const m = structural(e);
        sort(m, runMutant(m));
      }),
      STRUCTURAL_RUNS,
    );
  });

  test(`file-system mutations: renames, wrong case, empty, unreadable, folders, symlinks (seed ${SEED}, ${FS_RUNS} runs)`, () => {
    check(
      fc.property(fsMutant, (e) => {
        const m = fileSystem(e);
        fc.pre(m !== null);
        sort(m, runMutant(m));
      }),
      FS_RUNS,
    );
    resetBase();
  });

  test('mutants the build refuses (names that are no ids, nesting that crashes it) are all refused by the check', () => {
    for (const m of buildRefuses())
      assert.ok(
        runMutant(m).some((i) => i.severity === 'error'),
        m.name,
      );
    resetBase();
  });

  test(`sampled real builds agree with the check both ways (${BUILDS} builds)`, { timeout: 20 * 60_000 }, (t) => {
    if (BUILDS <= 0) return;
    assert.ok(accepted.length > 0 && refused.length > 0, `accepted ${accepted.length}, refused ${refused.length}`);
    // Accepted mutants on different files, combined into one root per build (the combination re-checked).
    const batches: Mutant[][] = [];
    const pool = [...accepted];
    for (let b = 0; b < Math.max(1, BUILDS - 1) && pool.length > 0; b++) {
      resetBase();
      const batch: Mutant[] = [];
      const touched = new Set<string>();
      for (const m of [...pool]) {
        if (batch.length >= 8 || m.touches.some((f) => touched.has(f))) continue;
        m.apply(baseRoot);
        if (!validate(baseRoot).ok) {
          // Together with the others it is refused (e.g. two chapters with one order): build it alone later.
          resetBase();
          batch.forEach((x) => x.apply(baseRoot));
          continue;
        }
        batch.push(m);
        m.touches.forEach((f) => touched.add(f));
        pool.splice(pool.indexOf(m), 1);
      }
      batches.push(batch);
      t.diagnostic(`build ${b + 1}, accepted by the check: ${batch.map((x) => x.name).join(' | ')}`);
      const { status, output } = build(baseRoot);
      assert.equal(
        status,
        0,
        `the check accepts but the build refuses:\n${batch.map((x) => `  - ${x.name}`).join('\n')}\n${output}`,
      );
    }
    if (BUILDS >= 2) {
      // One refused mutant of a kind the build itself cannot take either, chosen by the seed.
      const m = buildRefuses()[SEED % buildRefuses().length];
      resetBase();
      m.apply(baseRoot);
      t.diagnostic(`build ${BUILDS}, refused by the check: ${m.name}`);
      const { status, output } = build(baseRoot);
      assert.notEqual(status, 0, `the check refuses but the build accepts: ${m.name}\n${output}`);
    }
    resetBase();
  });
});
