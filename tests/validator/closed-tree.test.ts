// The content tree is closed: symbolic links are reported, never followed, so nothing outside the content
// root reaches a message (terminal, GitHub annotation or job summary); and text quoted from content never
// carries raw control characters into any of those outputs.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runScript } from '../support/run-script.ts';
import { buildRoot, cleanupRoots, parseText, runCheck } from './harness.ts';

after(cleanupRoots);

const outside = mkdtempSync(join(tmpdir(), 'rcp-outside-'));
after(() => rmSync(outside, { recursive: true, force: true }));

// Looks like content that a parser would complain about (and so quote), and like a secret.
const SECRET = 'AKIA-SECRET-7f3a9c';
const secretFile = join(outside, 'credentials');
writeFileSync(secretFile, `- id: ${SECRET}\n  name: "${SECRET}\n  token: [${SECRET}\n`);
const secretDir = join(outside, 'plan');
mkdirSync(join(secretDir, 'kapitel'), { recursive: true });
writeFileSync(join(secretDir, 'plan.yaml'), `region: ${SECRET}\n`);
writeFileSync(join(secretDir, 'kapitel', 'hemlig.mdx'), `---\ntitle: ${SECRET}\n---\n{${SECRET}}\n`);

function replace(path: string, target: string) {
  rmSync(path, { recursive: true, force: true });
  symlinkSync(target, path);
}

/** The base fixture with links out of the root in place of files and folders, and one dangling link. */
function linkedRoot(): string {
  const root = buildRoot();
  replace(join(root, 'content', 'owners.yaml'), secretFile);
  replace(join(root, 'plans', 'norr-2022-2024', 'kapitel', 'patienter-och-narstaende.mdx'), secretFile);
  replace(join(root, 'plans', 'syd-2023-2025'), secretDir);
  replace(join(root, 'content', 'regions.yaml'), join(outside, 'does-not-exist.yaml'));
  return root;
}

/** Every output of the check for a root: text, annotations, and the CI step's log and job summary. */
function allOutputs(root: string): { name: string; status: number | null; stdout: string; stderr: string }[] {
  const text = runCheck(root);
  const github = runCheck(root, ['--format', 'github']);
  const summaryFile = join(mkdtempSync(join(tmpdir(), 'rcp-summary-')), 'summary.md');
  const changed = join(outside, 'changed.json');
  writeFileSync(changed, '{}');
  const ci = runScript('ci-annotate.ts', ['--root', root, '--changed-lines', changed, '--summary', summaryFile]);
  const summary = readFileSync(summaryFile, 'utf8');
  rmSync(join(summaryFile, '..'), { recursive: true, force: true });
  return [
    { name: 'text', ...text },
    { name: 'github', ...github },
    { name: 'ci-annotate', status: ci.status, stdout: ci.stdout, stderr: ci.stderr },
    { name: 'job summary', status: ci.status, stdout: summary, stderr: '' },
  ];
}

describe('symbolic links', () => {
  test('links to files and folders outside the root, and a dangling link, are errors of their own', () => {
    const result = runCheck(linkedRoot());
    assert.equal(result.stderr, '', 'no crash, no stack trace');
    assert.equal(result.status, 1);
    const links = parseText(result.stdout)
      .filter((i) => i.code === 'symlink')
      .map((i) => `${i.file}:${i.line}:${i.col}`);
    assert.deepEqual(links, [
      'content/owners.yaml:1:1',
      'content/regions.yaml:1:1',
      'plans/norr-2022-2024/kapitel/patienter-och-narstaende.mdx:1:1',
      'plans/syd-2023-2025:1:1',
    ]);
    // A linked file is not also "missing", and nothing is said about what lies behind a link.
    assert.doesNotMatch(result.stdout, /\[file-missing\]|\[plan-metadata-missing\]|hemlig/);
  });

  test('no output of the check contains text from outside the content root', () => {
    for (const out of allOutputs(linkedRoot())) {
      assert.equal(out.stderr, '', `${out.name}: ${out.stderr}`);
      assert.equal(out.status, 1, out.name);
      assert.ok(!out.stdout.includes(SECRET), `${out.name} quotes the linked file:\n${out.stdout}`);
      assert.match(out.stdout, /symlink/, out.name);
    }
  });

  test('a linked content/ or plans/ folder is not looked into', () => {
    const root = buildRoot();
    replace(join(root, 'content'), join(outside, 'plan'));
    replace(join(root, 'plans'), outside);
    const result = runCheck(root);
    assert.equal(result.stderr, '');
    assert.deepEqual(
      parseText(result.stdout).map((i) => `${i.file}:${i.code}`),
      ['content:symlink', 'plans:symlink'],
    );
    assert.ok(!result.stdout.includes(SECRET));
  });
});

describe('control characters', () => {
  // ESC (terminal colours and screen clearing, an OSC 8 hyperlink), BEL, CR, DEL and a bidi override,
  // in a value, a key and a file name.
  const ESC = '\u001b';
  function hostileRoot(): string {
    const root = buildRoot();
    const goals = join(root, 'plans', 'norr-2022-2024', 'goals.yaml');
    const text = readFileSync(goals, 'utf8')
      .replace('owners: [norr-regionerna, rcc-norr]', `owners: [norr-regionerna, "rcc-norr${ESC}[2J${ESC}[31m"]`)
      .replace(
        'timeframe: "2022-24"',
        `timeframe: "2022\\r24${ESC}]8;;https://example.invalid\\u0007x\\u007f\\u202e"\n  "ans${ESC}[1mvarig": x`,
      );
    writeFileSync(goals, text);
    writeFileSync(join(root, 'plans', 'norr-2022-2024', `not${ESC}[5mes.txt`), 'x');
    return root;
  }

  test('are shown escaped, never raw, in every output format', () => {
    const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;
    for (const out of allOutputs(hostileRoot())) {
      assert.equal(out.stderr, '', `${out.name}: ${out.stderr}`);
      assert.equal(out.status, 1, out.name);
      const found = raw.exec(out.stdout);
      assert.equal(
        found,
        null,
        `${out.name} has U+${found?.[0].charCodeAt(0).toString(16)}:\n${JSON.stringify(out.stdout)}`,
      );
      assert.ok(out.stdout.includes('\\u001b'), `${out.name} shows the escape:\n${out.stdout}`);
    }
  });

  test('the value, the key and the file name are each reported, escaped', () => {
    const result = runCheck(hostileRoot());
    const issues = parseText(result.stdout);
    const codes = issues.map((i) => i.code);
    for (const code of ['id-format', 'unknown-key', 'unknown-file', 'timeframe-format'])
      assert.ok(codes.includes(code), `${code}\n${result.stdout}`);
    assert.match(result.stdout, /"rcc-norr\\u001b\[2J\\u001b\[31m"/);
    assert.match(result.stdout, /not\\u001b\[5mes\.txt/);
  });
});
