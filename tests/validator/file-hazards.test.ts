// Files that could make the validator hang, run out of memory or crash instead of reporting an error:
// a YAML "billion laughs", a file too large to read, a file that is not UTF-8.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { validate } from '../../src/lib/validate/index.ts';
import { BASE, REPO } from './harness.ts';

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function baseCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'rcp-hazard-'));
  roots.push(root);
  cpSync(BASE, root, { recursive: true });
  return root;
}

/** The classic 9-level document: 9^9 (387 420 489) "lol" strings if every alias were expanded. */
function billionLaughs(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    lines.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(', ')}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The validator's run over `root`, in a child process with a kill timeout: a synchronous hang in this
 * process could not be stopped by the test runner's own timeout.
 */
function validateInChild(root: string, what: string): { ms: number; issues: [string, string, number][] } {
  const script = `
    import { validate } from ${JSON.stringify(join(REPO, 'src', 'lib', 'validate', 'index.ts'))};
    const started = performance.now();
    const result = validate(process.argv[1]);
    const ms = performance.now() - started;
    // The first issues only: a file of 50,000 faulty goals has 50,000 of them.
    console.log(JSON.stringify({ ms, issues: result.issues.slice(0, 20).map((i) => [i.code, i.file, i.line]) }));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, root], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, NODE_TEST_CONTEXT: undefined },
  });
  assert.equal(child.signal, null, `killed after 20 s: ${what}\n${child.stderr}`);
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout) as { ms: number; issues: [string, string, number][] };
}

test('a billion-laughs goals.yaml fails fast with yaml-alias-limit', () => {
  const root = baseCopy();
  writeFileSync(join(root, 'plans', 'norr-2022-2024', 'goals.yaml'), billionLaughs());
  // Without the limit the schema check would walk 9^9 nodes.
  const { ms, issues } = validateInChild(root, 'the alias limit does not work');
  assert.ok(ms < 2000, `validate took ${Math.round(ms)} ms`);
  assert.deepEqual(issues, [['yaml-alias-limit', 'plans/norr-2022-2024/goals.yaml', 1]]);
});

// Files near the size limit in the shapes the fast reader for plain YAML takes (src/lib/validate/plain-yaml.ts):
// each must cost its length once, not once per line (a text over 110,000 lines took about a minute when
// every line checked the text so far again).
for (const [name, text] of [
  ['a text over 110,000 lines', `- id: norr22-x\n  text: ord\n${'    ord\n'.repeat(110_000)}`],
  ['50,000 fields', `- id: norr22-x\n${Array.from({ length: 50_000 }, (_, i) => `  f${i}: v\n`).join('')}`],
  ['50,000 goals', '- x\n'.repeat(50_000)],
] as const) {
  test(`a goals.yaml of ${name} is read in time and its faults reported`, () => {
    const root = baseCopy();
    assert.ok(text.length < 1024 * 1024, 'under the file size limit, so it is read');
    writeFileSync(join(root, 'plans', 'norr-2022-2024', 'goals.yaml'), text);
    const { ms, issues } = validateInChild(root, 'the file was not read in time');
    assert.ok(ms < 10_000, `validate took ${Math.round(ms)} ms`);
    assert.ok(
      issues.some(([, file]) => file === 'plans/norr-2022-2024/goals.yaml'),
      JSON.stringify(issues.slice(0, 5)),
    );
  });
}

test('a 3 GiB file is refused by its size without being read', () => {
  const root = baseCopy();
  const file = join(root, 'plans', 'norr-2022-2024', 'inledning.mdx');
  // A sparse file: no disk space used. Reading it would throw (over 2 GiB) or exhaust memory.
  truncateSync(file, 3 * 1024 ** 3);
  const started = performance.now();
  const result = validate(root);
  assert.ok(performance.now() - started < 2000);
  assert.deepEqual(
    result.issues.map((i) => [i.code, i.file, i.line]),
    [['file-too-large', 'plans/norr-2022-2024/inledning.mdx', 1]],
  );
  assert.match(result.issues[0].message, /3221225472 byte/);
});
