import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { readHistory, type Change } from './history.ts';

const temps: string[] = [];
after(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function git(cwd: string, args: string[], date?: string) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid' };
  Object.assign(env, { GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' });
  if (date)
    Object.assign(env, { GIT_AUTHOR_DATE: `${date}T12:00:00+0100`, GIT_COMMITTER_DATE: `${date}T12:00:00+0100` });
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function write(root: string, path: string, text: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

const goal = (id: string, text: string, owners: string[], timeframe: string, chapter = 'k1') =>
  `- id: ${id}\n  chapter: ${chapter}\n  text: ${text}\n  owners: [${owners.join(', ')}]\n  timeframe: "${timeframe}"\n`;
const PLAN = 'plans/norr-2022-2024/plan.yaml';
const GOALS = 'plans/norr-2022-2024/goals.yaml';

/** A repository whose history holds each kind of change, one commit (or merge) per day. */
function repository(): string {
  const root = mkdtempSync(join(tmpdir(), 'rcp-history-'));
  temps.push(root);
  git(root, ['init', '-q', '-b', 'main']);
  write(root, 'README.md', 'x\n');
  git(root, ['add', '.']);
  git(root, ['commit', '-qm', 'outside content'], '2024-01-01');
  write(root, PLAN, 'region: norr\nstatus: not-transcribed\nadoption: []\n');
  write(root, GOALS, '[]\n');
  git(root, ['add', '.']);
  git(root, ['commit', '-qm', 'plan'], '2024-02-01');
  write(
    root,
    GOALS,
    goal('a', 'Screening ska införas.', ['o1'], '2022–2023') + goal('b', 'Bättre vård.', ['o1'], '2022'),
  );
  write(root, PLAN, 'region: norr\nstatus: complete\nadoption: [{ body: NRF, date: 2022-03-01 }]\n');
  git(root, ['add', '.']);
  git(root, ['commit', '-qm', 'goals'], '2024-03-01');
  write(
    root,
    GOALS,
    goal('a', 'Screening ska införas fullt ut.', ['o1'], '2022–2023') + goal('b', 'Bättre vård.', ['o1', 'o2'], '2022'),
  );
  git(root, ['commit', '-qam', 'reword and re-own'], '2024-04-01');
  // A branch that re-times b, merged on another day: the change dates from the merge.
  git(root, ['checkout', '-qb', 'edit']);
  write(
    root,
    GOALS,
    goal('a', 'Screening ska införas fullt ut.', ['o1'], '2022–2023') +
      goal('b', 'Bättre vård.', ['o1', 'o2'], '2023', 'k2'),
  );
  git(root, ['commit', '-qam', 're-time'], '2024-05-01');
  git(root, ['checkout', '-q', 'main']);
  write(root, 'content/owners.yaml', '[]\n');
  git(root, ['add', '.']);
  git(root, ['commit', '-qm', 'owners'], '2024-05-15');
  git(root, ['merge', '-q', '--no-ff', 'edit', '-m', 'merge'], '2024-06-01');
  // Rename a → a2 (with a redirect) and remove b.
  write(root, GOALS, goal('a2', 'Screening ska införas fullt ut.', ['o1'], '2022–2023'));
  write(root, 'content/redirects.yaml', '- { from: a, to: a2 }\n');
  git(root, ['add', '.']);
  git(root, ['commit', '-qm', 'rename and remove'], '2024-07-01');
  write(root, 'README.md', 'y\n');
  git(root, ['commit', '-qam', 'outside content, later'], '2024-08-01');
  return root;
}

const kinds = (changes: Change[], goal: string) =>
  changes.filter((c) => c.goal === goal).map((c) => `${c.date} ${c.kind}`);

describe('readHistory on a repository made here', () => {
  const root = repository();
  const history = readHistory(root, new Map([['a', 'a2']]));

  test('is usable and dates the content from its newest content commit (a later commit elsewhere does not count)', () => {
    assert.equal(history.usable, true);
    assert.equal(history.contentDate, '2024-07-01');
  });

  test('names each change to a goal with the date of the commit that made it', () => {
    assert.deepEqual(kinds(history.changes, 'a'), ['2024-03-01 goal-added', '2024-04-01 goal-reworded']);
    assert.deepEqual(kinds(history.changes, 'b'), [
      '2024-03-01 goal-added',
      '2024-04-01 goal-owners',
      '2024-06-01 goal-timeframe',
      '2024-06-01 goal-chapter',
      '2024-07-01 goal-removed',
    ]);
    assert.deepEqual(kinds(history.changes, 'a2'), ['2024-07-01 goal-renamed']);
    assert.equal(history.changes.find((c) => c.kind === 'goal-renamed')?.previousId, 'a');
  });

  test('keeps what was written before and after', () => {
    const reworded = history.changes.find((c) => c.kind === 'goal-reworded')!;
    assert.equal(reworded.before, 'Screening ska införas.');
    assert.equal(reworded.after, 'Screening ska införas fullt ut.');
    const owners = history.changes.find((c) => c.kind === 'goal-owners')!;
    assert.deepEqual([owners.before, owners.after], [['o1'], ['o1', 'o2']]);
    const timeframe = history.changes.find((c) => c.kind === 'goal-timeframe')!;
    assert.deepEqual([timeframe.before, timeframe.after], ['2022', '2023']);
  });

  test('names plans added, adopted and changed in status', () => {
    const plan = history.changes.filter((c) => !c.goal).map((c) => `${c.date} ${c.kind}`);
    assert.deepEqual(plan, ['2024-02-01 plan-added', '2024-03-01 plan-adopted', '2024-03-01 plan-status']);
  });

  test('dates each plan and each goal by its last change', () => {
    assert.equal(history.planChanged.get('norr-2022-2024'), '2024-07-01');
    assert.equal(history.goalChanged.get('a2'), '2024-07-01');
    assert.equal(history.goalChanged.get('b'), '2024-06-01');
  });

  test('without the redirect, a rename reads as a removal and an addition', () => {
    const plain = readHistory(root);
    assert.deepEqual(kinds(plain.changes, 'a2'), ['2024-07-01 goal-added']);
    assert.ok(plain.changes.some((c) => c.goal === 'a' && c.kind === 'goal-removed'));
  });

  test('runs a fixed number of git processes, whatever the number of files', () => {
    // One rev-parse, one log, one cat-file: counted by tracing git's own process starts.
    const trace = join(root, '..', `trace-${process.pid}.txt`);
    temps.push(trace);
    process.env.GIT_TRACE2_EVENT = trace;
    try {
      readHistory(root);
    } finally {
      delete process.env.GIT_TRACE2_EVENT;
    }
    const starts = spawnSync('grep', ['-c', '"event":"start"', trace], { encoding: 'utf8' }).stdout.trim();
    assert.equal(Number(starts), 3);
  });
});

test('a shallow clone has no usable history, but still knows its newest content date', () => {
  const source = repository();
  const clone = mkdtempSync(join(tmpdir(), 'rcp-history-shallow-'));
  temps.push(clone);
  git(clone, ['clone', '-q', '--depth', '1', `file://${source}`, '.']);
  const history = readHistory(clone);
  assert.equal(history.usable, false);
  assert.equal(history.reason, 'shallow');
  // The clone's one commit holds all the content, so it is the content's date: the same for every such clone.
  assert.equal(history.contentDate, '2024-08-01');
  assert.equal(history.changes.length, 0);
  assert.equal(history.goalChanged.size, 0);
});

test('outside git there is no history and no date', () => {
  const root = mkdtempSync(join(tmpdir(), 'rcp-history-nogit-'));
  temps.push(root);
  write(root, GOALS, goal('a', 'x', ['o'], '2022'));
  const history = readHistory(root);
  assert.deepEqual([history.usable, history.reason, history.contentDate], [false, 'no-git', null]);
});
