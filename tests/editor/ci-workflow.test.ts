// The GitHub Actions workflow and the pull request template: what editors see on every pull request.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { REPO } from './helpers.ts';
import { STAGES } from '../../scripts/test.ts';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

const workflow = parse(readFileSync(join(REPO, '.github', 'workflows', 'ci.yml'), 'utf8')) as {
  on: { pull_request?: unknown; push: { branches: string[] } };
  permissions?: unknown;
  jobs: Record<string, { steps: Step[]; needs?: unknown; permissions?: unknown }>;
};
const scripts = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).scripts as Record<string, string>;
const jobs = Object.values(workflow.jobs);
const steps = jobs.flatMap((j) => j.steps);
const index = (pred: (s: Step) => boolean, what: string) => {
  const i = steps.findIndex(pred);
  assert.ok(i >= 0, `no step ${what}`);
  return i;
};
const runs = (pattern: RegExp) => (s: Step) => pattern.test(s.run ?? '');

describe('.github/workflows/ci.yml', () => {
  test('runs on pull requests and on pushes to main', () => {
    assert.ok('pull_request' in workflow.on);
    assert.deepEqual(workflow.on.push.branches, ['main']);
  });

  test('checks out the whole history, for the changed lines and the goal summary', () => {
    const checkout = steps[index((s) => s.uses?.startsWith('actions/checkout@') ?? false, 'actions/checkout')];
    assert.equal(checkout.with?.['fetch-depth'], 0);
  });

  test('installs with npm ci and Chromium the usual way, before anything runs', () => {
    const install = index(runs(/^npm ci\b/), 'npm ci');
    const chromium = index(runs(/^npx playwright install --with-deps chromium$/), 'playwright install');
    assert.ok(install < chromium);
    assert.equal(
      steps.some((s) => s.uses?.startsWith('actions/setup-node')),
      false,
      'Node comes from the dev dependency',
    );
  });

  test('checks the content in a job of its own, which waits for no other job', () => {
    const content = Object.values(workflow.jobs).find((j) => j.steps.some(runs(/^npm run ci-annotate$/)));
    assert.ok(content, 'a job runs ci-annotate');
    assert.equal(content.needs, undefined, 'the content check starts at once');
    assert.ok(!content.steps.some(runs(/npm run (build|test:)/)), 'and does not wait for the build or the tests');
  });

  test('builds, then runs every test, in that order, in one job', () => {
    const site = Object.values(workflow.jobs).find((j) => j.steps.some(runs(/^npm run build$/)));
    assert.ok(site, 'a job builds');
    const at = (pattern: RegExp) => site.steps.findIndex(runs(pattern));
    const order = [
      at(/^npm run build$/),
      at(/^npm run test:unit$/),
      at(/^npm run test:build$/),
      at(/^npm run test:e2e$/),
    ];
    assert.ok(
      order.every((i) => i >= 0),
      String(order),
    );
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
    // Every test script that `npm test` runs has a step (npm test itself would build twice).
    for (const script of STAGES.flat(2)) {
      assert.ok(steps.some(runs(new RegExp(`npm run ${script}\\b`))) || script === 'check', `no step runs ${script}`);
    }
  });

  test('pins every action to a full commit and grants only read access', () => {
    const used = steps.filter((s) => s.uses);
    assert.ok(used.length >= 3);
    for (const step of used) assert.match(step.uses!, /^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/, step.uses);
    assert.deepEqual(workflow.permissions, { contents: 'read' });
    for (const job of Object.values(workflow.jobs)) assert.equal(job.permissions, undefined, 'no job widens them');
    // No step keeps the token in the checkout, where later steps' scripts could read it.
    for (const checkout of steps.filter((s) => s.uses?.startsWith('actions/checkout@')))
      assert.equal(checkout.with?.['persist-credentials'], false);
  });

  test('uploads dist/ as an artifact when the build succeeded, even if a test failed', () => {
    const upload = steps[index((s) => s.uses?.startsWith('actions/upload-artifact@') ?? false, 'upload-artifact')];
    assert.equal(upload.with?.path, 'dist/');
    assert.match(upload.if ?? '', /steps\.build\.outcome == 'success'/);
    assert.ok(steps.some((s) => s.id === 'build' && s.run === 'npm run build'));
  });

  test('appends the goal summary against the base branch to the job summary', () => {
    const step = steps[index(runs(/goals-diff/), 'goals-diff')];
    assert.match(step.run!, /npm run --silent goals-diff -- "\$base"/);
    assert.match(step.run!, />> "\$GITHUB_STEP_SUMMARY"/);
    assert.match(step.run!, /origin\/\$BASE_REF/);
    assert.match(step.if ?? '', /steps\.install\.outcome == 'success'/);
  });

  test('runs the same steps as .ci/run (npm ci, then npm test), besides its two GitHub-only steps', () => {
    const ciRun = readFileSync(join(REPO, '.ci', 'run'), 'utf8');
    assert.match(ciRun, /^npm ci\b/m);
    assert.match(ciRun, /^npm test$/m);
    const testSteps = STAGES.flat(2);
    // ci-annotate is the check with annotations; goals-diff only writes the job summary.
    const workflowSteps = steps.flatMap((s) =>
      [...(s.run ?? '').matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]),
    );
    const asTest = workflowSteps
      .filter((name) => name !== 'goals-diff')
      .map((name) => (name === 'ci-annotate' ? 'check' : name));
    assert.deepEqual([...asTest].sort(), [...testSteps].sort());
  });

  test('every npm script it runs exists', () => {
    for (const step of steps) {
      for (const m of (step.run ?? '').matchAll(/npm run (?:--silent )?([\w:-]+)/g))
        assert.ok(m[1] in scripts, `npm run ${m[1]}`);
    }
  });
});

describe('.github/pull_request_template.md', () => {
  const template = readFileSync(join(REPO, '.github', 'pull_request_template.md'), 'utf8');

  test('is a Swedish checklist for editors that points to REDIGERA.md', () => {
    const items = template.split('\n').filter((l) => l.startsWith('- [ ] '));
    assert.ok(items.length >= 6, template);
    for (const words of [/exakt som i planen/, /mål-id/, /npm run schemas/, /gaps/, /statusNote/, /Ändrade mål/]) {
      assert.ok(
        items.some((i) => words.test(i)),
        `no item about ${words}`,
      );
    }
    assert.match(template, /REDIGERA\.md/);
  });
});

describe('.github/workflows/nightly.yml', () => {
  const nightly = parse(readFileSync(join(REPO, '.github', 'workflows', 'nightly.yml'), 'utf8')) as {
    on: { schedule?: { cron: string }[] };
    permissions?: unknown;
    jobs: Record<string, { steps: Step[] }>;
  };
  const nightSteps = Object.values(nightly.jobs).flatMap((j) => j.steps);

  test('runs the mutation test at full scale on a schedule, read-only, with pinned actions', () => {
    assert.ok((nightly.on.schedule ?? []).length > 0);
    assert.deepEqual(nightly.permissions, { contents: 'read' });
    const mutation = nightSteps.find((s) => /tests\/validator\/mutation\.test\.ts/.test(s.run ?? ''));
    assert.ok(mutation, 'a step runs the mutation test');
    assert.equal(mutation.env?.MUTATION_SCALE, '4');
    for (const step of nightSteps.filter((s) => s.uses)) assert.match(step.uses ?? '', /@[0-9a-f]{40}$/, step.uses);
  });
});

describe('.github/workflows/publish.yml', () => {
  const text = readFileSync(join(REPO, '.github', 'workflows', 'publish.yml'), 'utf8');
  const publish = parse(text) as {
    on: { push?: { branches: string[] } };
    permissions?: unknown;
    jobs: Record<string, { steps: Step[]; permissions?: Record<string, string>; needs?: unknown }>;
  };
  const jobs = Object.values(publish.jobs);
  const all = jobs.flatMap((j) => j.steps);

  test('publishes main, built with the whole history and SITE_URL from the Pages address', () => {
    assert.deepEqual(publish.on.push?.branches, ['main']);
    const checkout = all.find((s) => s.uses?.startsWith('actions/checkout@'));
    assert.equal(checkout?.with?.['fetch-depth'], 0);
    assert.equal(checkout?.with?.['persist-credentials'], false);
    const build = all.find((s) => s.run === 'npm run build');
    assert.ok(build, 'a step runs npm run build');
    assert.match(build.env?.SITE_URL ?? '', /^\$\{\{ steps\.pages\.outputs\.base_url \}\}\/$/);
    assert.ok(all.some((s) => s.id === 'pages' && s.uses?.startsWith('actions/configure-pages@')));
    assert.equal(all.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path, 'dist/');
  });

  test('uses no secret, pins every action, and grants Pages write only to the job that deploys', () => {
    assert.doesNotMatch(text, /secrets\./);
    for (const step of all.filter((s) => s.uses)) assert.match(step.uses ?? '', /@[0-9a-f]{40}$/, step.uses);
    assert.deepEqual(publish.permissions, { contents: 'read' });
    const writers = jobs.filter((j) => j.permissions);
    assert.equal(writers.length, 1);
    assert.deepEqual(writers[0].permissions, { pages: 'write', 'id-token': 'write' });
    assert.ok(
      writers[0].steps.every((s) => s.uses?.startsWith('actions/deploy-pages@')),
      'and it only deploys',
    );
  });
});
