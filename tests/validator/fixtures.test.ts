// Runs the check on the valid base fixture and on every invalid case in tests/fixtures/invalid/, and checks
// that each case reports exactly the issues it expects. Cases run in this process through the command's own
// main function (runCheckInProcess); a sample of them also runs through the real CLI, which must
// print exactly the same, so the command line itself stays covered without a process per case.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/lib/validate/rules.ts';
import {
  buildRoot,
  caseArgs,
  cleanupRoots,
  codesIn,
  listCases,
  mapLimited,
  parseText,
  readExpected,
  runCheck,
  runCheckAsync,
  runCheckInProcess,
  type CheckRun,
  type Expected,
} from './harness.ts';

after(cleanupRoots);

const cases = listCases();

// Every case is checked once before any test is registered: node:test runs the root `after` hook (the
// cleanup) as soon as the tests registered so far have finished, even while this module is still awaiting,
// so registering a test above this line would delete the roots mid-run.
const roots = new Map(cases.map((name) => [name, buildRoot(name)]));
const runs = new Map<string, CheckRun>(
  cases.map((name) => [name, runCheckInProcess(roots.get(name)!, caseArgs(name))]),
);
// Through the CLI: every case compared with an earlier published version, and every eighth of the others.
const sampled = cases.filter((name, i) => caseArgs(name).length > 0 || i % 8 === 0);
const cliRuns = new Map<string, CheckRun>(
  await mapLimited(sampled, async (name) => [name, await runCheckAsync(roots.get(name)!, caseArgs(name))] as const),
);

describe('the CLI prints what the check computes in-process', () => {
  test('on a sample of the cases', () => {
    assert.ok(sampled.length >= 5, `sample of ${sampled.length}`);
    for (const name of sampled) {
      const cli = cliRuns.get(name)!;
      const inProcess = runs.get(name)!;
      assert.deepEqual(
        { status: cli.status, stdout: cli.stdout, stderr: cli.stderr },
        { status: inProcess.status, stdout: inProcess.stdout, stderr: inProcess.stderr },
        name,
      );
    }
  });
});

describe('base fixture', () => {
  test('validates with no errors and no warnings', () => {
    const result = runCheckInProcess(buildRoot());
    assert.equal(result.stderr, '');
    assert.equal(result.status, 0, result.stdout);
    assert.match(result.stdout, /inga fel/);
    assert.deepEqual(parseText(result.stdout), []);
    assert.deepEqual([...codesIn(result.stdout)], []);
  });
});

describe('invalid fixtures', () => {
  test('there are cases to run', () => assert.ok(cases.length > 0));

  test('every rule in the registry has at least one case', () => {
    const covered = new Set(cases.flatMap((name) => readExpected(name).issues.map((i) => i.code)));
    const missing = Object.keys(RULES).filter((code) => !covered.has(code));
    assert.deepEqual(missing, [], `rules without a fixture in tests/fixtures/invalid/: ${missing.join(', ')}`);
  });

  for (const name of cases) {
    const expected: Expected = readExpected(name);

    describe(name, () => {
      const result = runs.get(name)!;
      const out = result.stdout;
      const reported = parseText(out);
      const context = `\n--- ${name}: ${expected.description}\n${out}${result.stderr}`;

      test('expected.json names only known rule codes, with their severity', () => {
        assert.ok(expected.issues.length > 0, 'a case must expect at least one issue');
        for (const issue of expected.issues) {
          assert.ok(issue.code in RULES, `unknown code ${issue.code}`);
          assert.ok(issue.severity === 'error' || issue.severity === 'warning', `${issue.code}: severity`);
          assert.equal(
            RULES[issue.code as keyof typeof RULES].severity,
            issue.severity,
            `${issue.code}: severity in rules.ts`,
          );
        }
      });

      test('does not crash', () => {
        assert.equal(result.stderr, '', context);
        assert.notEqual(result.status, null, `killed by a signal${context}`);
      });

      const exit = expected.issues.some((i) => i.severity === 'error') ? 1 : 0;
      test(`exits ${exit}`, () => {
        assert.equal(result.status, exit, context);
      });

      test('reports each expected issue with its severity', () => {
        for (const issue of expected.issues) {
          const label = issue.severity === 'error' ? 'fel' : 'varning';
          const found = reported.filter((r) => r.code === issue.code && r.file === issue.file && r.line === issue.line);
          assert.ok(
            found.length > 0 && found.every((r) => r.severity === label),
            `${issue.file}:${issue.line} [${issue.code}] should be ${label}${context}`,
          );
        }
      });

      test('reports every expected issue at its file and line', () => {
        const lines = out.split('\n');
        for (const issue of expected.issues) {
          const found = lines.some(
            (l) => l.startsWith(`${issue.file}:${issue.line}:`) && l.includes(`[${issue.code}]`),
          );
          assert.ok(found, `missing ${issue.file}:${issue.line}: [${issue.code}]${context}`);
        }
      });

      test('reports each expected issue as often as expected', () => {
        for (const issue of expected.issues) {
          const want = expected.issues.filter(
            (i) => i.code === issue.code && i.file === issue.file && i.line === issue.line,
          ).length;
          const got = reported.filter(
            (r) => r.code === issue.code && r.file === issue.file && r.line === issue.line,
          ).length;
          assert.equal(got, want, `${issue.file}:${issue.line} [${issue.code}]${context}`);
        }
      });

      test('every reported issue has a message and an Åtgärd line', () => {
        assert.ok(reported.length > 0, context);
        for (const r of reported) {
          const [, message, fix] = r.block.split('\n');
          assert.ok(message?.trim(), `no message in:\n${r.block}`);
          assert.match(fix ?? '', /^ {2}Åtgärd: \S/, `no fix in:\n${r.block}`);
          assert.doesNotMatch(r.block, /undefined|\$\{/, r.block);
        }
      });

      const want = [...new Set(expected.issues.map((i) => i.code))].sort();
      const exact = () => {
        assert.deepEqual([...codesIn(out)].sort(), want, context);
        assert.deepEqual([...new Set(reported.map((r) => r.code))].sort(), want, context);
      };

      test('reports no other rule codes', expected.knownBug ? { todo: `känd bugg: ${expected.knownBug}` } : {}, exact);

      if (expected.knownBug) {
        // A todo that starts passing says nothing; make a fixed bug visible so its case becomes strict.
        test('the known bug is still present (remove "knownBug" from expected.json once fixed)', () => {
          assert.throws(exact, `the validator now reports exactly ${want.join(', ')}${context}`);
        });
      }
    });
  }
});

describe('messages', () => {
  test('unknown-key for "owner:" suggests "owners"', () => {
    const result = runCheckInProcess(buildRoot('unknown-key-owner'));
    const issue = parseText(result.stdout).find((r) => r.code === 'unknown-key');
    assert.ok(issue, result.stdout);
    assert.match(issue.block, /Fältet "owner" finns inte här\./);
    assert.match(issue.block, /Åtgärd: Menade du "owners"\?/);
  });

  test('unknown-owner suggests the closest owner id', () => {
    const result = runCheckInProcess(buildRoot('unknown-owner'));
    const issue = parseText(result.stdout).find((r) => r.code === 'unknown-owner');
    assert.ok(issue, result.stdout);
    assert.match(issue.block, /"rcc-nor"/);
    assert.match(issue.block, /Menade du "rcc-norr"\?/);
  });

  test('unknown-file suggests goals.yaml for goal.yaml', () => {
    const result = runCheckInProcess(buildRoot('unknown-file'));
    const issue = parseText(result.stdout).find((r) => r.code === 'unknown-file');
    assert.ok(issue, result.stdout);
    assert.match(issue.block, /Menade du "goals\.yaml"\?/);
  });

  test('the summary counts errors, warnings and files', () => {
    const result = runCheckInProcess(buildRoot('several-errors'));
    assert.match(result.stdout, /^3 fel och 0 varningar i 2 filer\.$/m);
  });
});

describe('--format github', () => {
  const ANNOTATION = /^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),title=([^:]+)::(.+)$/;

  const annotations = (stdout: string) =>
    stdout
      .split('\n')
      .filter((l) => l.startsWith('::'))
      .map((l) => {
        const m = ANNOTATION.exec(l);
        assert.ok(m, `not a workflow command: ${l}`);
        return { kind: m[1], file: m[2], line: Number(m[3]), col: Number(m[4]), title: m[5], data: m[6] };
      });

  test('prints one ::error line per error', () => {
    const expected = readExpected('several-errors');
    const result = runCheck(buildRoot('several-errors'), ['--format', 'github']);
    assert.equal(result.status, 1);
    const found = annotations(result.stdout);
    assert.equal(found.length, expected.issues.length, result.stdout);
    for (const issue of expected.issues) {
      const a = found.find(
        (f) => f.file === issue.file && f.line === issue.line && f.title.includes(`[${issue.code}]`),
      );
      assert.ok(a, `no annotation for ${issue.file}:${issue.line} [${issue.code}]\n${result.stdout}`);
      assert.equal(a.kind, 'error');
      assert.ok(a.col >= 1);
      assert.ok(a.title.includes(RULES[issue.code as keyof typeof RULES].title), a.title);
      assert.match(a.data, /%0AÅtgärd: /);
    }
    // No text-format blocks in github mode.
    assert.deepEqual(parseText(result.stdout), []);
  });

  test('prints warnings as ::warning', () => {
    const result = runCheckInProcess(buildRoot('owner-unused'), ['--format', 'github']);
    assert.equal(result.status, 0);
    const found = annotations(result.stdout);
    assert.equal(found.length, 1, result.stdout);
    assert.equal(found[0].kind, 'warning');
    assert.equal(found[0].file, 'content/owners.yaml');
  });

  test('is chosen automatically when GITHUB_ACTIONS=true', () => {
    const root = buildRoot('several-errors');
    const auto = runCheck(root, [], { GITHUB_ACTIONS: 'true' });
    const explicit = runCheck(root, ['--format', 'github']);
    assert.equal(auto.status, 1);
    assert.equal(auto.stdout, explicit.stdout);
    assert.equal(annotations(auto.stdout).length, 3);
  });

  test('--format text overrides GITHUB_ACTIONS=true', () => {
    const result = runCheck(buildRoot('several-errors'), ['--format', 'text'], { GITHUB_ACTIONS: 'true' });
    assert.equal(annotations(result.stdout).length, 0);
    assert.equal(parseText(result.stdout).length, 3);
  });
});

describe('known gaps', () => {
  test('a direction saved as .yml is reported, not silently left out', () => {
    const root = buildRoot();
    const dir = join(root, 'content', 'directions');
    renameSync(join(dir, 'overenskommelse-cancervard.yaml'), join(dir, 'overenskommelse-cancervard.yml'));
    const result = runCheckInProcess(root);
    assert.equal(result.status, 1, result.stdout);
    assert.match(result.stdout, /^content\/directions\/overenskommelse-cancervard\.yml:1:/m);
  });
});
