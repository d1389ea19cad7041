// Cases the seeded mutation test (tests/validator/mutation.test.ts) found, kept as plain unit tests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { chapterSchema, planSchema } from '../../schemas/index.ts';
import { checkSchema } from './schema-check.ts';
import { parseYaml } from './source.ts';

const planYaml = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'base', 'plans', 'norr-2022-2024', 'plan.yaml'),
  'utf8',
);

function issuesFor(text: string, schema: typeof planSchema | typeof chapterSchema) {
  const { source, issues } = parseYaml('f.yaml', text);
  assert.deepEqual(issues, []);
  return checkSchema(source, schema as never).issues;
}

describe('checkSchema', () => {
  test('a missing enum field (status) is missing-field, not a value "undefined"', () => {
    const issues = issuesFor(planYaml.replace(/^status: .*$/m, ''), planSchema);
    assert.deepEqual(
      issues.map((i) => [i.code, i.field]),
      [['missing-field', 'status']],
    );
  });

  test('a block where an enum value belongs is quoted as data, not "[object Object]"', () => {
    const issues = issuesFor(planYaml.replace(/^status: .*$/m, 'status: { a: 1 }'), planSchema);
    assert.equal(issues.length, 1);
    assert.equal(issues[0].code, 'invalid-value');
    assert.match(issues[0].message, /har värdet "\{"a":1\}"/);
  });

  test('an invalid value in a field without a description still has a fix', () => {
    const chapter = 'title: Kapitel\norder: 1\nareas:\n  nationella-cancerstrategin: []\n';
    const issues = issuesFor(chapter, chapterSchema);
    assert.equal(issues.length, 1);
    assert.equal(issues[0].code, 'invalid-value');
    assert.ok(issues[0].fix.trim().length > 0, 'empty fix');
  });
});
