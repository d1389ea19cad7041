// Every editor script reads its arguments the same way (src/lib/cli.ts): --help prints the usage, and an
// unknown option is a Swedish error with the usage and exit code 2, never a stack trace.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runScript } from '../support/run-script.ts';

const SCRIPTS: [string, string][] = [
  ['check.ts', 'npm run check'],
  ['new-plan.ts', 'npm run new-plan'],
  ['goals-diff.ts', 'npm run goals-diff'],
  ['ci-annotate.ts', 'npm run ci-annotate'],
  ['json-schema.ts', 'npm run schemas'],
  ['editor-docs.ts', 'npm run docs'],
];

describe('editor scripts answer --help and unknown options in Swedish', () => {
  for (const [script, command] of SCRIPTS) {
    test(script, () => {
      const help = runScript(script, ['--help']);
      assert.equal(help.status, 0, help.stderr);
      assert.ok(help.stdout.startsWith(`Användning: ${command}`), help.stdout);
      const unknown = runScript(script, ['--formt', 'x']);
      assert.equal(unknown.status, 2, unknown.stderr);
      assert.match(unknown.stderr, new RegExp(`^Fel: okänt val\\. Användning: ${command}`));
      assert.doesNotMatch(unknown.stderr, /TypeError|ERR_PARSE_ARGS|\n\s+at /);
    });
  }
});
