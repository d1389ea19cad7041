// Seeded mutation test: random edits to the real content must never crash the validator, every issue
// must be well formed (known rule code, file, line >= 1 inside the file), and edits that are known to be
// wrong must produce an error. Runs validate() in-process on one temporary copy of content/ and plans/;
// each run rewrites only the mutated file and restores it afterwards.
//
// Reproduce a failure with the seed (and path) that fast-check prints:
//   MUTATION_SEED=<seed> node --test tests/validator/mutation.test.ts
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, describe, test } from 'node:test';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { validate, type Issue } from '../../src/lib/validate/index.ts';
import { RULES, type RuleCode } from '../../src/lib/validate/rules.ts';
import { splitFrontmatter } from '../../src/lib/validate/source.ts';
import { REPO } from './harness.ts';

const SEED = Number(process.env.MUTATION_SEED ?? 20260601);
const RUNS = Number(process.env.MUTATION_RUNS ?? 300);
const INVALID_RUNS = Number(process.env.MUTATION_INVALID_RUNS ?? 150);

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
    const yamlText = text.slice(0, text.length - parts.body.length).replace(/^---[ \t]*\r?\n/, '').replace(/---[ \t]*\r?\n?$/, '');
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
    assert.equal(issue.severity, RULES[issue.code as RuleCode].severity, at);
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
  kind: fc.constantFrom('truncate', 'inject', 'delete-line', 'duplicate-line', 'swap-lines', 'indent-line', 'raw-bytes'),
  a: fc.nat(),
  b: fc.nat(),
  text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 6 })),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }),
});

const dataEdit = fc.record({
  kind: fc.constantFrom('delete-key', 'rename-key', 'change-type', 'swap-values', 'break-reference'),
  a: fc.nat(),
  b: fc.nat(),
  value: fc.constantFrom<unknown>(42, -1, 0, 3.5, '', 'x', null, true, [], {}, [1, 2], { a: 1 }, '2024–2022', 'Ä\u202Eö'),
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
      if (typeof refParent[refKey] === 'string') refParent[refKey] = `${refParent[refKey] as string}-okand`;
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
const withGoal = (file: string, n: number, edit: (goal: Record<string, unknown>, goals: Record<string, unknown>[]) => void) => {
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
  (parse(ORIGINAL.get(goalsFile.replace(/goals\.yaml$/, 'plan.yaml'))!.toString('utf8')).columns as { key: string }[]).some(
    (c) => c.key === column,
  );

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
    name: "an unknown owner region in owners.yaml",
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
        const issues = validateWith(file, contents!, what);
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
