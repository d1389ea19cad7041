// One place for configuration: src/site-config.ts reads every environment variable the site and the
// editors' scripts use, with its default. Elsewhere, code asks it rather than process.env.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const ROOT = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mjs|astro)$/.test(f) && !f.endsWith('.test.ts'))
    .map((f) => join(ROOT, dir, f));
}

test('only src/site-config.ts reads the environment', () => {
  const readers = [...sources('src'), ...sources('scripts'), join(ROOT, 'astro.config.mjs')]
    .filter((file) => !file.endsWith(join('src', 'site-config.ts')))
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ file: relative(ROOT, file), line: i + 1, text: line }))
        // Setting a variable for a child process (scripts/astro.ts turns telemetry off) is not reading one.
        .filter(({ text }) => /process\.env\b(?!\.\w+\s*\?\?=)/.test(text)),
    )
    .map(({ file, line, text }) => `${file}:${line}: ${text.trim()}`);
  assert.deepEqual(readers, []);
});
