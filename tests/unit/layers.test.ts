// The layers the README's layout table promises: src/i18n/ (displayed wording) imports nothing from
// src/lib/, and the validator, which both the build and `npm run check` run, reaches no displayed wording
// through any chain of imports.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const rel = (file: string) => relative(SRC, file).split('\\').join('/');

/** The project modules a file imports (static and type imports, re-exports), as absolute paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g,
    ),
  ]
    .map((m) => resolve(dirname(file), m[1] ?? m[2]))
    .filter((path) => existsSync(path));
}

/** Every module reachable from `entry` through imports, with the chain that reaches it. */
function reachable(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [rel(entry)]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    for (const next of importsOf(file)) {
      if (chains.has(next)) continue;
      chains.set(next, [...chains.get(file)!, rel(next)]);
      queue.push(next);
    }
  }
  return chains;
}

test('src/i18n/ imports nothing from src/lib/', () => {
  for (const name of readdirSync(join(SRC, 'i18n')).filter((n) => n.endsWith('.ts'))) {
    const lib = importsOf(join(SRC, 'i18n', name)).filter((path) => rel(path).startsWith('lib/'));
    assert.deepEqual(lib.map(rel), [], `i18n/${name}`);
  }
});

test('the validator reaches no module of src/i18n/', () => {
  const chains = reachable(join(SRC, 'lib', 'validate', 'index.ts'));
  const wording = [...chains].filter(([path]) => rel(path).startsWith('i18n/')).map(([, chain]) => chain.join(' → '));
  assert.deepEqual(wording, []);
  // The walk follows imports at all: the validator does reach its rule registry and the schemas.
  assert.ok(chains.has(join(SRC, 'lib', 'validate', 'rules.ts')));
  assert.ok([...chains.keys()].some((path) => rel(path).startsWith('schemas/')));
});

test('src/schemas/ imports nothing from src/lib/ (the schemas are the lowest layer)', () => {
  const names = readdirSync(join(SRC, 'schemas')).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'));
  assert.ok(names.includes('common.ts'));
  for (const name of names) {
    const lib = importsOf(join(SRC, 'schemas', name)).filter((path) => !rel(path).startsWith('schemas/'));
    assert.deepEqual(lib.map(rel), [], `schemas/${name}`);
  }
});
