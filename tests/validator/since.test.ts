// `check --since <ref>`: goal and plan ids published at a git ref must still exist or be redirected.
// Each test builds a small git repository from the base fixture, changes it, and runs the command's main
// function in this process (one case, a ref that looks like an option, through the command line).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { main as ciAnnotateMain } from '../../scripts/ci-annotate.ts';
import { runMain } from '../support/run-main.ts';
import { buildRoot, cleanupRoots, parseText, runCheck, runCheckInProcess } from './harness.ts';

after(cleanupRoots);
const extra: string[] = [];
after(() => extra.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function git(cwd: string, ...args: string[]) {
  const result = spawnSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd,
      encoding: 'utf8',
    },
  );
  assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** The base fixture as a git repository with one commit, tagged "published". */
function repo(): string {
  const root = buildRoot();
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'Publicerat');
  git(root, 'tag', 'published');
  return root;
}

const GOALS = 'plans/norr-2022-2024/goals.yaml';
const edit = (root: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
const addRedirect = (root: string, line: string) => writeFileSync(join(root, 'content/redirects.yaml'), `${line}\n`);

describe('check --since', () => {
  test('unchanged content passes', () => {
    const result = runCheckInProcess(repo(), ['--since', 'published']);
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  test('a renamed goal id is an error giving the redirect line; with the line it passes', () => {
    const root = repo();
    edit(root, GOALS, (t) => t.replace('id: norr22-kontaktsjukskoterska', 'id: norr22-kontaktsjukskoterskor'));
    const result = runCheckInProcess(root, ['--since', 'published']);
    assert.equal(result.status, 1, result.stdout);
    const issues = parseText(result.stdout);
    assert.deepEqual(
      issues.map((i) => [i.code, i.file, i.line]),
      [['published-id-removed', 'content/redirects.yaml', 1]],
      result.stdout,
    );
    assert.match(issues[0].block, /"norr22-kontaktsjukskoterska" fanns i published/);
    assert.match(issues[0].block, /\/mal\/norr22-kontaktsjukskoterska\//);
    // The goal kept its text, so the line names its new id.
    const line = '- { from: norr22-kontaktsjukskoterska, to: norr22-kontaktsjukskoterskor }';
    assert.ok(issues[0].block.includes(line), issues[0].block);

    addRedirect(root, line);
    const fixed = runCheckInProcess(root, ['--since', 'published']);
    assert.equal(fixed.status, 0, fixed.stdout);
  });

  test('a one-character typo in an id is caught; without a clear target the line says where the id goes', () => {
    const root = repo();
    // The text changes too, so only the closest new id in the same plan can be offered.
    edit(root, GOALS, (t) =>
      t
        .replace('id: norr22-kontaktsjukskoterska', 'id: norr22-kontaktsjukskoterka')
        .replace('erbjudas kontaktsjuksköterska', 'erbjudas en kontaktsjuksköterska'),
    );
    const offered = parseText(runCheckInProcess(root, ['--since', 'published']).stdout);
    assert.ok(
      offered[0].block.includes('- { from: norr22-kontaktsjukskoterska, to: norr22-kontaktsjukskoterka }'),
      offered[0].block,
    );

    const removed = repo();
    edit(removed, GOALS, (t) => t.replace(/- id: norr22-kontaktsjukskoterska[\s\S]*$/, ''));
    const result = runCheckInProcess(removed, ['--since', 'published']);
    const issues = parseText(result.stdout).filter((i) => i.code === 'published-id-removed');
    assert.equal(issues.length, 1, result.stdout);
    // Nothing like it among the goals and its plan is still there: a new id, or removed for good.
    assert.ok(issues[0].block.includes('- { from: norr22-kontaktsjukskoterska, to: NYTT-ID }'), issues[0].block);
    assert.match(issues[0].block, /Byt NYTT-ID mot målets nya id/);
    const line = '- { from: norr22-kontaktsjukskoterska, to: norr-2022-2024, removed: true }';
    assert.ok(issues[0].block.includes(`borttaget för gott, lägg till den här raden: ${line}`), issues[0].block);
    addRedirect(removed, line);
    // Its area is now uncovered (the fixture's only goal there), but the id is accounted for.
    const after = parseText(runCheckInProcess(removed, ['--since', 'published']).stdout).map((i) => i.code);
    assert.ok(!after.includes('published-id-removed') && !after.some((c) => c.startsWith('redirect-')), after.join());
  });

  test('a removed goal must lead to the plan it stood in (redirect-removed-not-plan)', () => {
    const root = repo();
    edit(root, GOALS, (t) => t.replace(/- id: norr22-kontaktsjukskoterska[\s\S]*$/, ''));
    const goal = /- id: (norr22-[a-z0-9-]+)/.exec(readFileSync(join(root, GOALS), 'utf8'))![1];
    addRedirect(root, `- { from: norr22-kontaktsjukskoterska, to: ${goal}, removed: true }`);
    const result = runCheckInProcess(root, []);
    const issues = parseText(result.stdout).filter((i) => i.file === 'content/redirects.yaml');
    assert.deepEqual(
      issues.map((i) => [i.code, i.file, i.line]),
      [['redirect-removed-not-plan', 'content/redirects.yaml', 1]],
    );
    assert.match(issues[0].block, /Ange under to id:t för planen som målet stod i \("norr-2022-2024"\?\)/);
  });

  test('a plan removed with its goals: each goal id needs a line of its own', () => {
    const root = repo();
    rmSync(join(root, 'plans/syd-2023-2025'), { recursive: true });
    const issues = parseText(runCheckInProcess(root, ['--since', 'published']).stdout).filter(
      (i) => i.code === 'published-id-removed',
    );
    assert.ok(issues.some((i) => /Planen "syd-2023-2025"/.test(i.block)));
    const goals = issues.filter((i) => /Målet "/.test(i.block));
    assert.ok(
      goals.length > 0 && goals.every((i) => i.block.includes('to: NYTT-ID }')),
      issues.map((i) => i.block).join('\n'),
    );
  });

  test('a renamed plan is an error until its old id is redirected to the new one', () => {
    const root = repo();
    renameSync(join(root, 'plans/syd-2023-2025'), join(root, 'plans/syd-2023-2026'));
    edit(root, 'plans/syd-2023-2026/plan.yaml', (t) => t.replace(/to: 2025/, 'to: 2026'));
    const result = runCheckInProcess(root, ['--since', 'published']);
    const issues = parseText(result.stdout);
    assert.deepEqual(
      issues.map((i) => i.code),
      ['published-id-removed'],
      result.stdout,
    );
    assert.match(issues[0].block, /Planen "syd-2023-2025"/);
    assert.match(issues[0].block, /\/planer\/syd-2023-2025\//);
    const line = '- { from: syd-2023-2025, to: syd-2023-2026 }';
    assert.ok(issues[0].block.includes(line), issues[0].block);
    addRedirect(root, line);
    assert.equal(runCheckInProcess(root, ['--since', 'published']).status, 0);
  });

  test('a redirect to an id that does not exist is an error (redirect-target-missing)', () => {
    const root = repo();
    edit(root, GOALS, (t) => t.replace('id: norr22-kontaktsjukskoterska', 'id: norr22-kontaktsjukskoterskor'));
    addRedirect(root, '- { from: norr22-kontaktsjukskoterska, to: norr22-finns-inte }');
    const issues = parseText(runCheckInProcess(root, ['--since', 'published']).stdout);
    assert.deepEqual(
      issues.map((i) => [i.code, i.file, i.line]),
      [['redirect-target-missing', 'content/redirects.yaml', 1]],
    );
  });

  test('a goals file that cannot be read now is not judged: its own error is the one reported', () => {
    const root = repo();
    // An unclosed quote: the file cannot be read, so none of its goals can be told apart from vanished ones.
    edit(root, GOALS, (t) => t.replace('chapter: patienter-och-narstaende', 'chapter: "patienter-och-narstaende'));
    const codes = parseText(runCheckInProcess(root, ['--since', 'published']).stdout).map((i) => i.code);
    assert.ok(codes.length > 0 && !codes.includes('published-id-removed'), codes.join(', '));
  });

  test('ids at the ref are read from git, not from the working tree, and symlinks there are not followed', () => {
    const root = repo();
    // A committed symlink in place of a goals file would point outside the repository.
    const outside = mkdtempSync(join(tmpdir(), 'rcp-outside-'));
    extra.push(outside);
    writeFileSync(join(outside, 'goals.yaml'), '- id: hemlig-utanfor\n  text: Hemligt\n');
    rmSync(join(root, 'plans/syd-2023-2025/goals.yaml'));
    symlinkSync(join(outside, 'goals.yaml'), join(root, 'plans/syd-2023-2025/goals.yaml'));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'Länk');
    git(root, 'tag', 'with-link');
    rmSync(join(root, 'plans/syd-2023-2025/goals.yaml'));
    git(root, 'checkout', '-q', 'published', '--', 'plans/syd-2023-2025/goals.yaml');
    const result = runCheckInProcess(root, ['--since', 'with-link']);
    assert.doesNotMatch(result.stdout + result.stderr, /hemlig-utanfor|Hemligt/);
  });
});

describe('check --since with a ref that cannot be read', () => {
  test('a ref that does not exist: a Swedish error and exit code 2', () => {
    const result = runCheckInProcess(repo(), ['--since', 'finns-inte']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^Fel: "finns-inte" finns inte i förrådet\./m);
    assert.doesNotMatch(result.stderr, /fatal|unknown revision|at .*\.ts:\d+/);
  });

  test('an option in place of a ref is refused, never passed to git', () => {
    const result = runCheck(repo(), ['--since=--output=/tmp/x']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /inget giltigt git-namn/);
  });

  test('a folder outside any git repository', () => {
    const root = mkdtempSync(join(tmpdir(), 'rcp-nogit-'));
    extra.push(root);
    const base = buildRoot();
    renameSync(base, join(root, 'site'));
    const result = runCheckInProcess(join(root, 'site'), ['--since', 'main'], { GIT_CEILING_DIRECTORIES: root });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /kräver ett git-förråd/);
  });

  test('a shallow clone without the ref says so and how to fetch the history', () => {
    const origin = repo();
    edit(origin, GOALS, (t) => t.replace('Alla cancerpatienter', 'Alla patienter'));
    git(origin, 'commit', '-q', '-am', 'Ändring');
    const clone = mkdtempSync(join(tmpdir(), 'rcp-shallow-'));
    extra.push(clone);
    git(clone, 'clone', '-q', '--depth', '1', `file://${origin}`, 'site');
    const result = runCheckInProcess(join(clone, 'site'), ['--since', 'HEAD~1']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /grund \(shallow\)/);
    assert.match(result.stderr, /git fetch --unshallow/);
  });
});

describe('ci-annotate compares ids with the base branch', () => {
  test('a renamed goal is annotated; a base that cannot be read is a warning annotation', () => {
    const root = repo();
    edit(root, GOALS, (t) => t.replace('id: norr22-kontaktsjukskoterska', 'id: norr22-kontaktsjukskoterskor'));
    const run = (base: string) => runMain(ciAnnotateMain, ['--root', root, '--base', base]);
    const result = run('published');
    assert.equal(result.status, 1, result.stdout);
    assert.match(result.stdout, /^::error file=content\/redirects\.yaml,line=1,col=1,title=\[published-id-removed\]/m);
    const missing = run('origin/finns-inte');
    assert.match(missing.stdout, /^::warning title=Publicerade id%3An::"origin\/finns-inte" finns inte/m);
    // Without the base, the content itself is valid: the check passes, with the warning to read.
    assert.equal(missing.status, 0, missing.stdout);
  });
});
