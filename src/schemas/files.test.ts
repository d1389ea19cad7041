import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test } from 'node:test';
import { CONTENT_FILE_KINDS, CONTENT_FILES, entriesOf, extOf, folderOf, kindOf, pathOf } from './files.ts';

const REPO = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(REPO, path).split(sep).join('/')];
  });
}

test('every file in content/ and plans/ is of exactly one declared kind', () => {
  const files = [...filesUnder(join(REPO, 'content')), ...filesUnder(join(REPO, 'plans'))];
  assert.ok(files.length > 20);
  for (const file of files) {
    const kinds = CONTENT_FILE_KINDS.filter((k) => kindOf(file) === k);
    assert.equal(kinds.length, 1, file);
  }
  assert.equal(kindOf('plans/norr-2022-2024/kapitel/barn.mdx'), CONTENT_FILES.chapter);
  assert.equal(kindOf('content/directions/vf.yaml'), CONTENT_FILES.direction);
  // A `*` is one path segment, not several, and names match whole.
  assert.equal(kindOf('plans/a/b/goals.yaml'), undefined);
  assert.equal(kindOf('plans/x/goals.yml'), undefined);
  assert.equal(kindOf('content/directions/sub/vf.yaml'), undefined);
});

test('what a folder may hold, and where a kind’s files are', () => {
  assert.deepEqual(entriesOf('content'), [
    'regions.yaml',
    'owners.yaml',
    'redirects.yaml',
    'search-vocabulary.yaml',
    'site.yaml',
    'places.yaml',
    'terms.yaml',
    'directions',
  ]);
  assert.deepEqual(entriesOf('plans/*'), ['plan.yaml', 'goals.yaml', 'inledning.mdx', 'kapitel']);
  assert.equal(pathOf(CONTENT_FILES.goals, 'norr-2022-2024'), 'plans/norr-2022-2024/goals.yaml');
  assert.equal(pathOf(CONTENT_FILES.chapter, 'norr-2022-2024', 'barn'), 'plans/norr-2022-2024/kapitel/barn.mdx');
  assert.equal(pathOf(CONTENT_FILES.regions), 'content/regions.yaml');
  assert.equal(folderOf(CONTENT_FILES.chapter, 'norr-2022-2024'), 'plans/norr-2022-2024/kapitel');
  assert.equal(folderOf(CONTENT_FILES.direction), 'content/directions');
  assert.equal(extOf(CONTENT_FILES.direction), '.yaml');
  assert.equal(extOf(CONTENT_FILES.chapter), '.mdx');
});

test('kinds have unique names (one JSON Schema each) and the required ones are the registries and plan.yaml', () => {
  assert.equal(new Set(CONTENT_FILE_KINDS.map((k) => k.name)).size, CONTENT_FILE_KINDS.length);
  assert.deepEqual(
    CONTENT_FILE_KINDS.filter((k) => k.required).map((k) => k.pattern),
    ['content/regions.yaml', 'content/owners.yaml', 'plans/*/plan.yaml'],
  );
});
