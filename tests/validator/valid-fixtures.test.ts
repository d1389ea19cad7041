// Runs the real CLI on the base fixture overlaid with each case in tests/fixtures/valid/: content that
// looks risky but is allowed (escaped braces, code blocks with HTML, GFM) must pass with no issues.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { BASE, FIXTURES, parseText, runCheck } from './harness.ts';

const VALID = join(FIXTURES, 'valid');
const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const cases = readdirSync(VALID, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('valid fixtures', () => {
  test('there are cases to run', () => assert.ok(cases.length > 0));

  for (const name of cases) {
    test(`${name} validates with no issues`, () => {
      const root = mkdtempSync(join(tmpdir(), `rcp-valid-${name}-`));
      roots.push(root);
      cpSync(BASE, root, { recursive: true });
      cpSync(join(VALID, name), root, { recursive: true });
      const result = runCheck(root);
      assert.equal(result.stderr, '');
      assert.equal(result.status, 0, result.stdout);
      assert.deepEqual(parseText(result.stdout), [], result.stdout);
      assert.match(result.stdout, /inga fel/);
    });
  }
});
