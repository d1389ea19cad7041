// runMain (tests/support/run-main.ts) takes a command's output and exit code and gives the test's own process
// back as it was: its streams, its exit code and its environment.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runMain } from '../support/run-main.ts';

test('takes what a main prints and its exit code, with the environment it was given, and restores all three', () => {
  const ownWrite = () => [Object.hasOwn(process.stdout, 'write'), Object.hasOwn(process.stderr, 'write')];
  const before = { write: ownWrite(), exitCode: process.exitCode, root: process.env.CONTENT_ROOT };
  process.env.RUN_MAIN_TEST = 'kvar';
  const run = runMain(
    (args) => {
      console.log(`ut ${args.join(' ')} ${process.env.CONTENT_ROOT ?? '-'} ${process.env.RUN_MAIN_ADDED}`);
      process.stderr.write(Buffer.from('fel å\n'));
      process.env.RUN_MAIN_TEST = 'ändrad';
      process.exitCode = 2;
    },
    ['a', 'b'],
    { env: { RUN_MAIN_ADDED: 'ny' } },
  );
  assert.deepEqual(run, { status: 2, stdout: 'ut a b - ny\n', stderr: 'fel å\n' });
  assert.deepEqual(ownWrite(), before.write, 'the streams write through their own methods again');
  assert.equal(process.exitCode, before.exitCode);
  assert.equal(process.env.CONTENT_ROOT, before.root);
  assert.equal(process.env.RUN_MAIN_TEST, 'kvar');
  assert.equal('RUN_MAIN_ADDED' in process.env, false);
  delete process.env.RUN_MAIN_TEST;
});

test('an error the main throws is exit code 1 with its stack, as an uncaught one would give', () => {
  const run = runMain(() => {
    console.log('före');
    throw new Error('trasig');
  }, []);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, 'före\n');
  assert.match(run.stderr, /Error: trasig\n\s+at /);
  assert.equal(process.exitCode, undefined);
});
