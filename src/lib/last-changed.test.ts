import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { contentDate } from './last-changed.ts';

const dir = mkdtempSync(join(tmpdir(), 'rcp-content-date-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('SOURCE_DATE_EPOCH wins over everything else', () => {
  assert.deepEqual(contentDate(dir, String(Date.UTC(2026, 5, 1) / 1000), ['2030-01-01']), {
    date: '2026-06-01',
    source: 'epoch',
  });
});

test('outside git, the newest date the content records', () => {
  assert.deepEqual(contentDate(dir, undefined, ['2022-03-01', undefined, '2024']), { date: '2024', source: 'content' });
  assert.equal(contentDate(dir, undefined, []), null);
});

test('in git, the date of the last commit touching plans/ or content/', () => {
  const repo = join(dir, 'repo');
  mkdirSync(join(repo, 'plans'), { recursive: true });
  writeFileSync(join(repo, 'plans', 'a.yaml'), 'a: 1\n');
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't' };
  const at = (date: string) => ({
    ...env,
    GIT_COMMITTER_EMAIL: 't@x',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  });
  execFileSync('git', ['init', '-q'], { cwd: repo });
  execFileSync('git', ['add', '.'], { cwd: repo });
  execFileSync('git', ['commit', '-qm', 'a'], { cwd: repo, env: at('2025-02-03T12:00:00Z') });
  writeFileSync(join(repo, 'README'), 'x\n');
  execFileSync('git', ['add', '.'], { cwd: repo });
  execFileSync('git', ['commit', '-qm', 'b'], { cwd: repo, env: at('2025-09-09T12:00:00Z') });
  assert.deepEqual(contentDate(repo, undefined, ['2030-01-01']), { date: '2025-02-03', source: 'git' });
});
