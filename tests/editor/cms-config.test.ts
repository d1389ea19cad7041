// The browser editor's configuration (schemas/cms/config.yml, served as /redigera/config.yml) is derived from
// the zod schemas and the content, is committed up to date, and says in the form what the schema can say.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { GOAL_ID_WIDGET, parseCmsConfig } from '../../src/lib/cms-yaml.ts';
import { checkCmsConfig } from '../../scripts/json-schema.ts';
import { CMS_CONFIG_FILE, cmsConfig, cmsConfigText, EDITED_KINDS, FIELD_LABELS } from '../../src/lib/cms-config.ts';
import { parseTimeframe } from '../../src/lib/timeframe.ts';
import { validate } from '../../src/lib/validate/index.ts';
import { CONTENT_FILES } from '../../src/schemas/files.ts';
import { cmsDeployment } from '../../src/site-config.ts';
import { cleanupTempDirs, copyRealContent, REPO } from './helpers.ts';

after(cleanupTempDirs);

type Field = Record<string, unknown> & { name: string; fields?: Field[]; field?: Field };
type Collection = { name: string; format: string; files: { name: string; file: string; fields: Field[] }[] };

const real = validate(REPO);
const config = cmsConfig(real.model) as { collections: Collection[]; publish_mode: string; locale: string };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const goalFields = () => collection('goals').files.find((f) => f.name === 'norr-2022-2024')!.fields[0].fields!;
const field = (fields: Field[], name: string) => fields.find((f) => f.name === name)!;

test('the committed configuration is the one generated from the schemas and the content (npm run schemas)', () => {
  assert.equal(readFileSync(join(REPO, CMS_CONFIG_FILE), 'utf8'), cmsConfigText(real.model));
});

test('a change to a schema or a registry makes the committed configuration stale, and the check says so', () => {
  const root = copyRealContent('cms-config');
  cpSync(join(REPO, CMS_CONFIG_FILE), join(root, CMS_CONFIG_FILE));
  assert.deepEqual(checkCmsConfig(root, validate(root)), [], 'a fresh copy is current');
  const owners = join(root, 'content', 'owners.yaml');
  const added = '- id: ny-ansvarig\n  name: Ny ansvarig\n  kind: region\n  region: norr\n';
  writeFileSync(owners, `${readFileSync(owners, 'utf8')}${added}`);
  const issues = checkCmsConfig(root, validate(root));
  assert.deepEqual(
    issues.map((i) => [i.code, i.file]),
    [['cms-config-stale', CMS_CONFIG_FILE]],
  );
});

describe('the generated configuration', () => {
  test('is Swedish, saves through the editorial workflow and has a collection per edited kind of file', () => {
    assert.equal(config.locale, 'sv');
    assert.equal(config.publish_mode, 'editorial_workflow');
    assert.deepEqual(
      config.collections.map((c) => c.name),
      [...EDITED_KINDS],
    );
    for (const c of config.collections) assert.ok(c.files.length > 0, `${c.name} has files`);
    // Every file the collections name is a content file of that kind.
    for (const c of config.collections)
      for (const f of c.files) assert.ok(readFileSync(join(REPO, f.file)).length > 0, f.file);
  });

  test('labels every field in Swedish and gives the schema description as help', () => {
    const walk = (fields: Field[]) => {
      for (const f of fields) {
        assert.ok(typeof f.label === 'string' && f.label.length > 0, `${f.name} has a label`);
        if (f.fields) walk(f.fields);
      }
    };
    for (const c of config.collections) for (const f of c.files) walk(f.fields);
    assert.equal(field(goalFields(), 'timeframe').label, FIELD_LABELS.timeframe);
    assert.match(String(field(goalFields(), 'text').hint), /exakt som i källan/);
  });

  test('a goal: optional id in the id format, text required, owners from the registry, chapters of its own plan', () => {
    const fields = goalFields();
    const id = field(fields, 'id');
    // Left empty, a new goal's id is made from its text when saved (src/cms/editor.ts); a saved one is read-only.
    assert.equal(id.required, false);
    assert.equal(id.widget, GOAL_ID_WIDGET);
    const [pattern] = id.pattern as [string, string];
    assert.ok(new RegExp(pattern).test('norr22-ny-mal'));
    for (const bad of ['Norr22', 'norr22_mål', 'mål', '-x', 'x-']) assert.ok(!new RegExp(pattern).test(bad), bad);
    assert.equal(field(fields, 'text').required, true);
    assert.equal(field(fields, 'text').widget, 'text');
    const owners = field(fields, 'owners');
    assert.equal(owners.widget, 'select');
    assert.equal(owners.multiple, true);
    assert.deepEqual(
      (owners.options as { value: string }[]).map((o) => o.value),
      real.model.owners.map((o) => o.id),
    );
    const norr = real.model.plans.find((p) => p.id === 'norr-2022-2024')!;
    assert.deepEqual(
      (field(fields, 'chapter').options as { value: string }[]).map((o) => o.value).sort(),
      norr.chapters.map((c) => c.id).sort(),
    );
  });

  test("a timeframe's pattern takes what the check parses and refuses what it does not", () => {
    const [pattern] = field(goalFields(), 'timeframe').pattern as [string, string];
    const form = new RegExp(pattern);
    for (const value of ['2024', '2022–2024', '2022-2024', '2022-24', '2022 – 2024', 'löpande', '20245', '2022–', ''])
      assert.equal(form.test(value), value !== '' && parseTimeframe(value).ok, value);
  });

  test('areas are chosen per framework from its areas; chapters are edited with their text', () => {
    const chapter = collection('chapter');
    assert.equal(chapter.format, 'rcp-mdx');
    const fields = chapter.files[0].fields;
    const areas = field(fields, 'areas');
    assert.deepEqual(
      areas.fields!.map((f) => f.name),
      real.model.directions.map((d) => d.id),
    );
    assert.equal(field(fields, 'body').widget, 'text');
  });

  test('every kind of file the table of content files lists is edited or left out on purpose', () => {
    const left = Object.keys(CONTENT_FILES).filter((k) => !EDITED_KINDS.includes(k as never));
    assert.deepEqual(left.sort(), ['places', 'site', 'terms']);
  });

  test('writes each form once however many files share it', () => {
    const text = cmsConfigText(real.model);
    // Every chapter file has the same fields: written once, then referred to.
    const chapters = collection('chapter').files;
    assert.ok(chapters.length > 10);
    assert.ok(chapters.every((f) => f.fields === chapters[0].fields));
    assert.ok(text.length < 100_000, `${text.length} bytes`);
  });

  test('is YAML that parses back to the same configuration', () => {
    assert.deepEqual(parseCmsConfig(cmsConfigText(real.model)), cmsConfig(real.model));
  });
});

describe('the repository the editor saves to comes from the build environment', () => {
  test('CMS_REPOSITORY first, then GitHub Actions, then a GitHub REPOSITORY_URL; never a guess', () => {
    assert.equal(cmsDeployment({ CMS_REPOSITORY: 'rcc/a', GITHUB_REPOSITORY: 'rcc/b' }).repo, 'rcc/a');
    assert.equal(cmsDeployment({ GITHUB_REPOSITORY: 'rcc/b' }).repo, 'rcc/b');
    assert.equal(cmsDeployment({ REPOSITORY_URL: 'https://github.com/rcc/c/' }).repo, 'rcc/c');
    assert.equal(cmsDeployment({ REPOSITORY_URL: 'https://gitlab.com/rcc/c' }).repo, null);
    assert.equal(cmsDeployment({}).repo, null);
    assert.throws(() => cmsDeployment({ CMS_REPOSITORY: 'https://github.com/rcc/a' }), /ägare\/namn/);
  });

  test('the served configuration names it, with the branch and the sign-in service; the committed one does not', () => {
    const deployment = cmsDeployment({
      CMS_REPOSITORY: 'rcc/plans',
      CMS_BRANCH: 'trunk',
      CMS_AUTH_URL: 'https://auth.example.se/',
    });
    const backend = cmsConfig(real.model, deployment).backend as Record<string, unknown>;
    assert.deepEqual(
      [backend.repo, backend.branch, backend.base_url],
      ['rcc/plans', 'trunk', 'https://auth.example.se'],
    );
    assert.equal((config as unknown as { backend: { repo: string } }).backend.repo, 'ÄGARE/REPOSITORY');
    assert.doesNotMatch(readFileSync(join(REPO, CMS_CONFIG_FILE), 'utf8'), /secret|token/i);
  });
});
