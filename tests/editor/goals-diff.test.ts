// `npm run goals-diff`: the Markdown summary of changed goals, on temporary git repositories.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { diffTokens, main, parseGoals, summarize, wordDiff, type GoalsByPlan } from '../../scripts/goals-diff.ts';
import { cleanupTempDirs, git, repoWithBase, tempDir } from './helpers.ts';
import { runScript } from '../support/run-script.ts';
import { runMain } from '../support/run-main.ts';

after(cleanupTempDirs);

function edit(path: string, replace: [string | RegExp, string][]) {
  let text = readFileSync(path, 'utf8');
  for (const [from, to] of replace) {
    const next = text.replace(from, to);
    assert.notEqual(next, text, `${from} not found in ${path}`);
    text = next;
  }
  writeFileSync(path, text);
}

describe('wordDiff', () => {
  test('marks removed words struck and added words bold, grouping runs', () => {
    assert.equal(wordDiff('a b c', 'a b c'), 'a b c');
    assert.equal(wordDiff('a b c', 'a x c'), 'a ~~b~~ **x** c');
    assert.equal(wordDiff('a b c d', 'a d e f'), 'a ~~b c~~ d **e f**');
    assert.equal(wordDiff('', 'ny text'), '**ny text**');
  });
  test('ignores how the text is wrapped', () => {
    assert.equal(wordDiff('a  b\nc', 'a b c'), 'a b c');
  });
  test('escapes Markdown in the words', () => {
    assert.equal(wordDiff('minst *en* årskull', 'minst två årskullar'), 'minst ~~\\*en\\* årskull~~ **två årskullar**');
  });
  test('diffTokens keeps every token exactly once per side', () => {
    const ops = diffTokens(['a', 'b', 'c', 'b'], ['b', 'a', 'b', 'd']);
    assert.deepEqual(
      ops.filter((o) => o.kind !== 'added').map((o) => o.token),
      ['a', 'b', 'c', 'b'],
    );
    assert.deepEqual(
      ops.filter((o) => o.kind !== 'removed').map((o) => o.token),
      ['b', 'a', 'b', 'd'],
    );
  });
});

describe('summarize', () => {
  const goal = { id: 'x1', chapter: 'k', text: 'Text.', owners: ['a'], timeframe: '2024' };

  test('says "Inga ändrade mål." when nothing changed', () => {
    const same: GoalsByPlan = new Map([['p', [goal]]]);
    assert.equal(summarize(same, new Map([['p', [{ ...goal }]]]), 'main'), 'Inga ändrade mål.');
    assert.equal(summarize(new Map(), new Map(), 'main'), 'Inga ändrade mål.');
  });

  test('reports a goals.yaml that cannot be read instead of guessing', () => {
    const broken = parseGoals('- id: x\n  text: "ej stängd\n');
    assert.ok(!Array.isArray(broken));
    // Read as the validator reads it: positioned, in Swedish; a duplicate key is refused too.
    assert.match(broken.error, /^rad \d+, kolumn \d+: /);
    const twice = parseGoals('- id: x\n  text: a\n  text: b\n', 'plans/p/goals.yaml');
    assert.ok(!Array.isArray(twice));
    assert.match(twice.error, /^rad 3, kolumn 3: .*"text"/);
    const out = summarize(new Map([['p', [goal]]]), new Map([['p', broken]]), 'main');
    assert.match(out, /^### p\n\n⚠️ plans\/p\/goals\.yaml kunde inte läsas/);
  });
});

describe('goals-diff on a git repository', () => {
  test('prints "Inga ändrade mål." when the working tree has the same goals', () => {
    const { root } = repoWithBase('diff-none');
    // Comments and line wrapping are not changes to the goals.
    edit(join(root, 'plans/norr-2022-2024/goals.yaml'), [
      ['# Testdata', '# Ändrad kommentar. Testdata'],
      [
        'ska införas för minst en årskull i alla regioner och det\n    ska',
        'ska införas för minst en årskull\n    i alla regioner och det ska',
      ],
    ]);
    const result = runScript('goals-diff.ts', ['HEAD', '--root', root]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, 'Inga ändrade mål.\n');
  });

  test('lists added, removed, reworded goals and owner, timeframe and chapter changes per plan', () => {
    const { repo, root } = repoWithBase('diff-all');
    const norr = join(root, 'plans/norr-2022-2024/goals.yaml');
    edit(norr, [
      // Reworded, new owner and new timeframe for one goal.
      ['ska finnas en plan för fullt införande.', 'ska finnas en tydlig plan för införande.'],
      [
        'owners: [norr-regionerna]\n  timeframe: "2022–2023"',
        'owners: [norr-regionerna, rcc-norr]\n  timeframe: "2023"',
      ],
      // Owner removed, goal moved to another chapter.
      [
        'chapter: prevention-och-tidig-diagnostik\n  text: >-\n    Organiserad',
        'chapter: patienter-och-narstaende\n  text: >-\n    Organiserad',
      ],
      [
        'owners: [norr-regionerna, rcc-norr]\n  timeframe: "2023"\n- id: norr22-kontakt',
        'owners: [rcc-norr]\n  timeframe: "2023"\n- id: norr22-kontakt',
      ],
      // Removed goal.
      [/- id: norr22-kontaktsjukskoterska[\s\S]*$/, ''],
    ]);
    writeFileSync(
      norr,
      `${readFileSync(norr, 'utf8')}- id: norr22-nytt-mal\n  chapter: patienter-och-narstaende\n  text: Ett nytt mål om **rehabilitering**.\n  owners: [norr-regionerna]\n  timeframe: "2024"\n`,
    );
    // A commit in between: the summary compares the ref with the working tree, committed or not.
    git(repo, 'commit', '-q', '-am', 'Ändrade mål');

    const result = runMain(main, ['HEAD~1', '--root', root]);
    assert.equal(result.status, 0, result.stderr);
    const out = result.stdout;
    assert.equal(
      out,
      [
        '### norr-2022-2024',
        '',
        '#### Nya mål (1)',
        '',
        '- `norr22-nytt-mal`: Ett nytt mål om \\*\\*rehabilitering\\*\\*.',
        '',
        '#### Borttagna mål (1)',
        '',
        '- `norr22-kontaktsjukskoterska`: ~~Alla cancerpatienter ska erbjudas kontaktsjuksköterska.~~',
        '',
        '#### Omformulerade mål (1)',
        '',
        '- `norr22-tjock-och-andtarmscancerscreening`: Screening för tjock- och ändtarmscancer ska införas för minst en årskull i alla regioner och det ska finnas en **tydlig** plan för ~~fullt~~ införande.',
        '',
        '#### Ändrade ansvariga (2)',
        '',
        '- `norr22-tjock-och-andtarmscancerscreening`: norr-regionerna, **rcc-norr**',
        '- `norr22-organiserad-prostatacancertestning`: ~~norr-regionerna~~, rcc-norr',
        '',
        '#### Ändrade tidsramar (1)',
        '',
        '- `norr22-tjock-och-andtarmscancerscreening`: 2022–2023 → 2023',
        '',
        '#### Flyttade till ett annat kapitel (1)',
        '',
        '- `norr22-organiserad-prostatacancertestning`: `prevention-och-tidig-diagnostik` → `patienter-och-narstaende`',
        '',
      ].join('\n'),
    );
    assert.doesNotMatch(out, /syd-2023-2025/, 'an unchanged plan is not listed');
  });

  test("a new plan's goals are new and a removed plan's goals are removed; content may lie in a subfolder", () => {
    const { root } = repoWithBase('diff-plans', 'webbplats');
    cpSync(join(root, 'plans/syd-2023-2025'), join(root, 'plans/syd-2026-2028'), { recursive: true });
    edit(join(root, 'plans/syd-2026-2028/goals.yaml'), [
      ['syd23-hpv-vaccination', 'syd26-hpv-vaccination'],
      ['syd23-screening-livmoderhalscancer', 'syd26-screening-livmoderhalscancer'],
    ]);
    rmSync(join(root, 'plans/norr-2022-2024/goals.yaml'));
    const out = runMain(main, ['HEAD', '--root', root]);
    assert.equal(out.status, 0, out.stderr);
    assert.match(out.stdout, /### norr-2022-2024\n\n#### Borttagna mål \(3\)\n/);
    assert.match(out.stdout, /### syd-2026-2028\n\n#### Nya mål \(2\)\n\n- `syd26-hpv-vaccination`: /);
    assert.doesNotMatch(out.stdout, /### syd-2023-2025/);
    assert.ok(out.stdout.indexOf('### norr') < out.stdout.indexOf('### syd-2026'), 'plans in order');
  });

  test('a goals.yaml that cannot be read is reported, not guessed', () => {
    const { root } = repoWithBase('diff-broken');
    edit(join(root, 'plans/syd-2023-2025/goals.yaml'), [['timeframe: "2024"', 'timeframe: "2024']]);
    const out = runMain(main, ['HEAD', '--root', root]);
    assert.equal(out.status, 0, out.stderr);
    assert.match(out.stdout, /### syd-2023-2025\n\n⚠️ plans\/syd-2023-2025\/goals\.yaml kunde inte läsas: /);
  });

  test('refuses, in Swedish, an unknown ref, a folder outside git and a missing ref', () => {
    const { root } = repoWithBase('diff-errors');
    const unknown = runMain(main, ['finns-inte', '--root', root]);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /Hittar inte "finns-inte" i git/);
    const outside = runMain(main, ['HEAD', '--root', tempDir('not-git')], {
      env: { GIT_CEILING_DIRECTORIES: join(root, '..', '..') },
    });
    assert.equal(outside.status, 2);
    assert.match(outside.stderr, /ligger inte i ett git-arkiv/);
    const none = runMain(main, ['--root', root]);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /Användning: npm run goals-diff -- <git-ref>/);
  });
});
