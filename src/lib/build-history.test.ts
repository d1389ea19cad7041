import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { startHistoryForBuild } from './build-history.ts';
import { handedHistory } from './history-handover.ts';
import { readHistory, type History } from './history.ts';

const temps: string[] = [];

/** The history handed over to the pages for this root and these renames; fails when there is none. */
function handedOver(root: string, renames: ReadonlyMap<string, string>): Promise<History> {
  const handed = handedHistory(root, renames);
  assert.ok(handed, `no history handed over for ${root}`);
  return handed;
}

/** Whether a handed-over history is there at once: read on the spot, not on a worker thread still reading. */
const PENDING = Symbol('pending');
const readAtOnce = async (history: Promise<unknown>) =>
  (await Promise.race([history, Promise.resolve(PENDING)])) !== PENDING;
after(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function git(cwd: string, args: string[], date: string) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid' };
  Object.assign(env, { GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' });
  Object.assign(env, { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` });
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
}

/** A repository in which goal "a" is renamed to "c" (with the redirect) and "b" is reworded. */
function repository(): string {
  const root = mkdtempSync(join(tmpdir(), 'rcp-build-history-'));
  temps.push(root);
  mkdirSync(join(root, 'plans', 'norr-2022-2024'), { recursive: true });
  const goals = join(root, 'plans', 'norr-2022-2024', 'goals.yaml');
  git(root, ['init', '-q', '-b', 'main'], '2024-01-01');
  writeFileSync(goals, '- id: a\n  text: Ett.\n- id: b\n  text: Två.\n');
  git(root, ['add', '.'], '2024-01-01');
  git(root, ['commit', '-qm', 'goals'], '2024-01-01');
  writeFileSync(goals, '- id: c\n  text: Ett.\n- id: b\n  text: Två, ändrat.\n');
  git(root, ['commit', '-qam', 'rename and reword'], '2024-02-01');
  return root;
}

test('the history of a full clone, read on a worker thread, is the one read in the page, renames included', async () => {
  const root = repository();
  const renames = new Map([['a', 'c']]);
  startHistoryForBuild(root, renames);
  assert.equal(await readAtOnce(handedOver(root, renames)), false);
  const handed = await handedOver(root, renames);
  assert.deepEqual(handed, readHistory(root, renames));
  assert.deepEqual(
    handed.changes.filter((c) => c.date === '2024-02-01').map((c) => [c.kind, c.goal]),
    [
      ['goal-renamed', 'c'],
      ['goal-reworded', 'b'],
    ],
  );
});

test('the history is read once, on the worker: git runs three times in all, none after the answer', async () => {
  const root = repository();
  const trace = join(root, '..', `trace-build-history-${process.pid}.txt`);
  temps.push(trace);
  // Git's own trace counts every git process, the worker's and any started here.
  process.env.GIT_TRACE2_EVENT = trace;
  try {
    startHistoryForBuild(root, new Map());
    await handedOver(root, new Map());
    // The worker exits after its answer; nothing may read the history again then.
    await new Promise((done) => setTimeout(done, 1500));
  } finally {
    delete process.env.GIT_TRACE2_EVENT;
  }
  const starts = readFileSync(trace, 'utf8')
    .split('\n')
    .filter((line) => line.includes('"event":"start"'));
  assert.equal(starts.length, 3);
});

test('the handover is for its own content root and renames: the pages get none for another', () => {
  const started = repository();
  const other = repository();
  startHistoryForBuild(started, new Map());
  assert.equal(handedHistory(other, new Map()), null);
  assert.equal(handedHistory(started, new Map([['a', 'c']])), null);
  assert.ok(handedHistory(started, new Map()));
});

test('outside git the handover says so at once (no worker thread), as the direct read does', async () => {
  const root = mkdtempSync(join(tmpdir(), 'rcp-build-history-'));
  temps.push(root);
  startHistoryForBuild(root, new Map());
  assert.equal(await readAtOnce(handedOver(root, new Map())), true);
  const history = await handedOver(root, new Map());
  assert.equal(history.usable, false);
  assert.equal(history.reason, 'no-git');
});

test('in a shallow clone the handover has the content date and no history at once, as the direct read does', async () => {
  const source = repository();
  const root = mkdtempSync(join(tmpdir(), 'rcp-build-history-'));
  temps.push(root);
  git(root, ['clone', '-q', '--depth', '1', `file://${source}`, 'clone'], '2024-03-01');
  const clone = join(root, 'clone');
  startHistoryForBuild(clone, new Map());
  assert.equal(await readAtOnce(handedOver(clone, new Map())), true);
  const history = await handedOver(clone, new Map());
  assert.deepEqual(history, readHistory(clone, new Map()));
  assert.equal(history.reason, 'shallow');
  assert.equal(history.contentDate, '2024-02-01');
});
