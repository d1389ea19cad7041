// `npm run dev` shows an editor's changes: an edited chapter or goal is on the next page load, and content
// with errors is reported with the check's Swedish report (file, line, what to do) while the pages keep the
// last valid content, until the error is fixed. Runs Astro's dev server on a copy of the small base fixture,
// on a port of its own.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { cacheDirFor } from '../../src/lib/content-root.ts';
import { freePort } from '../e2e/editor-backend.ts';
import { PROJECT } from '../support/build.ts';

const root = mkdtempSync(join(tmpdir(), 'rcp-dev-'));
cpSync(join(PROJECT, 'tests', 'fixtures', 'base'), root, { recursive: true });
const plan = join(root, 'plans', 'norr-2022-2024');
const chapter = join(plan, 'kapitel', 'patienter-och-narstaende.mdx');
const goals = join(plan, 'goals.yaml');

let server: ChildProcess | undefined;
let log = '';
let base = '';

before(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.NODE_TEST_CONTEXT;
  server = spawn(
    process.execPath,
    [join(PROJECT, 'scripts', 'astro.ts'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: PROJECT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const collect = (chunk: Buffer) => (log += chunk.toString());
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);
  await until(async () => (await fetch(`${base}/`).catch(() => null))?.ok === true, 'the dev server to start');
});

after(() => {
  // The whole process group: Astro's dev server starts children of its own.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(root, { recursive: true, force: true });
  rmSync(cacheDirFor(root, PROJECT), { recursive: true, force: true });
});

/** Waits up to 30 s for `done`, asking every 200 ms. */
async function until(done: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    if (await done()) return;
    await sleep(200);
  }
  assert.fail(`Waited 30 s for ${what}. The dev server's log:\n${log}`);
}

const page = async (path: string) => {
  const response = await fetch(`${base}${path}`);
  assert.equal(response.status, 200, path);
  return response.text();
};

test('an edited chapter shows on the plan page', async () => {
  assert.doesNotMatch(await page('/planer/norr-2022-2024/'), /Nyskrivet stycke om kallelser/);
  appendFileSync(chapter, '\nNyskrivet stycke om kallelser.\n');
  await until(
    async () => (await page('/planer/norr-2022-2024/')).includes('Nyskrivet stycke om kallelser'),
    'the chapter edit on the plan page',
  );
});

test('an edited goal shows on its page; an error is reported in Swedish and the page keeps the last valid goal', async () => {
  const goalPage = '/mal/norr22-kontaktsjukskoterska/';
  const valid = readFileSync(goals, 'utf8');
  writeFileSync(goals, valid.replace('Alla cancerpatienter ska erbjudas', 'Alla cancerpatienter ska snabbt erbjudas'));
  await until(async () => (await page(goalPage)).includes('snabbt erbjudas'), 'the goal edit on its page');

  // An owner no file declares: the check's error, with the file and line an editor opens.
  const broken = readFileSync(goals, 'utf8').replace(
    'Alla cancerpatienter ska snabbt erbjudas kontaktsjuksköterska.\n  owners: [norr-regionerna]',
    'Alla cancerpatienter ska snabbt erbjudas kontaktsjuksköterska, alltid.\n  owners: [ingen-sadan-agare]',
  );
  assert.notEqual(broken, readFileSync(goals, 'utf8'), 'the fixture has the goal this test breaks');
  writeFileSync(goals, broken);
  await until(() => /Innehållet har fel; sidorna visar det senaste giltiga\./.test(log), 'the error report');
  assert.match(log, /plans\/norr-2022-2024\/goals\.yaml:\d+:\d+ {2}fel \[[a-z-]+\]/);
  assert.match(log, /ingen-sadan-agare/);
  assert.match(log, /Åtgärd: /);
  const kept = await page(goalPage);
  assert.match(kept, /snabbt erbjudas/);
  assert.doesNotMatch(kept, /alltid\./);

  writeFileSync(goals, valid);
  await until(async () => !(await page(goalPage)).includes('snabbt erbjudas'), 'the fixed goals file on the page');
});
