// A rule's message parameters are typed: a misspelt, missing or extra one does not compile. This file is
// the proof. `npm run typecheck` (astro check) checks it, and each @ts-expect-error below fails the check
// as soon as the line under it stops being a type error. At run time each test shows what the line would
// have done to an editor's message had it compiled.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeIssue } from '../../src/lib/validate/issue.ts';
import { rule, type Finding } from '../../src/lib/validate/rules.ts';

const at = { file: 'plans/norr-2022-2024/goals.yaml', line: 3, col: 5 };

describe('makeIssue refuses parameters its rule does not declare', () => {
  test('a misspelt parameter', () => {
    // @ts-expect-error -- unknown-owner has `suggestion`, not `sugestion`
    const issue = makeIssue('unknown-owner', { value: 'rcc-nor', sugestion: 'rcc-norr' }, at);
    assert.doesNotMatch(issue.fix, /rcc-norr/, 'the suggestion would have been lost without a word');
  });

  test('a missing parameter', () => {
    // @ts-expect-error -- file-too-large needs `limit` too
    const issue = makeIssue('file-too-large', { size: '5242880' }, at);
    assert.match(issue.message, /gränsen undefined byte/, 'the editor would have read "undefined"');
  });

  test('an extra parameter', () => {
    // @ts-expect-error -- file-binary takes no parameters
    const issue = makeIssue('file-binary', { file: 'bild.png' }, at);
    assert.doesNotMatch(issue.message, /bild\.png/, 'the value would have been dropped');
  });

  test('a misspelt optional parameter', () => {
    // @ts-expect-error -- redirect-target-missing has `suggestion`, not `suggest`
    const issue = makeIssue('redirect-target-missing', { from: 'a', value: 'b', suggest: 'c' }, at);
    assert.doesNotMatch(issue.fix, /"c"/);
  });

  test('an optional parameter may be left out, a required one may not', () => {
    const issue = makeIssue('unknown-owner', { value: 'rcc-nor' }, at);
    assert.doesNotMatch(issue.fix, /Menade du/);
    // @ts-expect-error -- `value` is required
    assert.match(makeIssue('unknown-owner', { suggestion: 'rcc-norr' }, at).message, /"undefined"/);
  });

  test('a code with the parameters of another code', () => {
    // @ts-expect-error -- yaml-tab takes no parameters; `limit` is yaml-too-deep's
    const fault: Finding<'yaml-tab' | 'yaml-too-deep'> = { code: 'yaml-tab', params: { limit: '20' } };
    assert.equal(makeIssue(fault.code, fault.params, at).code, 'yaml-tab');
  });
});

describe('a rule reads only the parameters it declares', () => {
  test('a message reading an undeclared parameter', () => {
    const misspelt = rule({
      severity: 'error',
      title: 'Provregel',
      // @ts-expect-error -- the rule declares `suggestion`, not `sugestion`
      message: (p) => `Menade du ${p.sugestion}?`,
      fix: () => 'Rätta stavningen.',
      example: { suggestion: 'rcc-norr' },
    });
    assert.equal(misspelt.message(misspelt.example), 'Menade du undefined?');
  });

  test('an optional parameter read as if it were always there', () => {
    const unchecked = rule({
      severity: 'error',
      title: 'Provregel',
      message: () => 'Ansvarig finns inte.',
      // @ts-expect-error -- `suggestion` may be left out, so it must be checked before use
      fix: (p) => `Menade du ${p.suggestion.toUpperCase()}?`,
      example: { suggestion: 'rcc-norr' },
      optional: ['suggestion'],
    });
    assert.throws(() => unchecked.fix({}), TypeError);
  });

  test('an optional parameter that is not declared', () => {
    const undeclared = rule({
      severity: 'error',
      title: 'Provregel',
      message: () => 'Ansvarig finns inte.',
      fix: () => 'Lägg till den.',
      example: { value: 'rcc-nor' },
      // @ts-expect-error -- `suggestion` is not among the example's parameters
      optional: ['suggestion'],
    });
    assert.deepEqual(undeclared.optional, ['suggestion']);
  });
});
