import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCli } from './cli.ts';

const USAGE = 'Användning: npm run x -- <a> <b> [--root MAPP]';
const spec = (args: string[]) =>
  parseCli({
    options: { root: { type: 'string', default: '.' }, fast: { type: 'boolean', default: false } },
    usage: USAGE,
    positionals: { count: 2, wrong: 'ange a och b.' },
    args,
  });

describe('parseCli', () => {
  test('values with defaults, and the positionals', () => {
    const parsed = spec(['ett', '--fast', 'två']);
    assert.equal(parsed.stop, false);
    if (parsed.stop) return;
    assert.deepEqual(parsed.positionals, ['ett', 'två']);
    assert.equal(parsed.values.root, '.');
    assert.equal(parsed.values.fast, true);
  });

  test('--help and -h stop with the usage and exit code 0', () => {
    for (const flag of ['--help', '-h']) assert.deepEqual(spec([flag]), { stop: true, exitCode: 0, message: USAGE });
  });

  test('an unknown option, a missing value and a wrong count stop with a Swedish error and exit code 2', () => {
    assert.deepEqual(spec(['a', 'b', '--rot', 'x']), { stop: true, exitCode: 2, message: `Fel: okänt val. ${USAGE}` });
    assert.deepEqual(spec(['a', 'b', '--root']), {
      stop: true,
      exitCode: 2,
      message: `Fel: ett val saknar sitt värde eller har fel sorts värde. ${USAGE}`,
    });
    assert.deepEqual(spec(['a']), { stop: true, exitCode: 2, message: `Fel: ange a och b. ${USAGE}` });
  });

  test('a script without positionals refuses one', () => {
    const parsed = parseCli({ options: {}, usage: USAGE, args: ['extra'] });
    assert.deepEqual(parsed, { stop: true, exitCode: 2, message: `Fel: okänt argument. ${USAGE}` });
  });
});
