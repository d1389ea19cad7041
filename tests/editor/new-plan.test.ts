// `npm run new-plan`: a new plan version started from the region's latest one, run on copies of the real
// content. Each new version must pass the real check. The commands run in this process by their own
// functions (runMain, runCheckInProcess); the first test runs both through the command line.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parse } from 'yaml';
import { main, newGoalIds, replaceYears } from '../../scripts/new-plan.ts';
import { cleanupTempDirs, copyRealContent, REPO } from './helpers.ts';
import { runScript } from '../support/run-script.ts';
import { runMain } from '../support/run-main.ts';
import { runCheckInProcess } from '../validator/harness.ts';

after(cleanupTempDirs);

/** `npm run new-plan -- <args>`, run in this process. */
const newPlan = (args: string[], options?: Parameters<typeof runMain>[2]) => runMain(main, args, options);

interface GoalData {
  id: string;
  chapter: string;
  text: string;
  owners?: string[];
  timeframe?: string | null;
  number?: string;
  areas?: unknown;
}

const readYaml = (path: string) => parse(readFileSync(path, 'utf8'));

/**
 * The real check on a content root: exit status and errors (warnings are allowed). In this process by the
 * command's own function, or through the command line, as the first test runs both commands.
 */
function check(root: string, via: 'process' | 'cli' = 'process') {
  const result = via === 'cli' ? runScript('check.ts', ['--root', root]) : runCheckInProcess(root);
  const errors = result.stdout.split('\n').filter((l) => /^\S.*:\d+:\d+ {2}fel \[/.test(l));
  return { status: result.status, errors, out: result.stdout + result.stderr };
}

describe('replaceYears', () => {
  const old = { from: 2022, to: 2024 };
  test('replaces the old period years in a title', () => {
    assert.equal(
      replaceYears('Cancerplan för norra sjukvårdsregionen 2022–2024', old, { from: 2025, to: 2027 }),
      'Cancerplan för norra sjukvårdsregionen 2025–2027',
    );
    assert.equal(
      replaceYears('Regional cancerplan 2020-2023', { from: 2020, to: 2023 }, { from: 2024, to: 2027 }),
      'Regional cancerplan 2024-2027',
    );
  });
  test('replaces in one pass, so overlapping periods do not shift twice', () => {
    assert.equal(replaceYears('Plan 2022–2024', old, { from: 2024, to: 2026 }), 'Plan 2024–2026');
  });
  test('leaves other numbers and titles without years alone', () => {
    assert.equal(
      replaceYears('Plan med 20224 mål och 1 2022a', old, { from: 2025, to: 2027 }),
      'Plan med 20224 mål och 1 2022a',
    );
    assert.equal(replaceYears('Regional cancerplan', old, { from: 2025, to: 2027 }), 'Regional cancerplan');
  });
  test('turns an open period ("2015 och framåt") into the new closed one', () => {
    assert.equal(
      replaceYears('Utvecklingsplan 2015 och framåt', { from: 2015, to: null }, { from: 2025, to: 2028 }),
      'Utvecklingsplan 2025–2028',
    );
  });
});

describe('newGoalIds', () => {
  test("replaces the plan tag's year", () => {
    const ids = newGoalIds(['norr22-opt', 'norr22-kontaktsjukskoterska'], 'norr', 2022, 2025, new Set());
    assert.deepEqual([...ids.values()], ['norr25-opt', 'norr25-kontaktsjukskoterska']);
    assert.equal(newGoalIds(['sg20-hpv'], 'stockholm-gotland', 2020, 2028, new Set()).get('sg20-hpv'), 'sg28-hpv');
  });
  test('gives an id without a plan tag one', () => {
    assert.equal(newGoalIds(['screening'], 'syd', 2023, 2026, new Set()).get('screening'), 'syd26-screening');
    assert.equal(newGoalIds(['x19-a'], 'syd', 2023, 2026, new Set()).get('x19-a'), 'syd26-x19-a');
  });
  test('never reuses an id that is taken, nor one it has just given', () => {
    const ids = newGoalIds(['norr22-a', 'norr22-b'], 'norr', 2022, 2025, new Set(['norr25-a', 'norr25-a-2']));
    assert.equal(ids.get('norr22-a'), 'norr25-a-3');
    assert.equal(ids.get('norr22-b'), 'norr25-b');
    const same = newGoalIds(['norr22-a', 'norr-a'], 'norr', 2022, 2022, new Set(['norr22-a']));
    assert.equal(same.get('norr22-a'), 'norr22-a-2');
    assert.equal(new Set(same.values()).size, 2);
  });
});

describe('new-plan on the real content', () => {
  test('without --with-goals: a draft that passes the check, with the chapters and introduction kept', () => {
    const root = copyRealContent('new-plan');
    const result = runScript('new-plan.ts', ['norr', '2025', '2027', '--root', root]);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /Skapade plans\/norr-2025-2027\/ från plans\/norr-2022-2024\//);
    assert.match(result.stdout, /Att göra innan planen publiceras:/);

    const dir = join(root, 'plans', 'norr-2025-2027');
    const oldDir = join(REPO, 'plans', 'norr-2022-2024');
    const plan = readYaml(join(dir, 'plan.yaml'));
    const old = readYaml(join(oldDir, 'plan.yaml'));
    assert.deepEqual(plan.period, { from: 2025, to: 2027 });
    assert.equal(plan.title, 'Cancerplan för norra sjukvårdsregionen 2025–2027');
    assert.equal(plan.titleConfirmed, false);
    assert.deepEqual(plan.adoption, []);
    assert.equal(plan.references, undefined);
    assert.equal(plan.status, 'not-transcribed');
    // Readers get one short sentence; where the draft comes from and what to check is for editors.
    assert.match(plan.statusNote, /^Utkast/);
    assert.doesNotMatch(plan.statusNote, /norr-2022-2024/);
    assert.match(plan.editorNotes, /norr-2022-2024/);
    assert.match(plan.editorNotes, /Målen är inte överförda/);
    assert.equal(plan.followsComplete, undefined, 'an unread plan does not claim to list all it follows');
    for (const key of ['region', 'source', 'follows', 'levels', 'columns', 'gaps'])
      assert.deepEqual(plan[key], old[key], key);

    assert.equal(existsSync(join(dir, 'goals.yaml')), false);
    assert.equal(readFileSync(join(dir, 'inledning.mdx'), 'utf8'), readFileSync(join(oldDir, 'inledning.mdx'), 'utf8'));
    const chapters = readdirSync(join(oldDir, 'kapitel'));
    assert.deepEqual(readdirSync(join(dir, 'kapitel')).sort(), chapters.sort());
    for (const name of chapters) {
      assert.equal(
        readFileSync(join(dir, 'kapitel', name), 'utf8'),
        readFileSync(join(oldDir, 'kapitel', name), 'utf8'),
        name,
      );
    }

    // It passes the check, with one warning: an unedited draft, which is not published.
    const checked = check(root, 'cli');
    assert.equal(checked.status, 0, checked.out);
    assert.deepEqual(checked.errors, []);
    assert.match(result.stdout, /plans\/norr-2025-2027\/plan\.yaml:\d+:\d+ +varning \[draft-unedited\]/);
    assert.match(result.stdout, /inledningen och 7 kapitel är identiska med plans\/norr-2022-2024\//);
  });

  test('with --with-goals: the goals under new unique ids, timeframes set to the new period, and the check passes', () => {
    const root = copyRealContent('new-plan-goals');
    const result = newPlan(['norr', '2025', '2027', '--with-goals', '--root', root]);
    assert.equal(result.status, 0, result.stdout + result.stderr);

    const dir = join(root, 'plans', 'norr-2025-2027');
    const oldGoals: GoalData[] = readYaml(join(REPO, 'plans', 'norr-2022-2024', 'goals.yaml'));
    const goals: GoalData[] = readYaml(join(dir, 'goals.yaml'));
    assert.equal(goals.length, oldGoals.length);
    assert.ok(goals.length > 10);
    goals.forEach((goal, i) => {
      const old = oldGoals[i];
      assert.equal(goal.id, old.id.replace(/^norr22-/, 'norr25-'));
      assert.equal(goal.timeframe, '2025–2027');
      for (const key of ['chapter', 'text', 'owners', 'number', 'areas'] as const)
        assert.deepEqual(goal[key], old[key], `${goal.id}.${key}`);
    });
    assert.equal(new Set(goals.map((g) => g.id)).size, goals.length);

    const plan = readYaml(join(dir, 'plan.yaml'));
    assert.equal(plan.status, 'partial');
    assert.match(plan.editorNotes, new RegExp(`De ${goals.length} målen är kopierade`));
    assert.match(plan.editorNotes, /Tidsramarna är satta till hela planperioden 2025–2027 och måste kontrolleras/);
    assert.match(result.stdout, /Rätta tidsramarna/);

    const checked = check(root);
    assert.equal(checked.status, 0, checked.out);
    assert.deepEqual(checked.errors, []);
  });

  test('a second version from the same year gets different ids', () => {
    const root = copyRealContent('new-plan-twice');
    assert.equal(newPlan(['norr', '2025', '2027', '--with-goals', '--root', root]).status, 0);
    const second = newPlan(['norr', '2025', '2026', '--with-goals', '--root', root]);
    assert.equal(second.status, 0, second.stdout + second.stderr);
    assert.match(
      second.stdout,
      /från plans\/norr-2022-2024\//,
      'the latest adopted version is the source, never a draft',
    );
    const goals: GoalData[] = readYaml(join(root, 'plans', 'norr-2025-2026', 'goals.yaml'));
    assert.ok(
      goals.every((g) => /^norr25-.+-2$/.test(g.id)),
      goals.map((g) => g.id).join(', '),
    );
    assert.ok(goals.every((g) => g.timeframe === '2025–2026'));
    const checked = check(root);
    assert.equal(checked.status, 0, checked.out);
  });

  test('a plan without a timeframe column: goals carried without timeframes', () => {
    const root = copyRealContent('new-plan-sg');
    // Make the 2020–2023 plan, which has goals and only a Delmål column, the region's latest.
    rmSync(join(root, 'plans', 'stockholm-gotland-2024-2027'), { recursive: true });
    const result = newPlan(['stockholm-gotland', '2028', '2031', '--with-goals', '--root', root]);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    const plan = readYaml(join(root, 'plans', 'stockholm-gotland-2028-2031', 'plan.yaml'));
    assert.equal(plan.title, 'Regional cancerplan 2028-2031');
    assert.doesNotMatch(plan.statusNote, /Tidsramarna/);
    const goals: GoalData[] = readYaml(join(root, 'plans', 'stockholm-gotland-2028-2031', 'goals.yaml'));
    assert.ok(goals.length > 0);
    for (const goal of goals) {
      assert.match(goal.id, /^sg28-/);
      assert.equal(goal.timeframe, undefined);
      assert.ok(goal.number);
    }
    const checked = check(root);
    assert.equal(checked.status, 0, checked.out);
  });

  test('an open-ended plan ("2015 och framåt") and a plan without chapters', () => {
    const root = copyRealContent('new-plan-open');
    const vast = newPlan(['vast', '2025', '2028', '--root', root]);
    assert.equal(vast.status, 0, vast.stdout + vast.stderr);
    const plan = readYaml(join(root, 'plans', 'vast-2025-2028', 'plan.yaml'));
    assert.match(plan.title, /Västra sjukvårdsregionen 2025–2028$/);
    assert.doesNotMatch(
      readFileSync(join(root, 'plans', 'vast-2025-2028', 'plan.yaml'), 'utf8'),
      /^title: .*\n {2}\S/m,
      'the title stays on one line',
    );

    const mellan = newPlan(['mellansverige', '2025', '2027', '--with-goals', '--root', root]);
    assert.equal(mellan.status, 0, mellan.stdout + mellan.stderr);
    assert.match(mellan.stdout, /goals\.yaml: inte skapad/);
    const mellanPlan = readYaml(join(root, 'plans', 'mellansverige-2025-2027', 'plan.yaml'));
    assert.equal(mellanPlan.status, 'not-transcribed');
    assert.doesNotMatch(mellanPlan.statusNote, /kapitlen|Inledningen/i, 'no prose was copied, so none is mentioned');

    const checked = check(root);
    assert.equal(checked.status, 0, checked.out);
  });

  test('reads CONTENT_ROOT when --root is not given', () => {
    const root = copyRealContent('new-plan-env');
    const result = newPlan(['syd', '2026', '2028'], { env: { CONTENT_ROOT: root } });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.ok(existsSync(join(root, 'plans', 'syd-2026-2028', 'plan.yaml')));
    assert.equal(existsSync(join(REPO, 'plans', 'syd-2026-2028')), false);
  });
});

describe('new-plan refuses, in Swedish', () => {
  test('to overwrite an existing folder', () => {
    const root = copyRealContent('new-plan-exists');
    assert.equal(newPlan(['norr', '2025', '2027', '--root', root]).status, 0);
    const before = readFileSync(join(root, 'plans', 'norr-2025-2027', 'plan.yaml'), 'utf8');
    const again = newPlan(['norr', '2025', '2027', '--with-goals', '--root', root]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /^Fel: Mappen plans\/norr-2025-2027\/ finns redan\./);
    assert.equal(readFileSync(join(root, 'plans', 'norr-2025-2027', 'plan.yaml'), 'utf8'), before);
    assert.equal(existsSync(join(root, 'plans', 'norr-2025-2027', 'goals.yaml')), false);

    const existing = newPlan(['norr', '2022', '2024', '--root', root]);
    assert.equal(existing.status, 1);
    assert.match(existing.stderr, /finns redan/);
  });

  test('an unknown region, with a suggestion', () => {
    const root = copyRealContent('new-plan-region');
    const result = newPlan(['nord', '2025', '2027', '--root', root]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Sjukvårdsregionen "nord" finns inte i content\/regions\.yaml\. Menade du "norr"\?/);
    assert.deepEqual(
      readdirSync(join(root, 'plans')).filter((d) => d.startsWith('nord')),
      [],
    );
  });

  test("a content file it reads but cannot parse stops it with the check's positioned message, not a guess", () => {
    const root = copyRealContent('new-plan-broken');
    // Another region's plan: new-plan reads every plan.yaml to find the region's versions.
    const plan = join(root, 'plans', 'syd-2023-2025', 'plan.yaml');
    writeFileSync(plan, `${readFileSync(plan, 'utf8')}\ntitle: Igen\n`);
    const result = newPlan(['norr', '2025', '2027', '--with-goals', '--root', root]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /plans\/syd-2023-2025\/plan\.yaml kan inte läsas/);
    assert.match(result.stderr, /plans\/syd-2023-2025\/plan\.yaml:\d+:1 {2}fel \[duplicate-key\]/);
    assert.equal(existsSync(join(root, 'plans', 'norr-2025-2027')), false);
  });

  test('reversed or malformed years, and missing arguments', () => {
    const root = copyRealContent('new-plan-args');
    const reversed = newPlan(['norr', '2027', '2025', '--root', root]);
    assert.equal(reversed.status, 1);
    assert.match(reversed.stderr, /Slutåret 2025 ligger före startåret 2027/);
    const short = newPlan(['norr', '25', '27', '--root', root]);
    assert.equal(short.status, 2);
    assert.match(short.stderr, /fyra siffror/);
    const range = newPlan(['norr', '1985', '1987', '--root', root]);
    assert.equal(range.status, 1);
    assert.match(range.stderr, /mellan 1990 och 2100/);
    const missing = newPlan(['norr', '2025', '--root', root]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /Användning: npm run new-plan --/);
    const unknown = newPlan(['norr', '2025', '2027', '--med-mal', '--root', root]);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /okänt val/);
  });

  test('a region without any plan to start from', () => {
    const root = copyRealContent('new-plan-none');
    rmSync(join(root, 'plans', 'sydost-2020-2023'), { recursive: true });
    rmSync(join(root, 'plans', 'sydost-2015-2018'), { recursive: true });
    const result = newPlan(['sydost', '2025', '2027', '--root', root]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Det finns ingen antagen plan för "sydost" som börjar 2025 eller tidigare/);
  });

  test('a draft is never the base of another, nor a version that starts after the new one', () => {
    const root = copyRealContent('new-plan-draft-only');
    assert.equal(newPlan(['sydost', '2030', '2032', '--root', root]).status, 0);
    rmSync(join(root, 'plans', 'sydost-2020-2023'), { recursive: true });
    rmSync(join(root, 'plans', 'sydost-2015-2018'), { recursive: true });
    // Only the draft sydost-2030-2032 is left: nothing adopted to start from.
    const fromDraft = newPlan(['sydost', '2033', '2035', '--root', root]);
    assert.equal(fromDraft.status, 1, fromDraft.stdout);
    assert.match(fromDraft.stderr, /Ett utkast utgår aldrig från ett annat utkast/);
    // An earlier period than every adopted version: the later versions are not its predecessor.
    const early = newPlan(['norr', '2005', '2007', '--root', copyRealContent('new-plan-early')]);
    assert.equal(early.status, 1, early.stdout);
    assert.match(early.stderr, /ingen antagen plan för "norr" som börjar 2005 eller tidigare/);
  });
});
