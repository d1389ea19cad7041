import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gitDate, historyUsable, lastChanged } from './last-changed.ts';

function repoWithHistory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rcp-git-'));
  const git = (args: string[], date: string) =>
    execFileSync('git', args, {
      cwd: dir,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' },
      stdio: 'ignore',
    });
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
