// `npm run dev` shows an editor's changes: an edited chapter or goal is on the next page load, and content
// with errors is reported with the check's Swedish report (file, line, what to do) while the pages keep the
// last valid content, until the error is fixed; a server started on content with errors reports them once,
// serving what an earlier run left valid or nothing, and serves the site when they are fixed. Runs Astro's dev
// server on copies of the small base fixture, each on a port of its own.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { cacheDirFor } from '../../src/lib/content-root.ts';
import { freePort } from '../support/free-port.ts';
import { PROJECT } from '../support/build.ts';

const GOAL_PAGE = '/mal/norr22-kontaktsjukskoterska/';
const GOAL_TEXT = 'Alla cancerpatienter ska erbjudas kontaktsjuksköterska.\n  owners: [norr-regionerna]';
/** The same goal with an owner no file declares: the check's error, at a line of goals.yaml. */
const BROKEN_GOAL = 'Alla cancerpatienter ska erbjudas kontaktsjuksköterska, alltid.\n  owners: [ingen-sadan-agare]';

interface DevServer {
  root: string;
  port: number;
  /** The server's address, "http://127.0.0.1:<port>". */
  base: string;
  log: () => string;
  /** A page's HTML; fails the test unless it answers 200. */
  page: (path: string) => Promise<string>;
  /** Waits up to 30 s for `done`, asking every 200 ms. */
  until: (done: () => boolean | Promise<boolean>, what: string) => Promise<void>;
  /** Stops the server and removes its copy and Astro's cache of it, unless `keep` (to start it again). */
  stop: (keep?: boolean) => void;
  /** Resolves when the server's process has ended. */
  exited: Promise<unknown>;
}

/**
 * A dev server on a copy of the base fixture, changed by `prepare` before it starts; or again on the copy
 * and port an earlier server kept (Astro clears its content store when the configuration, port included,
 * differs from the last run's).
 */
async function startDev(prepare: (root: string) => void = () => undefined, earlier?: DevServer): Promise<DevServer> {
  const root = earlier?.root ?? mkdtempSync(join(tmpdir(), 'rcp-dev-'));
  if (!earlier) cpSync(join(PROJECT, 'tests', 'fixtures', 'base'), root, { recursive: true });
  prepare(root);
  const port = earlier?.port ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.NODE_TEST_CONTEXT;
  const child = spawn(
    process.execPath,
    [join(PROJECT, 'scripts', 'astro.ts'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: PROJECT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = once(child, 'exit');
  let log = '';
  const collect = (chunk: Buffer) => (log += chunk.toString());
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const until = async (done: () => boolean | Promise<boolean>, what: string) => {
    const end = Date.now() + 30_000;
    while (Date.now() < end) {
      if (await done()) return;
      await sleep(200);
    }
    assert.fail(`Waited 30 s for ${what}. The dev server's log:\n${log}`);
  };
  const server: DevServer = {
    root,
    port,
    base,
    log: () => log,
    page: async (path) => {
      const response = await fetch(`${base}${path}`);
      assert.equal(response.status, 200, path);
      return response.text();
    },
    until,
    exited,
    stop: (keep = false) => {
      // The whole process group: Astro's dev server starts children of its own.
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      if (keep) return;
      rmSync(root, { recursive: true, force: true });
      rmSync(cacheDirFor(root, PROJECT), { recursive: true, force: true });
    },
  };
  try {
    await until(async () => (await fetch(`${base}/`).catch(() => null)) !== null, 'the dev server to start');
  } catch (error) {
    server.stop();
    throw error;
  }
  return server;
}

const goalsFile = (root: string) => join(root, 'plans', 'norr-2022-2024', 'goals.yaml');

describe('a dev server on valid content', () => {
  let dev: DevServer;
  before(async () => (dev = await startDev()));
  after(() => dev.stop());

  test('an edited chapter shows on the plan page', async () => {
    const chapter = join(dev.root, 'plans', 'norr-2022-2024', 'kapitel', 'patienter-och-narstaende.mdx');
    assert.doesNotMatch(await dev.page('/planer/norr-2022-2024/'), /Nyskrivet stycke om kallelser/);
    appendFileSync(chapter, '\nNyskrivet stycke om kallelser.\n');
    await dev.until(
      async () => (await dev.page('/planer/norr-2022-2024/')).includes('Nyskrivet stycke om kallelser'),
      'the chapter edit on the plan page',
    );
  });

  test('an edited goal shows on its page; an error is reported in Swedish and the page keeps the last valid goal', async () => {
    const goals = goalsFile(dev.root);
    const valid = readFileSync(goals, 'utf8');
    assert.ok(valid.includes(GOAL_TEXT), 'the fixture has the goal this test changes');
    const edited = valid.replace(GOAL_TEXT, GOAL_TEXT.replace('ska erbjudas', 'ska snabbt erbjudas'));
    writeFileSync(goals, edited);
    await dev.until(async () => (await dev.page(GOAL_PAGE)).includes('snabbt erbjudas'), 'the goal edit on its page');

    writeFileSync(goals, valid.replace(GOAL_TEXT, BROKEN_GOAL));
    // This error's report: a save seen half-written could be reported first, as what it was then.
    await dev.until(() => /ingen-sadan-agare/.test(dev.log()), 'the error report');
    assert.match(
      dev.log(),
      /Innehållet har fel; sidorna visar det senaste giltiga innehållet tills felen är rättade\.\n(?:.*\n)*?plans\/norr-2022-2024\/goals\.yaml:\d+:\d+ {2}fel \[[a-z-]+\].*\n.*ingen-sadan-agare/,
    );
    assert.match(dev.log(), /Åtgärd: /);
    const kept = await dev.page(GOAL_PAGE);
    assert.match(kept, /snabbt erbjudas/);
    assert.doesNotMatch(kept, /alltid\./);

    writeFileSync(goals, valid);
    await dev.until(async () => !(await dev.page(GOAL_PAGE)).includes('snabbt erbjudas'), 'the fixed goals file');
  });
});

describe('a dev server started on content with errors', () => {
  let dev: DevServer;
  before(
    async () =>
      (dev = await startDev((root) => {
        const goals = goalsFile(root);
        writeFileSync(goals, readFileSync(goals, 'utf8').replace(GOAL_TEXT, BROKEN_GOAL));
      })),
  );
  after(() => dev.stop());

  test('reports the errors once, then serves the site when they are fixed', async () => {
    await dev.until(() => /ingen-sadan-agare/.test(dev.log()), 'the error report');
    assert.match(dev.log(), /Innehållet har fel; sidorna visas när felen är rättade\./);
    assert.match(dev.log(), /plans\/norr-2022-2024\/goals\.yaml:\d+:\d+ {2}fel \[[a-z-]+\]/);
    // Once: the gate leaves the dev server's report to the loaders, and only the content loader gives it.
    assert.equal(dev.log().match(/ingen-sadan-agare/g)?.length, 1, dev.log());

    const goals = goalsFile(dev.root);
    writeFileSync(goals, readFileSync(goals, 'utf8').replace(BROKEN_GOAL, GOAL_TEXT));
    await dev.until(
      async () => (await fetch(`${dev.base}${GOAL_PAGE}`).catch(() => null))?.status === 200,
      'the goal page after the fix',
    );
    assert.match(await dev.page(GOAL_PAGE), /Alla cancerpatienter ska erbjudas kontaktsjuksköterska\./);
  });
});

describe('a dev server started again on content that has errors since its last run', () => {
  let dev: DevServer;
  before(async () => {
    const first = await startDev();
    // A page, so the first run has loaded its content before it stops.
    assert.match(await first.page(GOAL_PAGE), /Alla cancerpatienter ska erbjudas kontaktsjuksköterska\./);
    // Astro's dev server keeps its store for the next run, which starts from it.
    first.stop(true);
    await first.exited;
    const goals = goalsFile(first.root);
    dev = await startDev(
      () => writeFileSync(goals, readFileSync(goals, 'utf8').replace(GOAL_TEXT, BROKEN_GOAL)),
      first,
    );
  });
  after(() => dev.stop());

  test('reports them, and the pages show the content of the last run until they are fixed', async () => {
    await dev.until(() => /ingen-sadan-agare/.test(dev.log()), 'the error report');
    assert.match(
      dev.log(),
      /Innehållet har fel; sidorna visar det senaste giltiga innehållet tills felen är rättade\./,
    );
    const kept = await dev.page(GOAL_PAGE);
    assert.match(kept, /Alla cancerpatienter ska erbjudas kontaktsjuksköterska\./);
    assert.doesNotMatch(kept, /alltid\./);
  });
});
