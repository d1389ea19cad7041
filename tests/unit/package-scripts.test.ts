// npm runs scripts with cmd.exe on Windows, where many RCC editors work: every script in package.json must
// run there as on macOS and Linux. This reads the scripts for the POSIX-shell-only forms that break in cmd,
// and for a step that must come before another.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

/** Constructs a POSIX shell understands and cmd.exe does not, each with why. */
const POSIX_ONLY: [RegExp, string][] = [
  [/(^|&&|\|\||;)\s*[A-Z_][A-Z0-9_]*=\S*\s/, 'an environment variable set before the command (VAR=1 cmd)'],
  [/\$\{?[A-Za-z_]/, 'a shell variable ($VAR)'],
  [/'[^']*'/, 'single quotes (cmd.exe passes them on as part of the argument)'],
  [/(^|\s)(rm|cp|mv|mkdir -p|cat|export|test|\[)\s/, 'a Unix command'],
  [/;/, 'a ";" between commands (use &&)'],
  [/\\$/, 'a line continuation'],
  [/`/, 'command substitution'],
];

/** Finds the POSIX-only forms in one script; empty when it runs in cmd.exe too. */
function posixOnly(script: string): string[] {
  return POSIX_ONLY.filter(([pattern]) => pattern.test(script)).map(([, why]) => why);
}

test('no npm script depends on a POSIX shell', () => {
  const found = Object.entries(pkg.scripts).flatMap(([name, script]) =>
    posixOnly(script).map((why) => `${name}: ${why}: ${script}`),
  );
  assert.deepEqual(found, []);
});

test('the reader finds each POSIX-only form (it can fail)', () => {
  assert.deepEqual(posixOnly('ASTRO_TELEMETRY_DISABLED=1 astro build'), [
    'an environment variable set before the command (VAR=1 cmd)',
  ]);
  assert.equal(posixOnly('npm run a && BUILD_DRAFTS=1 astro build').length, 1);
  assert.equal(posixOnly("node --test 'src/**/*.test.ts'").length, 1);
  assert.equal(posixOnly('rm -rf dist && astro build').length, 1);
  assert.equal(posixOnly('astro build; node x.ts').length, 1);
  assert.equal(posixOnly('echo $HOME').length, 1);
  assert.deepEqual(posixOnly('node --test "src/**/*.test.ts" && node scripts/astro.ts build'), []);
});

// ESLint's typed rules read the project as tsconfig.json describes it, generated Astro types included. In
// `npm test` the typecheck before it has generated them already, so only this keeps `npm run lint` right on
// a fresh clone.
test("`npm run lint` generates Astro's types before ESLint reads them", () => {
  const tsconfig = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'tsconfig.json'), 'utf8')) as {
    include: string[];
  };
  assert.ok(tsconfig.include.includes('.astro/types.d.ts'), 'tsconfig.json includes the generated types');
  const steps = pkg.scripts.lint.split('&&').map((step) => step.trim());
  const sync = steps.indexOf('node scripts/astro.ts sync');
  const eslint = steps.findIndex((step) => step.startsWith('eslint'));
  assert.ok(sync >= 0 && eslint > sync, pkg.scripts.lint);
});
