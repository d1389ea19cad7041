// `npm run ci-annotate`: at most 10 annotations per kind, errors on changed lines first, and every issue
// in the job summary. Run on a fixture root with more errors than GitHub shows.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { main, parseDiff, prioritize, selectAnnotations, summaryMarkdown } from '../../scripts/ci-annotate.ts';
import { validate, type Issue } from '../../src/lib/validate/index.ts';
import { BASE, cleanupTempDirs, tempDir } from './helpers.ts';
import { runScript } from '../support/run-script.ts';
import { runMain } from '../support/run-main.ts';

after(cleanupTempDirs);

const GOALS = 'plans/norr-2022-2024/goals.yaml';

/** The base fixture with 12 unknown owners: 4 on each of the lines 7, 14 and 20 of the Norr goals. */
function manyErrors(root: string) {
  cpSync(BASE, root, { recursive: true });
  const path = join(root, GOALS);
  const text = readFileSync(path, 'utf8')
    .replace(
      'owners: [norr-regionerna]\n  timeframe: "2022–2023"',
      'owners: [norr-regionerna, okand-a, okand-b, okand-c, okand-d]\n  timeframe: "2022–2023"',
    )
    .replace('owners: [norr-regionerna, rcc-norr]', 'owners: [okand-e, okand-f, okand-g, okand-h]')
    .replace(
      'owners: [norr-regionerna]\n  timeframe: "2022-24"',
      'owners: [norr-regionerna, okand-i, okand-j, okand-k, okand-l]\n  timeframe: "2022-24"',
    );
  writeFileSync(path, text);
  return root;
}

const ANNOTATION = /^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),title=([^:]+)::(.+)$/;

function annotations(stdout: string) {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('::'))
    .map((l) => {
      const m = ANNOTATION.exec(l);
      assert.ok(m, `not an annotation: ${l}`);
      return { kind: m[1], file: m[2], line: Number(m[3]), title: m[5], data: m[6] };
    });
}

/** The command in this process; the test of the workflow's settings runs it through the command line. */
function run(root: string, args: string[] = [], env: Record<string, string> = {}) {
  const summary = join(tempDir('summary'), 'summary.md');
  writeFileSync(summary, '# Tidigare steg\n');
  const result = runMain(main, ['--root', root, '--summary', summary, ...args], { env });
  return { ...result, summary: readFileSync(summary, 'utf8') };
}

const fixture = manyErrors(tempDir('annotate'));
const issues = validate(fixture).issues;
const errors = issues.filter((i) => i.severity === 'error');

describe('the fixture', () => {
  test('has more errors than GitHub shows, on three lines, and a warning', () => {
    assert.equal(errors.length, 12);
    assert.deepEqual([...new Set(errors.map((e) => e.line))], [7, 14, 20]);
    assert.equal(issues.filter((i) => i.severity === 'warning').length, 1);
  });
});

describe('ci-annotate', () => {
  test('prints at most 10 error annotations, errors on changed lines first', () => {
    const changed = join(tempDir('changed'), 'changed.json');
    writeFileSync(changed, JSON.stringify({ [GOALS]: [20, 21] }));
    const result = run(fixture, ['--changed-lines', changed]);
    assert.equal(result.status, 1, result.stderr);
    const found = annotations(result.stdout);
    const errorLines = found.filter((a) => a.kind === 'error');
    assert.equal(errorLines.length, 10);
    assert.deepEqual(
      errorLines.slice(0, 4).map((a) => a.line),
      [20, 20, 20, 20],
      'the changed line first',
    );
    assert.deepEqual(
      errorLines.slice(4).map((a) => a.line),
      [7, 7, 7, 7, 14, 14],
      'then in file order',
    );
    assert.ok(errorLines.every((a) => a.file === GOALS && a.title.includes('[unknown-owner]')));
    assert.equal(found.filter((a) => a.kind === 'warning').length, 1);
    assert.match(result.stdout, /här visas 10 av 12\./);
  });

  test("without changed lines, keeps the validator's order", () => {
    const result = run(fixture);
    const lines = annotations(result.stdout)
      .filter((a) => a.kind === 'error')
      .map((a) => a.line);
    assert.deepEqual(lines, [7, 7, 7, 7, 14, 14, 14, 14, 20, 20]);
  });

  test('--max sets the limit', () => {
    const result = run(fixture, ['--max', '3']);
    assert.equal(annotations(result.stdout).filter((a) => a.kind === 'error').length, 3);
  });

  test('writes every issue to the summary as a Markdown table, appending to it', () => {
    const changed = join(tempDir('changed'), 'changed.json');
    writeFileSync(changed, JSON.stringify({ [GOALS]: [14] }));
    const result = run(fixture, ['--changed-lines', changed]);
    const summary = result.summary;
    assert.ok(summary.startsWith('# Tidigare steg\n## Innehållskontroll\n'), 'appended, not overwritten');
    assert.match(summary, /❌ 12 fel och 1 varning i 2 filer\./);
    const rows = summary
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.includes('| Fil |'));
    assert.equal(rows.length, issues.length);
    for (const issue of issues) {
      const row = rows.find(
        (r) => r.includes(`| ${issue.line} |`) && r.includes(issue.message.replace(/[[\]*_<>|~`\\]/g, '\\$&')),
      );
      assert.ok(row, `no row for ${issue.file}:${issue.line} ${issue.message}`);
      assert.ok(row.includes(issue.fix), `no fix in ${row}`);
    }
    const errorRows = summary
      .slice(summary.indexOf('### Fel (12)'), summary.indexOf('### Varningar'))
      .split('\n')
      .filter((l) => /^\| (✏️)? \|/.test(l) && !l.includes('| Fil |'));
    assert.equal(errorRows.length, 12);
    assert.ok(
      errorRows.slice(0, 4).every((r) => r.startsWith('| ✏️ |') && r.includes('| 14 |')),
      'changed lines first, marked',
    );
    assert.ok(errorRows.slice(4).every((r) => r.startsWith('|  |')));
    assert.match(summary, /### Varningar \(1\)/);
  });

  test('links files and rules on GitHub when the workflow says where', () => {
    const result = run(fixture, [], {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'rcc/planer',
      GITHUB_SHA: 'abc123',
    });
    assert.match(
      result.summary,
      /\[`plans\/norr-2022-2024\/goals\.yaml`\]\(https:\/\/github\.com\/rcc\/planer\/blob\/abc123\/plans\/norr-2022-2024\/goals\.yaml#L7\)/,
    );
    assert.match(
      result.summary,
      /\[`unknown-owner`\]\(https:\/\/github\.com\/rcc\/planer\/blob\/abc123\/REDIGERA\.md#unknown-owner\)/,
    );
  });

  test('valid content: no annotations, a green summary, exit 0', () => {
    const root = tempDir('valid');
    cpSync(BASE, root, { recursive: true });
    const result = run(root);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.deepEqual(annotations(result.stdout), []);
    assert.match(result.summary, /✅ Innehållet är giltigt: inga fel\./);
  });

  test('reads the summary file from GITHUB_STEP_SUMMARY and the base from GITHUB_BASE_REF', () => {
    const summary = join(tempDir('env'), 'summary.md');
    const result = runScript('ci-annotate.ts', ['--root', fixture], {
      env: { GITHUB_STEP_SUMMARY: summary, GITHUB_BASE_REF: 'main' },
    });
    assert.equal(result.status, 1);
    assert.match(readFileSync(summary, 'utf8'), /12 fel/);
    // The fixture is not a git repository: the changed lines are unknown, which is said, not fatal.
    assert.match(result.stderr, /kunde inte läsa ändrade rader mot origin\/main/);
  });

  test('computes the changed lines with git diff against the base branch', () => {
    const repo = tempDir('git');
    const root = join(repo, 'webbplats');
    mkdirSync(root);
    cpSync(BASE, root, { recursive: true });
    const git = (...args: string[]) => {
      const r = spawnSync(
        'git',
        ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args],
        {
          cwd: repo,
          encoding: 'utf8',
          env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
        },
      );
      assert.equal(r.status, 0, r.stderr);
    };
    git('init', '-q', '-b', 'main');
    // On main, the errors on lines 7 and 14 already exist; the branch adds the ones on line 20.
    manyErrors(root);
    const path = join(root, GOALS);
    const broken = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      broken.replace('owners: [norr-regionerna, okand-i, okand-j, okand-k, okand-l]', 'owners: [norr-regionerna]'),
    );
    git('add', '-A');
    git('commit', '-q', '-m', 'main');
    git('checkout', '-q', '-b', 'andring');
    writeFileSync(path, broken);
    git('commit', '-q', '-am', 'Ändring');

    const result = run(root, ['--base', 'main']);
    assert.equal(result.stderr, '');
    const found = annotations(result.stdout).filter((a) => a.kind === 'error');
    assert.deepEqual(
      found.slice(0, 4).map((a) => a.line),
      [20, 20, 20, 20],
    );
    // Paths in annotations are relative to the repository, where GitHub looks for them.
    assert.equal(found[0].file, `webbplats/${GOALS}`);
  });
});

describe('parseDiff', () => {
  test('collects the new side of every hunk, per file', () => {
    const diff = [
      'diff --git a/plans/x/goals.yaml b/plans/x/goals.yaml',
      '--- a/plans/x/goals.yaml',
      '+++ b/plans/x/goals.yaml',
      '@@ -3 +3 @@',
      '-a',
      '+b',
      '@@ -10,0 +11,2 @@',
      '+c',
      '+d',
      '@@ -20,2 +22,0 @@',
      '-e',
      '-f',
      'diff --git a/plans/y/plan.yaml b/plans/y/plan.yaml',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/plans/y/plan.yaml',
      '@@ -0,0 +1,3 @@',
      'diff --git a/old.yaml b/old.yaml',
      '--- a/old.yaml',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
    ].join('\n');
    const changed = parseDiff(diff);
    assert.deepEqual([...changed.keys()], ['plans/x/goals.yaml', 'plans/y/plan.yaml']);
    assert.deepEqual([...changed.get('plans/x/goals.yaml')!], [3, 11, 12]);
    assert.deepEqual([...changed.get('plans/y/plan.yaml')!], [1, 2, 3]);
  });
});

describe('ordering helpers', () => {
  const issue = (file: string, line: number, severity: Issue['severity'] = 'error'): Issue => ({
    code: 'unknown-owner',
    severity,
    file,
    line,
    col: 1,
    field: '',
    message: 'm',
    fix: 'f',
  });
  const list = [issue('a', 1), issue('a', 2), issue('b', 1, 'warning'), issue('b', 5)];

  test('prioritize keeps the order within each group', () => {
    const changed = new Map([['b', new Set([5, 1])]]);
    assert.deepEqual(
      prioritize(list, changed).map((i) => `${i.file}${i.line}`),
      ['b1', 'b5', 'a1', 'a2'],
    );
  });

  test('selectAnnotations limits errors and warnings separately', () => {
    const many = Array.from({ length: 15 }, (_, n) => issue('a', n + 1)).concat(
      Array.from({ length: 12 }, (_, n) => issue('w', n + 1, 'warning')),
    );
    const shown = selectAnnotations(many, new Map(), 10);
    assert.equal(shown.filter((i) => i.severity === 'error').length, 10);
    assert.equal(shown.filter((i) => i.severity === 'warning').length, 10);
  });

  test('summaryMarkdown escapes table cells', () => {
    const out = summaryMarkdown([{ ...issue('a', 1), message: 'Värdet "a|b" är\nfel.' }], new Map());
    assert.match(out, /Värdet "a\\\|b" är fel\./);
  });
});
