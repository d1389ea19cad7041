// One place for configuration: src/site-config.ts reads every environment variable the site and the
// editors' scripts use, with its default. Elsewhere, code asks it rather than process.env.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

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
        // Giving a variable a default for child processes (scripts/astro.ts turns telemetry off, ??=; the compile
        // cache's folder, ||=, which also replaces an empty value) is not reading one.
        .filter(({ text }) => /process\.env\b(?!\.\w+\s*(?:\?\?|\|\|)=)/.test(text)),
    )
    .map(({ file, line, text }) => `${file}:${line}: ${text.trim()}`);
  assert.deepEqual(readers, []);
});

/** PAGE_ENTRIES_SETTING as src/site-config.ts reads it from the given value, or the error it refuses it with. */
function pageEntriesWith(value: string | undefined): { value?: number; error?: string } {
  const env = { ...process.env, PAGE_ENTRIES: value };
  if (value === undefined) delete env.PAGE_ENTRIES;
  const r = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import('${pathToFileURL(join(ROOT, 'src', 'site-config.ts')).href}').then((c) => console.log(JSON.stringify(c.PAGE_ENTRIES_SETTING ?? null)), (e) => { console.error(e.message); process.exit(1); })`,
    ],
    { env, encoding: 'utf8' },
  );
  return r.status === 0 ? { value: JSON.parse(r.stdout) ?? undefined } : { error: r.stderr };
}

test('PAGE_ENTRIES sets how many list entries a page holds; without it the default holds', () => {
  assert.deepEqual(pageEntriesWith(undefined), { value: undefined });
  assert.deepEqual(pageEntriesWith('10'), { value: 10 });
  for (const bad of ['0', '-3', '2.5', 'tio', '100000']) {
    const { error } = pageEntriesWith(bad);
    assert.match(error ?? '', new RegExp(`PAGE_ENTRIES "${bad}" ska vara ett heltal från 1 till 10000`), bad);
  }
});
