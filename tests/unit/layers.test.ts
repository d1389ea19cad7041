// The layers the README's layout table promises: src/i18n/ (displayed wording) imports nothing from
// src/lib/, and the validator, which both the build and `npm run check` run, reaches no displayed wording
// through any chain of imports.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const rel = (file: string) => relative(SRC, file).split('\\').join('/');

/**
 * The project modules a file imports (static and type imports, re-exports), as absolute paths; with
 * `runtime`, only those loaded when it runs (not `import type`, which is erased).
 */
function importsOf(file: string, runtime = false): string[] {
  const text = source(file);
  return [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)\b([^'"]*?)from\s*['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g,
    ),
  ]
    .filter((m) => !(runtime && /^\s*type\b/.test(m[1] ?? '')))
    .map((m) => resolve(dirname(file), m[2] ?? m[3]))
    .filter((path) => existsSync(path));
}

/** A module's code; of an Astro component only its frontmatter (its <script> tags are browser code). */
function source(file: string): string {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.astro') ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') : text;
}

/** Every module reachable from `entry` through imports, with the chain that reaches it. */
function reachable(entry: string, runtime = false): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [rel(entry)]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    for (const next of importsOf(file, runtime)) {
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

test('the content config loads neither the validator nor astro:content (Vite transforms its graph each build)', () => {
  const chains = reachable(join(SRC, 'content.config.ts'), true);
  const validator = [...chains]
    .filter(([path]) => rel(path).startsWith('lib/validate/'))
    .map(([, chain]) => chain.join(' → '));
  assert.deepEqual(validator, []);
  for (const path of chains.keys())
    assert.doesNotMatch(readFileSync(path, 'utf8'), /from\s*['"]astro:content['"]/, rel(path));
  // The walk follows the config's imports: it reaches the loaders and what they share with the gate.
  assert.ok(chains.has(join(SRC, 'lib', 'content-loader.ts')));
  assert.ok(chains.has(join(SRC, 'lib', 'content-entry.ts')));
  // Type imports are left out of the walk, not every import: the gate's module does reach the validator.
  assert.ok(reachable(join(SRC, 'lib', 'build-validation.ts'), true).has(join(SRC, 'lib', 'validate', 'index.ts')));
});

/** Every page module under a folder of src/pages/. */
function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pageFiles(path);
    return /\.(astro|ts)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

test('the pages load neither the validator, the schemas nor the history reader (Vite bundles all they load)', () => {
  const pages = pageFiles(join(SRC, 'pages'));
  const reached = new Map<string, string[]>();
  for (const page of pages)
    for (const [path, chain] of reachable(page, true)) if (!reached.has(path)) reached.set(path, chain);
  const heavy = [...reached]
    .filter(([path]) => /^(lib\/validate\/|schemas\/|lib\/history\.ts$|lib\/build-history\.ts$)/.test(rel(path)))
    .map(([, chain]) => chain.join(' → '));
  assert.deepEqual(heavy, []);
  // Nor the packages only the validator and the history reader need.
  const packages = [...reached]
    .filter(([path]) => /(?:^|\n)\s*import\s+(?!type\b)[^'"]*from\s*['"](?:yaml|zod|astro\/zod)['"]/.test(source(path)))
    .map(([, chain]) => chain.join(' → '));
  assert.deepEqual(packages, []);
  // The walk reaches what the pages do load: the site's index and the history handed over to them.
  assert.ok(reached.has(join(SRC, 'lib', 'site-index.ts')));
  assert.ok(reached.has(join(SRC, 'lib', 'history-handover.ts')));
  assert.ok(reached.has(join(SRC, 'components', 'layout', 'BaseLayout.astro')));
});
