// The content's YAML style is the one the browser editor writes (src/lib/cms-yaml.ts), so that a save in the
// editor changes exactly the lines of the fields the editor changed (issue 20, docs/adr/0011).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cmsCollections } from '../../src/lib/cms-config.ts';
import { CMS_FORMATS, fromMdx, fromYaml, toMdx, toYaml } from '../../src/lib/cms-yaml.ts';
import { validate } from '../../src/lib/validate/index.ts';
import { REPO } from './helpers.ts';

const collections = cmsCollections(validate(REPO).model) as { format: string; files: { file: string }[] }[];

/** A file as the editor would write it back unchanged. */
function rewritten(format: string, text: string): string {
  if (format === CMS_FORMATS.mdx) {
    const { data, body } = fromMdx(text);
    return toMdx(data, body);
  }
  return toYaml(fromYaml(text));
}

test('every file the editor edits is already in the style it writes (a save changes only what was changed)', () => {
  const files = collections.flatMap((c) => c.files.map((f) => [c.format, f.file] as const));
  assert.ok(files.length > 40);
  for (const [format, file] of files) {
    const text = readFileSync(join(REPO, file), 'utf8');
    assert.equal(rewritten(format, text), text, `${file} is not in the editor's style: run the normalisation`);
  }
});

/** The lines that differ between two texts of the same number of lines (or null when the counts differ). */
function changedLines(a: string, b: string): number {
  const [x, y] = [a.split('\n'), b.split('\n')];
  if (x.length !== y.length) return Math.abs(x.length - y.length) + 1000;
  return x.filter((line, i) => line !== y[i]).length;
}

test("a changed timeframe or a goal's reworded text is a one-line diff; an added owner one added line", () => {
  const text = readFileSync(join(REPO, 'plans/norr-2022-2024/goals.yaml'), 'utf8');
  const goals = fromYaml(text) as { id: string; text: string; owners: string[]; timeframe: string | null }[];
  const edit = (change: (g: (typeof goals)[number]) => void) => {
    const copy = structuredClone(goals);
    change(copy[2]);
    return toYaml(copy);
  };
  assert.equal(
    changedLines(
      text,
      edit((g) => (g.timeframe = '2023–2024')),
    ),
    1,
  );
  assert.equal(
    changedLines(
      text,
      edit((g) => (g.text = `${g.text} Ett tillägg.`)),
    ),
    1,
  );
  const added = edit((g) => g.owners.push('rcc-norr')).split('\n');
  assert.equal(added.length, text.split('\n').length + 1);
});

test('what a form leaves empty is not written; keys follow the form; lists stay lists; numbers and dates keep their type', () => {
  assert.equal(toYaml({ b: '', a: 1, c: undefined }, ['a', 'b']), 'a: 1\n');
  assert.equal(toYaml({ text: 'x', id: 'y' }, ['id', 'text']), 'id: y\ntext: x\n');
  assert.equal(toYaml([]), '[]\n');
  // An empty map is no map: a goal's `areas: {}` would take its chapter's areas away.
  assert.equal(toYaml({ id: 'x', areas: {}, owners: [] }), 'id: x\nowners: []\n');
  assert.equal(toYaml({ areas: { a: [] }, period: { to: null } }), 'areas:\n  a: []\nperiod:\n  to: null\n');
  assert.equal(toYaml({ timeframe: null }), 'timeframe: null\n');
  // "2024" stays a string and 2024 a number: the schema tells them apart.
  assert.deepEqual(fromYaml(toYaml({ timeframe: '2024', from: 2024, date: '2022-06-15' })), {
    timeframe: '2024',
    from: 2024,
    date: '2022-06-15',
  });
  // Text that YAML would read as something else is quoted, and reads back as written.
  for (const value of ['ja', 'null', '- punkt', 'a: b', '# x', '  indrag', 'rad\nrad', '"citat"', '1e3'])
    assert.deepEqual(fromYaml(toYaml({ text: value })), { text: value }, value);
});

test('an MDX file round-trips: frontmatter in the style, the body byte for byte, none when it is empty', () => {
  const text = '---\ntitle: Kapitel\norder: 1\n---\n\nFörsta stycket.\n\n- en punkt\n';
  const { data, body } = fromMdx(text);
  assert.deepEqual(data, { title: 'Kapitel', order: 1 });
  assert.equal(body, 'Första stycket.\n\n- en punkt\n');
  assert.equal(toMdx(data, body), text);
  assert.equal(toMdx({ title: 'Tomt', order: 2 }, ''), '---\ntitle: Tomt\norder: 2\n---\n');
  assert.equal(toMdx({ title: 'Utan radslut', order: 3 }, 'Text'), '---\ntitle: Utan radslut\norder: 3\n---\n\nText\n');
});
