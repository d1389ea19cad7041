// Nothing outside the repository is read, written or published by the editor tools, whatever a pull request
// brings: links among the generated files (to a file outside, to /dev/zero), a plan folder that is a link,
// git refs that look like options, ids that would become Markdown. Each case runs the real script on a
// temporary repository and checks the exit code, the Swedish message, and that the file outside is untouched:
// through the command line with a time limit where the danger is a hang (links to /dev/zero, FIFOs), else
// its main function in this process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { main as goalsDiffMain, summarize, type GoalsByPlan } from '../../scripts/goals-diff.ts';
import { main as ciAnnotateMain, summaryMarkdown } from '../../scripts/ci-annotate.ts';
import { main as newPlanMain } from '../../scripts/new-plan.ts';
import { makeIssue } from '../../src/lib/validate/issue.ts';
import { cleanupTempDirs, copyRealContent, git, repoWithBase, tempDir } from './helpers.ts';
import { runScript } from '../support/run-script.ts';
import { runMain } from '../support/run-main.ts';
import { runCheckInProcess } from '../validator/harness.ts';

after(cleanupTempDirs);

const SECRET = 'HEMLIG-NYCKEL-4711';

/** A folder outside the repository with a secret file, whose content and presence the tests check after. */
function outside(): { dir: string; secret: string } {
  const dir = tempDir('outside');
  const secret = join(dir, 'secret.json');
  writeFileSync(secret, `{"key": "${SECRET}"}\n`);
  return { dir, secret };
}

describe('generated files (schemas/json/, .vscode/)', () => {
  test('`npm run check` does not read through a link to /dev/zero or to a file outside: it says "symbolisk länk"', () => {
    const root = copyRealContent('schema-links');
    const out = outside();
    mkdirSync(join(root, 'schemas', 'json'), { recursive: true });
    symlinkSync('/dev/zero', join(root, 'schemas', 'json', 'goals.schema.json'));
    symlinkSync(out.secret, join(root, 'schemas', 'json', 'owners.schema.json'));
    // Would hang while eating memory if the link to /dev/zero were read.
    const check = runScript('check.ts', ['--root', root], { timeout: 30_000 });
    assert.equal(check.signal, null, 'the check finished');
    assert.equal(check.status, 1, check.stdout);
    assert.match(check.stdout, /^schemas\/json\/goals\.schema\.json:1:1 {2}fel \[symlink\]/m);
    assert.match(check.stdout, /^schemas\/json\/owners\.schema\.json:1:1 {2}fel \[symlink\]/m);
    assert.match(check.stdout, /Länkar följs aldrig/);
    assert.doesNotMatch(check.stdout + check.stderr, new RegExp(SECRET));
    assert.equal(readFileSync(out.secret, 'utf8'), `{"key": "${SECRET}"}\n`);
  });

  test('a linked schemas/json/ folder is reported, never looked into', () => {
    const root = copyRealContent('schema-dir-link');
    const out = outside();
    mkdirSync(join(root, 'schemas'));
    symlinkSync(out.dir, join(root, 'schemas', 'json'));
    const check = runScript('check.ts', ['--root', root], { timeout: 30_000 });
    assert.equal(check.status, 1, check.stdout);
    assert.match(check.stdout, /^schemas\/json:1:1 {2}fel \[symlink\]/m);
  });

  test('a linked .vscode/ is reported, never looked into', () => {
    const root = copyRealContent('vscode-link');
    const out = outside();
    writeFileSync(join(out.dir, 'settings.json'), `{"${SECRET}": 1}`);
    symlinkSync(out.dir, join(root, '.vscode'));
    const check = runScript('check.ts', ['--root', root], { timeout: 30_000 });
    assert.equal(check.status, 1, check.stdout);
    assert.match(check.stdout, /^\.vscode:1:1 {2}fel \[symlink\]/m);
    assert.doesNotMatch(check.stdout + check.stderr, new RegExp(SECRET));
  });

  test('`npm run schemas` refuses to write through a link and writes nothing at all', () => {
    const out = outside();
    const target = join(tempDir('schemas-out'), 'json');
    mkdirSync(target);
    symlinkSync(out.secret, join(target, 'goals.schema.json'));
    const run = runScript('json-schema.ts', ['--out', target]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^Fel: skriver inte genom goals\.schema\.json \(en symbolisk länk\)/);
    assert.match(run.stderr, /ta bort länken/);
    assert.equal(readFileSync(out.secret, 'utf8'), `{"key": "${SECRET}"}\n`, 'the file outside is untouched');
    assert.equal(existsSync(join(target, 'plan.schema.json')), false, 'nothing was written');
  });

  test('`npm run schemas` refuses a folder or FIFO where a schema file belongs', () => {
    const target = join(tempDir('schemas-dir'), 'json');
    mkdirSync(join(target, 'owners.schema.json'), { recursive: true });
    const run = runScript('json-schema.ts', ['--out', target], { timeout: 30_000 });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /owners\.schema\.json \(ingen vanlig fil\)/);
  });
});

describe('goals-diff', () => {
  test('a plan folder that is a link to outside the repository is not read', () => {
    const { root } = repoWithBase('diff-link');
    const out = outside();
    mkdirSync(join(out.dir, 'plan'));
    writeFileSync(join(out.dir, 'plan', 'goals.yaml'), `- id: ${SECRET}\n  text: Hemligt mål.\n`);
    symlinkSync(join(out.dir, 'plan'), join(root, 'plans', 'ut-2022-2024'));
    const result = runScript('goals-diff.ts', ['HEAD', '--root', root]);
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(result.stdout, new RegExp(SECRET));
    assert.match(
      result.stdout,
      /### ut-2022-2024\n\n⚠️ plans\/ut-2022-2024\/goals\.yaml kunde inte läsas: .*symbolisk länk/,
    );
  });

  test('a git ref that looks like an option is refused before git runs', () => {
    const { root } = repoWithBase('diff-option');
    const written = join(tempDir('diff-written'), 'out.txt');
    for (const ref of [`--output=${written}`, '-p', '']) {
      const result = runMain(goalsDiffMain, ['--root', root, '--', ref]);
      assert.equal(result.status, 2, `${ref}: ${result.stdout}${result.stderr}`);
      assert.match(result.stderr, /är inget giltigt git-namn/);
    }
    assert.equal(existsSync(written), false);
  });

  test('ids, plan names and texts never become headings, images or raw HTML in the summary', () => {
    const evil = 'x\n## Godkänt av granskaren\n![spår](https://evil.example/p.png)';
    const before: GoalsByPlan = new Map([['p', []]]);
    const after: GoalsByPlan = new Map([
      [
        'p',
        [{ id: evil, chapter: 'k\n# rubrik', text: 'Text <img src=x onerror=alert(1)>', owners: [], timeframe: null }],
      ],
      [`q\n# Rubrik`, [{ id: 'a\u202Eb', chapter: 'k', text: 'Noll\u200Bbredd', owners: [], timeframe: null }]],
    ]);
    const md = summarize(before, after, 'main');
    // The only headings are the summary's own; the id and its image stay inside one code span on one line.
    assert.deepEqual(md.match(/^#.*$/gm), ['### p', '#### Nya mål (1)', '### q # Rubrik', '#### Nya mål (1)']);
    assert.match(md, /^- `x ## Godkänt av granskaren !\[spår\]\(https:\/\/evil\.example\/p\.png\)`: /m);
    assert.doesNotMatch(md, /(?<!\\)<img/);
    assert.match(md, /a\\u202eb/);
    assert.match(md, /Noll\\u200bbredd/);
  });
});

describe('ci-annotate', () => {
  test('--base=--output=… is refused (exit 2), and git writes no file', () => {
    const { root } = repoWithBase('annotate-option');
    git(root, 'branch', 'base');
    const written = join(tempDir('annotate-written'), 'out.txt');
    const summary = join(tempDir('annotate-summary'), 'summary.md');
    for (const base of [`--output=${written}`, `-o${written}`]) {
      const result = runMain(ciAnnotateMain, ['--root', root, `--base=${base}`, '--summary', summary]);
      assert.equal(result.status, 2, result.stdout + result.stderr);
      assert.match(result.stderr, /^Fel: --base ".*" är inget giltigt git-namn/);
    }
    assert.equal(existsSync(written), false);
    rmSync(summary, { force: true });
  });

  test('a field with a "|" or a backtick keeps the summary table whole', () => {
    const issue = makeIssue(
      'unknown-key',
      { key: 'a|b', suggestion: '', allowed: 'id' },
      { file: 'x|y.yaml', line: 1, col: 1, field: 'a`|b' },
    );
    const md = summaryMarkdown([issue], new Map());
    const row = md.split('\n').find((l) => l.includes('unknown-key'))!;
    // Seven columns: every | that is not a cell border is escaped.
    assert.equal(row.split(/(?<!\\)\|/).length - 2, 7, row);
    // A file name with parentheses cannot end the link early and start an image of its own.
    const named = makeIssue(
      'unknown-file',
      { file: 'plans/a)![i](x.png)(.yaml' },
      { file: 'plans/a)![i](x.png)(.yaml', line: 1, col: 1 },
    );
    const linked = summaryMarkdown([named], new Map(), { blobUrl: 'https://github.com/o/r/blob/abc/' });
    assert.match(linked, /\]\(https:\/\/github\.com\/o\/r\/blob\/abc\/plans\/a%29!%5Bi%5D%28x\.png%29%28\.yaml#L1\)/);
  });
});

describe('new-plan', () => {
  /** The real content with one thing of the latest Norr plan replaced; the new folder must not appear. */
  function refused(name: string, replace: (root: string, plan: string) => void): { stderr: string; root: string } {
    const root = copyRealContent(name);
    replace(root, join(root, 'plans', 'norr-2022-2024'));
    const run = runScript('new-plan.ts', ['norr', '2025', '2027', '--with-goals', '--root', root], { timeout: 30_000 });
    assert.equal(run.signal, null, 'new-plan finished');
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.equal(existsSync(join(root, 'plans', 'norr-2025-2027')), false, 'no half-made folder');
    return { stderr: run.stderr, root };
  }

  test('a folder where the introduction belongs is refused before anything is written', () => {
    const { stderr } = refused('new-plan-dir', (_root, plan) => {
      rmSync(join(plan, 'inledning.mdx'));
      mkdirSync(join(plan, 'inledning.mdx'));
    });
    assert.match(stderr, /^Fel: plans\/norr-2022-2024\/inledning\.mdx är ingen vanlig fil .*ingenting har skapats/m);
  });

  test('a FIFO where a chapter belongs is refused without hanging', () => {
    const { stderr } = refused('new-plan-fifo', (_root, plan) => {
      const chapter = join(plan, 'kapitel', readdirSync(join(plan, 'kapitel'))[0]);
      rmSync(chapter);
      assert.equal(spawnSync('mkfifo', [chapter]).status, 0);
    });
    assert.match(stderr, /kapitel\/.*\.mdx är ingen vanlig fil/);
  });

  test('a chapter linked to a file outside is refused, and the file outside is not copied', () => {
    const out = outside();
    const { stderr, root } = refused('new-plan-link', (_root, plan) => {
      const chapter = join(plan, 'kapitel', readdirSync(join(plan, 'kapitel'))[0]);
      rmSync(chapter);
      symlinkSync(out.secret, chapter);
    });
    assert.match(stderr, /en symbolisk länk/);
    assert.doesNotMatch(stderr, new RegExp(SECRET));
    assert.equal(existsSync(join(root, 'plans', 'norr-2025-2027')), false);
  });

  test('the draft marks its copied prose and frameworks for review; adoption cannot publish them unconfirmed', () => {
    const root = copyRealContent('new-plan-copy');
    const run = runMain(newPlanMain, ['norr', '2025', '2027', '--root', root]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /ta bort raden copyConfirmed: false/);
    const planFile = join(root, 'plans', 'norr-2025-2027', 'plan.yaml');
    const text = readFileSync(planFile, 'utf8');
    assert.match(text, /^copyConfirmed: false$/m);
    const draft = runCheckInProcess(root);
    assert.equal(draft.status, 0, draft.stdout);
    assert.match(
      draft.stdout,
      /varning \[draft-unedited\][\s\S]*inte jämförda med den nya planen \(copyConfirmed: false\)/,
    );

    // Adopted with the copy unconfirmed: an error that stops the build.
    writeFileSync(
      planFile,
      text.replace(/^adoption: \[\]$/m, 'adoption:\n  - body: Regionstyrelsen\n    date: "2025-03-01"'),
    );
    const adopted = runCheckInProcess(root);
    assert.equal(adopted.status, 1, adopted.stdout);
    assert.match(adopted.stdout, /plans\/norr-2025-2027\/plan\.yaml:\d+:1 {2}fel \[copy-unconfirmed\]/);
    assert.match(adopted.stdout, /Ta sedan bort raden copyConfirmed: false\./);

    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace(/^copyConfirmed: false\n/m, ''));
    assert.doesNotMatch(runCheckInProcess(root).stdout, /copy-unconfirmed/);
  });
});
