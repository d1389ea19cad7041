// The JSON Schemas in schemas/json/ (what VS Code checks while an editor types) are derived from the zod
// schemas, are committed up to date, and reject what the validator's schema step rejects.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import fc from 'fast-check';
import {
  checkJsonSchemas,
  knownIds,
  main,
  SCHEMA_DIR,
  schemaFileName,
  settingsCurrent,
  TARGETS,
  targetFor,
  vscodeSettings,
  type SchemaTarget,
} from '../../scripts/json-schema.ts';
import { buildRoot, cleanupRoots, INVALID, listCases, readExpected } from '../validator/harness.ts';
import { validate } from '../../src/lib/validate/index.ts';
import { BASE, cleanupTempDirs, copyRealContent, readContentData, REPO, tempDir } from './helpers.ts';
import { runScript } from '../support/run-script.ts';
import { runMain } from '../support/run-main.ts';

after(cleanupRoots);
after(cleanupTempDirs);

/** The codes the validator's schema step (src/lib/validate/schema-check.ts) reports. */
const SCHEMA_CODES = new Set([
  'missing-field',
  'wrong-type',
  'unknown-key',
  'invalid-value',
  'id-format',
  'date-format',
]);

function compileAll(): Map<string, ValidateFunction> {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  // zod checks a URL by parsing it; the schema's own pattern restricts the protocol.
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  const out = new Map<string, ValidateFunction>();
  for (const target of TARGETS) {
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, schemaFileName(target)), 'utf8'));
    out.set(target.name, ajv.compile(schema));
  }
  return out;
}

const validators = compileAll();

function jsonSchemaErrors(root: string, relPath: string): string[] | 'unreadable' {
  const target = targetFor(relPath);
  assert.ok(target, `no schema for ${relPath}`);
  const read = readContentData(join(root, relPath), relPath);
  if (!read.ok) return 'unreadable';
  const validate = validators.get(target.name)!;
  return validate(read.data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** Every content file under a root, relative and with forward slashes. */
function contentFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (/\.(ya?ml|mdx)$/.test(entry.name)) out.push(relative(root, abs).split(sep).join('/'));
    }
  };
  for (const top of ['content', 'plans']) if (existsSync(join(root, top))) walk(join(root, top));
  return out.sort();
}

describe('schemas/json/', () => {
  // Whether the committed schemas are up to date is `npm run check`'s to say (json-schema-stale, in Swedish,
  // with the command), not an assertion here; tests/fixtures/invalid/json-schema-stale covers the rule.
  test('`npm run check` reports a stale schema folder with the command that regenerates it', () => {
    const root = copyRealContent('stale');
    const out = join(root, 'schemas', 'json');
    const written = runScript('json-schema.ts', ['--root', root, '--out', out]);
    assert.equal(written.status, 0, written.stderr);
    assert.deepEqual(checkJsonSchemas(root, validate(root)), [], 'freshly generated schemas are not stale');
    writeFileSync(
      join(out, 'owners.schema.json'),
      readFileSync(join(out, 'owners.schema.json'), 'utf8').replace('"norr"', '"nord"'),
    );
    const check = runScript('check.ts', ['--root', root]);
    // A warning: generated files never keep an editor's pull request red.
    assert.equal(check.status, 0, check.stdout);
    assert.match(check.stdout, /^schemas\/json\/owners\.schema\.json:1:1 {2}varning \[json-schema-stale\]/m);
    assert.match(check.stdout, /Åtgärd: Det hindrar inte ändringen: filerna genereras\. .*kör npm run schemas/);
    assert.doesNotMatch(check.stdout + check.stderr, /AssertionError|at .*\.ts:\d+/);
  });

  test('`json-schema.ts --check` passes on fresh schemas, and fails with the fix when a file is stale', () => {
    const out = tempDir('schemas');
    const written = runMain(main, ['--root', REPO, '--out', out]);
    assert.equal(written.status, 0, written.stderr);
    const ok = runMain(main, ['--check', '--root', REPO, '--out', out]);
    assert.equal(ok.status, 0, ok.stderr);

    const goals = join(out, 'goals.schema.json');
    writeFileSync(goals, readFileSync(goals, 'utf8').replace('"rcc-norr"', '"rcc-nord"'));
    writeFileSync(join(out, 'old.schema.json'), '{}\n');
    const stale = runMain(main, ['--check', '--root', REPO, '--out', out]);
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /npm run schemas/);
    assert.match(stale.stderr, /goals\.schema\.json/);
    assert.match(stale.stderr, /old\.schema\.json/);
  });

  test('there is one schema per kind of content file, each with the Swedish field descriptions', () => {
    assert.deepEqual(readdirSync(SCHEMA_DIR).sort(), TARGETS.map(schemaFileName).sort());
    const plan = JSON.parse(readFileSync(join(SCHEMA_DIR, 'plan.schema.json'), 'utf8'));
    assert.equal(plan.properties.status.description, 'complete, partial eller not-transcribed.');
    assert.deepEqual(plan.properties.status.enum, ['complete', 'partial', 'not-transcribed']);
    assert.equal(plan.additionalProperties, false);
  });

  test('offers the known ids as completions, without rejecting new ones', () => {
    const ids = knownIds(REPO);
    const read = (name: string) => JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.schema.json`), 'utf8'));
    const goals = read('goals');
    const plan = read('plan');
    const chapter = read('chapter');
    const owners = read('owners');
    assert.deepEqual(goals.items.properties.owners.items.examples, ids.owners);
    assert.ok(ids.owners.includes('rcc-norr'));
    assert.deepEqual(plan.properties.region.examples, [
      'norr',
      'stockholm-gotland',
      'syd',
      'sydost',
      'mellansverige',
      'vast',
    ]);
    assert.deepEqual(owners.items.properties.region.examples, ids.regions);
    assert.deepEqual(
      plan.properties.follows.items.examples,
      ids.directions.map((d) => d.id),
    );
    assert.ok(plan.properties.follows.items.examples.includes('vagen-framat-2020-2022'));
    assert.ok(chapter.properties.areas.properties['vagen-framat-2020-2022'].items.examples.includes('barn-och-unga'));
    assert.ok(
      goals.items.properties.areas.properties['nationella-cancerstrategin'].items.examples.includes('minska-risken'),
    );
    for (const schema of [goals, plan, chapter, owners]) {
      assert.doesNotMatch(
        JSON.stringify(schema),
        /"enum":\["norr"|"enum":\["rcc/,
        'registry ids are examples, not enums',
      );
    }
    // A new owner id is a cross-file finding (unknown-owner), not a schema error.
    const validate = validators.get('goals')!;
    assert.equal(validate([{ id: 'x1', chapter: 'c', text: 'T', owners: ['ny-ansvarig'] }]), true);
  });

  test("URLs keep zod's protocol rule (http or https)", () => {
    const validate = validators.get('plan')!;
    const plan = readContentData(join(BASE, 'plans/syd-2023-2025/plan.yaml'), 'plans/syd-2023-2025/plan.yaml');
    assert.ok(plan.ok);
    const data = structuredClone(plan.data) as { source: { url: string } };
    assert.equal(validate(data), true);
    data.source.url = 'ftp://cancercentrum.se/plan.pdf';
    assert.equal(validate(data), false);
  });
});

describe('JSON Schema against the content', () => {
  for (const [name, root] of [
    ['the base fixture', BASE],
    ['the real content', REPO],
  ] as const) {
    test(`${name}: every file has a schema and passes it`, () => {
      const files = contentFiles(root);
      assert.ok(files.length > 5, `too few files in ${root}`);
      for (const file of files) {
        assert.ok(targetFor(file), `no JSON Schema covers ${file}; add it to TARGETS in scripts/json-schema.ts`);
        assert.deepEqual(jsonSchemaErrors(root, file), [], `${file} fails its JSON Schema`);
      }
    });
  }
});

describe('JSON Schema rejects what zod rejects in the invalid fixtures', () => {
  const cases = listCases().filter((name) => readExpected(name).issues.some((i) => SCHEMA_CODES.has(i.code)));

  test('there are schema-level cases', () => {
    assert.ok(cases.length >= 5, `only ${cases.join(', ')}`);
  });

  for (const name of cases) {
    test(name, () => {
      const expected = readExpected(name);
      const root = buildRoot(name);
      const rejectedFiles = new Set(expected.issues.filter((i) => SCHEMA_CODES.has(i.code)).map((i) => i.file));
      for (const file of rejectedFiles) {
        const errors = jsonSchemaErrors(root, file);
        assert.notEqual(errors, 'unreadable', `${name}: ${file} could not be read as YAML`);
        assert.ok(
          errors.length > 0,
          `${name}: the JSON Schema accepts ${file}, which zod rejects (${expected.description})`,
        );
      }
      // Files the case overlays without schema-level issues: the JSON Schema is not stricter than zod.
      for (const file of contentFiles(join(INVALID, name)).filter((f) => !rejectedFiles.has(f))) {
        const errors = jsonSchemaErrors(root, file);
        if (errors !== 'unreadable')
          assert.deepEqual(errors, [], `${name}: ${file} is rejected by the JSON Schema only`);
      }
    });
  }
});

// Random damage to valid files: the JSON Schema and the zod schema must agree on every variant.
describe('JSON Schema and zod agree on mutated files', () => {
  const POOL: unknown[] = [
    null,
    0,
    1,
    1.5,
    -3,
    2022,
    1989,
    2101,
    '',
    ' ',
    'ok',
    'X Y',
    'rcc_norr',
    'abc-def',
    'å',
    true,
    false,
    [],
    ['ok'],
    [1],
    {},
    { a: 1 },
    'https://cancercentrum.se/',
    'ftp://a.se/',
    'ej en adress',
    '2022',
    '2022-06',
    '2022-06-15',
    '15 juni',
    'complete',
    'klar',
    'goal',
    'region',
    'lungcancer',
    'Lungcancer',
    'bröst cancer',
  ];

  type Path = (string | number)[];

  function paths(value: unknown, prefix: Path = []): { objects: Path[]; leaves: Path[] } {
    const objects: Path[] = [];
    const leaves: Path[] = [];
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        const inner = paths(v, [...prefix, i]);
        objects.push(...inner.objects);
        leaves.push([...prefix, i], ...inner.leaves);
      });
    } else if (value && typeof value === 'object') {
      objects.push(prefix);
      for (const [k, v] of Object.entries(value)) {
        const inner = paths(v, [...prefix, k]);
        objects.push(...inner.objects);
        leaves.push([...prefix, k], ...inner.leaves);
      }
    }
    return { objects, leaves };
  }

  /** The object or array holding the last segment of `path`; undefined once an earlier mutation removed it. */
  function parentOf(data: unknown, path: Path): Record<string | number, unknown> | undefined {
    let current: unknown = data;
    for (const seg of path.slice(0, -1)) {
      if (!current || typeof current !== 'object') return undefined;
      current = (current as Record<string | number, unknown>)[seg];
    }
    return current && typeof current === 'object' ? (current as Record<string | number, unknown>) : undefined;
  }

  // Valid data per kind: files the repository keeps, or inline for the small optional registries.
  const fromFile = (root: string, file: string) => () => {
    const read = readContentData(join(root, file), file);
    assert.ok(read.ok, `${file} cannot be read`);
    return read.data;
  };
  const samples: [SchemaTarget, string, () => unknown][] = [
    [targetFor('content/regions.yaml')!, 'content/regions.yaml', fromFile(BASE, 'content/regions.yaml')],
    [targetFor('content/owners.yaml')!, 'content/owners.yaml', fromFile(BASE, 'content/owners.yaml')],
    [
      targetFor('content/redirects.yaml')!,
      'redirects',
      () => [
        { from: 'norr22-opt', to: 'norr22-organiserad-prostatacancertestning', note: 'Id:t gjordes tydligare.' },
        { from: 'norr22-mdk', to: 'norr22-kontaktsjukskoterska' },
      ],
    ],
    [
      targetFor('content/search-vocabulary.yaml')!,
      'search-vocabulary',
      () => [
        { word: 'prostatacancertestning', parts: ['prostatacancer', 'testning'] },
        { word: 'kontaktsjuksköterska', parts: ['kontakt', 'sjuksköterska'] },
      ],
    ],
    [
      targetFor('content/directions/x.yaml')!,
      'content/directions/vagen-framat-2020-2022.yaml',
      fromFile(REPO, 'content/directions/vagen-framat-2020-2022.yaml'),
    ],
    [
      targetFor('plans/x/plan.yaml')!,
      'plans/norr-2022-2024/plan.yaml',
      fromFile(REPO, 'plans/norr-2022-2024/plan.yaml'),
    ],
    [
      targetFor('plans/x/goals.yaml')!,
      'plans/syd-2023-2025/goals.yaml',
      fromFile(BASE, 'plans/syd-2023-2025/goals.yaml'),
    ],
    [
      targetFor('plans/x/goals.yaml')!,
      'plans/norr-2022-2024/goals.yaml',
      fromFile(BASE, 'plans/norr-2022-2024/goals.yaml'),
    ],
    [
      targetFor('plans/x/kapitel/x.mdx')!,
      'plans/norr-2022-2024/kapitel/barn-och-unga.mdx',
      fromFile(REPO, 'plans/norr-2022-2024/kapitel/barn-och-unga.mdx'),
    ],
    [
      targetFor('plans/x/inledning.mdx')!,
      'plans/norr-2022-2024/inledning.mdx',
      fromFile(REPO, 'plans/norr-2022-2024/inledning.mdx'),
    ],
  ];

  for (const [target, label, load] of samples) {
    test(`${label} (${target.name})`, () => {
      const original = load();
      const { objects, leaves } = paths(original);
      const validate = validators.get(target.name)!;
      assert.equal(validate(original), true, 'the unmutated file passes');

      const mutation = fc.oneof(
        fc.record({ kind: fc.constant('delete' as const), at: fc.nat(leaves.length - 1), value: fc.constant(0) }),
        fc.record({ kind: fc.constant('set' as const), at: fc.nat(leaves.length - 1), value: fc.nat(POOL.length - 1) }),
        fc.record({
          kind: fc.constant('add' as const),
          at: fc.nat(objects.length - 1),
          value: fc.nat(POOL.length - 1),
        }),
      );
      const verdicts = { accepted: 0, rejected: 0 };
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
          const data = structuredClone(original);
          for (const m of mutations) {
            if (m.kind === 'add') {
              const at = objects[m.at];
              const obj = at.length === 0 ? data : parentOf(data, at)?.[at[at.length - 1]];
              if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
                (obj as Record<string, unknown>)[`extra-${m.value % 3}`] = structuredClone(POOL[m.value]);
              }
              continue;
            }
            const at = leaves[m.at];
            const parent = parentOf(data, at);
            if (!parent) continue;
            const key = at[at.length - 1];
            if (!(key in parent)) continue;
            if (m.kind === 'set') parent[key] = structuredClone(POOL[m.value]);
            else if (Array.isArray(parent)) parent.splice(Number(key), 1);
            else delete parent[key];
          }
          const byZod = target.schema.safeParse(data).success;
          const byJsonSchema = validate(data);
          verdicts[byZod ? 'accepted' : 'rejected']++;
          assert.equal(
            byJsonSchema,
            byZod,
            `zod ${byZod ? 'accepts' : 'rejects'} but the JSON Schema ${byJsonSchema ? 'accepts' : 'rejects'}: ${JSON.stringify(data)}`,
          );
        }),
        { numRuns: 300, seed: 20240605 },
      );
      // Both outcomes occur, so the agreement says something.
      assert.ok(verdicts.accepted > 0 && verdicts.rejected > 0, JSON.stringify(verdicts));
    });
  }
});

describe('VS Code', () => {
  const settings = JSON.parse(readFileSync(join(REPO, '.vscode', 'settings.json'), 'utf8'));
  const extensions = JSON.parse(readFileSync(join(REPO, '.vscode', 'extensions.json'), 'utf8'));

  // The YAML extension's matching (yaml-language-server's FilePatternAssociation): `*` is `.*`, anchored at the end.
  const matches = (glob: string, path: string) =>
    new RegExp(`${glob.replace(/[-\\{}+?|^$.,[\]()#\s]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

  test('maps every YAML kind to its schema file', () => {
    const mapped: Record<string, string[]> = settings['yaml.schemas'];
    const yamlTargets = TARGETS.filter((t) => !t.frontmatter);
    assert.deepEqual(Object.keys(mapped).sort(), yamlTargets.map((t) => `./schemas/json/${schemaFileName(t)}`).sort());
    for (const target of yamlTargets)
      assert.deepEqual(mapped[`./schemas/json/${schemaFileName(target)}`], target.files);
  });

  test('each real YAML file gets exactly its own schema', () => {
    const mapped: Record<string, string[]> = settings['yaml.schemas'];
    for (const file of contentFiles(REPO).filter((f) => f.endsWith('.yaml'))) {
      const uri = `file:///work/repo/${file}`;
      const schemas = Object.entries(mapped).filter(([, globs]) => globs.some((g) => matches(g, uri)));
      assert.deepEqual(
        schemas.map(([schema]) => schema),
        [`./schemas/json/${schemaFileName(targetFor(file)!)}`],
        file,
      );
    }
  });

  test('the settings file is the one generated from the table of content files (npm run schemas)', () => {
    assert.deepEqual(settings, vscodeSettings(), 'run `npm run schemas` to regenerate .vscode/settings.json');
    assert.equal(settingsCurrent(), true);
    // A stale mapping is caught: a kind the table no longer has, or a pattern changed by hand.
    const staleRoot = tempDir('settings');
    mkdirSync(join(staleRoot, '.vscode'));
    const stale = join(staleRoot, '.vscode', 'settings.json');
    const edited = structuredClone(vscodeSettings()) as { 'yaml.schemas': Record<string, string[]> };
    edited['yaml.schemas']['./schemas/json/goals.schema.json'] = ['plans/*/mal.yaml'];
    writeFileSync(stale, JSON.stringify(edited));
    assert.equal(settingsCurrent(staleRoot), false);
    assert.equal(settingsCurrent(join(tmpdir(), 'finns-inte')), false);
  });

  test('recommends the YAML, Astro and MDX extensions', () => {
    for (const id of ['redhat.vscode-yaml', 'astro-build.astro-vscode', 'unifiedjs.vscode-mdx']) {
      assert.ok(extensions.recommendations.includes(id), id);
    }
  });
});
