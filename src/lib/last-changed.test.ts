import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync as mkdtempOnce, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gitDate, goalsChanged, historyUsable, lastChanged, lineDates } from './last-changed.ts';

const temporary: string[] = [];
after(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
/** A temporary folder, removed after the tests. */
function mkdtempSync(prefix: string): string {
  const dir = mkdtempOnce(prefix);
  temporary.push(dir);
  return dir;
}

function gitAt(dir: string) {
  return (args: string[], date: string) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@x',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@x',
      },
      stdio: 'ignore',
    });
}

function repoWithHistory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rcp-git-'));
  const git = gitAt(dir);
  git(['init', '-q', '-b', 'main'], '2023-01-01T12:00:00Z');
  mkdirSync(join(dir, 'plans', 'a'), { recursive: true });
  mkdirSync(join(dir, 'plans', 'b'), { recursive: true });
  writeFileSync(join(dir, 'plans', 'a', 'plan.yaml'), 'a: 1\n');
  writeFileSync(join(dir, 'plans', 'b', 'plan.yaml'), 'b: 1\n');
  git(['add', '.'], '2023-02-03T12:00:00Z');
  git(['commit', '-q', '-m', 'first'], '2023-02-03T12:00:00Z');
  writeFileSync(join(dir, 'plans', 'b', 'plan.yaml'), 'b: 2\n');
  git(['commit', '-q', '-am', 'second'], '2024-05-06T12:00:00Z');
  return dir;
}

test('each plan folder gets the date of the last commit that touched it', () => {
  const dir = repoWithHistory();
  assert.equal(historyUsable(dir), true);
  assert.equal(gitDate(dir, 'plans/a'), '2023-02-03');
  assert.deepEqual(lastChanged(dir, 'plans/b', ['2022-06-15'], true), { date: '2024-05-06', source: 'git' });
});

test('a shallow clone falls back to the plan’s own latest decision date', () => {
  const dir = repoWithHistory();
  const shallow = join(mkdtempSync(join(tmpdir(), 'rcp-shallow-')), 'c');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow], { stdio: 'ignore' });
  assert.equal(historyUsable(shallow), false);
  assert.deepEqual(lastChanged(shallow, 'plans/a', ['2021-10-01', undefined, '2022-06-15'], historyUsable(shallow)), {
    date: '2022-06-15',
    source: 'plan',
  });
  assert.equal(lastChanged(shallow, 'plans/a', [undefined], false), null);
});

test('outside git the plan date is used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rcp-nogit-'));
  assert.equal(historyUsable(dir), false);
  assert.deepEqual(lastChanged(dir, 'plans/a', ['2020'], false), { date: '2020', source: 'plan' });
});

// Three goals in one file; the middle one is reworded in a later commit, the last one edited but not committed.
const GOALS_V1 = '- id: a\n  text: A\n- id: b\n  text: B\n- id: c\n  text: C\n';
const GOALS_V2 = '- id: a\n  text: A\n- id: b\n  text: B nu\n- id: c\n  text: C\n';
const GOALS = [
  { id: 'a', file: 'goals.yaml', line: 1 },
  { id: 'b', file: 'goals.yaml', line: 3 },
  { id: 'c', file: 'goals.yaml', line: 5 },
];

test('each goal gets the date of the last commit that changed its own lines, not its file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rcp-blame-'));
  const git = gitAt(dir);
  git(['init', '-q', '-b', 'main'], '2023-01-01T12:00:00Z');
  writeFileSync(join(dir, 'goals.yaml'), GOALS_V1);
  git(['add', '.'], '2023-02-03T12:00:00Z');
  git(['commit', '-q', '-m', 'first'], '2023-02-03T12:00:00Z');
  writeFileSync(join(dir, 'goals.yaml'), GOALS_V2);
  // Late evening in Stockholm is already the next day in UTC: the date is the committer's own.
  git(['commit', '-q', '-am', 'second'], '2024-05-06T23:30:00+02:00');
  assert.deepEqual(Object.fromEntries(goalsChanged(dir, GOALS, true)), {
    a: '2023-02-03',
    b: '2024-05-06',
    c: '2023-02-03',
  });

  // An uncommitted edit has no date yet: the goal keeps its committed lines' date, never today's.
  writeFileSync(join(dir, 'goals.yaml'), GOALS_V2.replace('text: C', 'text: C ändrad'));
  assert.equal(lineDates(dir, 'goals.yaml')?.[5], null);
  assert.equal(goalsChanged(dir, GOALS, true).get('c'), '2023-02-03');
});

test('goals without usable history get no date', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rcp-nogit-'));
  writeFileSync(join(dir, 'goals.yaml'), GOALS_V1);
  assert.equal(goalsChanged(dir, GOALS, true).size, 0, 'outside git');
  assert.equal(goalsChanged(repoWithHistory(), GOALS, false).size, 0, 'history not usable (shallow clone)');
});
