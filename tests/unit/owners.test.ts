// Owner (Ansvarig) resolution, run through validate() on small content generated per test.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { validate, type Issue } from '../../src/lib/validate/index.ts';

const roots: string[] = [];
after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

interface OwnerSpec {
  id: string;
  name: string;
  kind: string;
  region?: string;
}

interface PlanSpec {
  region: string;
  from: number;
  to: number;
  /** Goal id → owner ids; an owner list of null leaves the field out. */
  goals: [string, string[] | null][];
  ownersColumn?: boolean;
}

const REGIONS = `- id: norr
  name: Norra sjukvårdsregionen
  shortName: Norr
  rcc: RCC Norr
  members: [Region Norrbotten, Region Västerbotten, Region Västernorrland, Region Jämtland Härjedalen]
- id: syd
  name: Södra sjukvårdsregionen
  shortName: Syd
  rcc: RCC Syd
  members: [Region Skåne, Region Blekinge, Region Kronoberg, Region Halland]
`;

const NORR: OwnerSpec[] = [
  { id: 'norr-regionerna', name: 'Regionerna', kind: 'regionerna', region: 'norr' },
  { id: 'rcc-norr', name: 'RCC Norr', kind: 'rcc', region: 'norr' },
];
const SYD: OwnerSpec[] = [
  { id: 'syd-regionerna', name: 'Regionerna', kind: 'regionerna', region: 'syd' },
  { id: 'rcc-syd', name: 'RCC Syd', kind: 'rcc', region: 'syd' },
];
const NATIONAL: OwnerSpec = { id: 'socialstyrelsen', name: 'Socialstyrelsen', kind: 'nationell' };

function write(root: string, path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function ownersYaml(owners: OwnerSpec[]): string {
  return owners
    .map((o) => `- id: ${o.id}\n  name: ${o.name}\n  kind: ${o.kind}\n${o.region ? `  region: ${o.region}\n` : ''}`)
    .join('');
}

/** Writes content with the given owners registry and plans; every plan has one chapter and no directions. */
function content(owners: OwnerSpec[] | string, plans: PlanSpec[]): string {
  const root = mkdtempSync(join(tmpdir(), 'rcp-owners-'));
  roots.push(root);
  write(root, 'content/regions.yaml', REGIONS);
  write(root, 'content/owners.yaml', typeof owners === 'string' ? owners : ownersYaml(owners));
  for (const p of plans) {
    const folder = `plans/${p.region}-${p.from}-${p.to}`;
    const columns = [
      '  - key: goal\n    label: Mål\n',
      ...(p.ownersColumn === false ? [] : ['  - key: owners\n    label: Ansvarig\n']),
    ];
    write(
      root,
      `${folder}/plan.yaml`,
      `region: ${p.region}\ntitle: Cancerplan ${p.from}–${p.to}\nperiod:\n  from: ${p.from}\n  to: ${p.to}\nadoption:\n  - body: Nämnden\n` +
        `source:\n  title: Cancerplan\n  url: https://cancercentrum.se/\nlevels:\n  chapter: kapitel\n  goal: mål\n` +
        `columns:\n${columns.join('')}status: complete\nstatusNote: Alla mål är överförda.\n`,
    );
    write(root, `${folder}/kapitel/kapitel-1.mdx`, '---\ntitle: Kapitel 1\norder: 1\n---\n\nText.\n');
    write(
      root,
      `${folder}/goals.yaml`,
      p.goals
        .map(
          ([id, owners]) =>
            `- id: ${id}\n  chapter: kapitel-1\n  text: Målet ${id}.\n${owners ? `  owners: [${owners.join(', ')}]\n` : ''}`,
        )
        .join(''),
    );
  }
  return root;
}

const summary = (issues: Issue[]) => issues.map((i) => `${i.file}:${i.line} ${i.code} ${i.field}`);

describe('owner resolution', () => {
  test("owners of the plan's own region resolve without issues", () => {
    const root = content(NORR, [
      {
        region: 'norr',
        from: 2022,
        to: 2024,
        goals: [
          ['n-1', ['norr-regionerna', 'rcc-norr']],
          ['n-2', ['rcc-norr']],
        ],
      },
    ]);
    const result = validate(root);
    assert.deepEqual(summary(result.issues), []);
    assert.equal(result.ok, true);
    assert.deepEqual(
      result.model.plans[0].goals.map((g) => g.owners),
      [['norr-regionerna', 'rcc-norr'], ['rcc-norr']],
    );
  });

  test('"Regionerna" is a different owner in each region, and each plan uses its own', () => {
    const root = content(
      [...NORR, ...SYD],
      [
        { region: 'norr', from: 2022, to: 2024, goals: [['n-1', ['norr-regionerna', 'rcc-norr']]] },
        { region: 'syd', from: 2023, to: 2025, goals: [['s-1', ['syd-regionerna', 'rcc-syd']]] },
      ],
    );
    assert.deepEqual(summary(validate(root).issues), []);
  });

  test("an owner of another region is an owner-region-mismatch at the owner's position", () => {
    const root = content(
      [...NORR, ...SYD],
      [
        {
          region: 'norr',
          from: 2022,
          to: 2024,
          goals: [
            ['n-1', ['norr-regionerna', 'rcc-norr']],
            ['n-2', ['rcc-norr', 'syd-regionerna']],
          ],
        },
        { region: 'syd', from: 2023, to: 2025, goals: [['s-1', ['syd-regionerna', 'rcc-syd']]] },
      ],
    );
    const result = validate(root);
    assert.equal(result.ok, false);
    assert.deepEqual(summary(result.issues), ['plans/norr-2022-2024/goals.yaml:8 owner-region-mismatch [1].owners[1]']);
    const [issue] = result.issues;
    assert.equal(issue.severity, 'error');
    assert.equal(issue.col, 22);
    assert.match(issue.message, /"syd-regionerna" hör till sjukvårdsregionen "syd", men planen hör till "norr"/);
  });

  test("a national owner without region can be used in every region's plan", () => {
    const root = content(
      [...NORR, ...SYD, NATIONAL],
      [
        {
          region: 'norr',
          from: 2022,
          to: 2024,
          goals: [
            ['n-1', ['norr-regionerna', 'socialstyrelsen']],
            ['n-2', ['rcc-norr']],
          ],
        },
        {
          region: 'syd',
          from: 2023,
          to: 2025,
          goals: [
            ['s-1', ['socialstyrelsen', 'syd-regionerna']],
            ['s-2', ['rcc-syd']],
          ],
        },
      ],
    );
    assert.deepEqual(summary(validate(root).issues), []);
  });

  test('an unknown owner suggests the closest id', () => {
    const root = content(NORR, [
      {
        region: 'norr',
        from: 2022,
        to: 2024,
        goals: [
          ['n-1', ['norr-regionerna', 'rcc-nor']],
          ['n-2', ['rcc-norr']],
        ],
      },
    ]);
    const result = validate(root);
    assert.deepEqual(summary(result.issues), ['plans/norr-2022-2024/goals.yaml:4 unknown-owner [0].owners[1]']);
    assert.match(result.issues[0].message, /"rcc-nor" finns inte i content\/owners\.yaml/);
    assert.match(result.issues[0].fix, /^Menade du "rcc-norr"\?/);
  });

  test('an unknown owner with nothing close gives no suggestion', () => {
    const root = content(NORR, [
      { region: 'norr', from: 2022, to: 2024, goals: [['n-1', ['norr-regionerna', 'rcc-norr', 'landstinget']]] },
    ]);
    const [issue] = validate(root).issues;
    assert.equal(issue.code, 'unknown-owner');
    assert.doesNotMatch(issue.fix, /Menade du/);
    assert.match(issue.fix, /content\/owners\.yaml/);
  });

  test('the same owner twice in one goal is reported once, at the second', () => {
    const root = content(NORR, [
      { region: 'norr', from: 2022, to: 2024, goals: [['n-1', ['norr-regionerna', 'rcc-norr', 'norr-regionerna']]] },
    ]);
    assert.deepEqual(summary(validate(root).issues), [
      'plans/norr-2022-2024/goals.yaml:4 duplicate-owner [0].owners[2]',
    ]);
  });

  test('the same owner in several goals is fine', () => {
    const root = content(NORR, [
      {
        region: 'norr',
        from: 2022,
        to: 2024,
        goals: [
          ['n-1', ['norr-regionerna', 'rcc-norr']],
          ['n-2', ['norr-regionerna', 'rcc-norr']],
        ],
      },
    ]);
    assert.deepEqual(summary(validate(root).issues), []);
  });

  test('an unused owner is only a warning', () => {
    const root = content(
      [...NORR, NATIONAL],
      [{ region: 'norr', from: 2022, to: 2024, goals: [['n-1', ['norr-regionerna', 'rcc-norr']]] }],
    );
    const result = validate(root);
    assert.deepEqual(summary(result.issues), ['content/owners.yaml:9 owner-unused [2].id']);
    assert.equal(result.issues[0].severity, 'warning');
    assert.equal(result.ok, true);
  });

  test('an owner used by any plan is not unused', () => {
    const root = content(
      [...NORR, NATIONAL],
      [
        { region: 'norr', from: 2022, to: 2024, goals: [['n-1', ['norr-regionerna', 'rcc-norr']]] },
        { region: 'norr', from: 2025, to: 2027, goals: [['n25-1', ['socialstyrelsen']]] },
      ],
    );
    assert.deepEqual(summary(validate(root).issues), []);
  });

  test('a goal without owners in a plan with an Ansvarig column is missing-owners', () => {
    const root = content(NORR, [
      {
        region: 'norr',
        from: 2022,
        to: 2024,
        goals: [
          ['n-1', ['norr-regionerna', 'rcc-norr']],
          ['n-2', null],
          ['n-3', []],
        ],
      },
    ]);
    const result = validate(root);
    assert.deepEqual(summary(result.issues), [
      'plans/norr-2022-2024/goals.yaml:5 missing-owners [1].owners',
      'plans/norr-2022-2024/goals.yaml:11 missing-owners [2].owners',
    ]);
    assert.match(result.issues[0].message, /"n-2" har ingen ansvarig, men planen har kolumnen "Ansvarig"/);
  });

  test('owners in a plan without an owners column are column-not-declared', () => {
    const root = content(NORR, [
      { region: 'norr', from: 2022, to: 2024, goals: [['n-1', ['norr-regionerna', 'rcc-norr']]] },
      {
        region: 'norr',
        from: 2025,
        to: 2027,
        ownersColumn: false,
        goals: [
          ['n25-1', null],
          ['n25-2', ['rcc-norr']],
        ],
      },
    ]);
    assert.deepEqual(summary(validate(root).issues), [
      'plans/norr-2025-2027/goals.yaml:7 column-not-declared [1].owners',
    ]);
  });

  test('an owner with an unknown region is reported in the registry', () => {
    const owners = [...NORR, { id: 'rcc-vast', name: 'RCC Väst', kind: 'rcc', region: 'vast' }];
    const root = content(owners, [
      { region: 'norr', from: 2022, to: 2024, goals: [['n-1', ['norr-regionerna', 'rcc-norr']]] },
    ]);
    const result = validate(root);
    assert.deepEqual(summary(result.issues), [
      'content/owners.yaml:9 owner-unused [2].id',
      'content/owners.yaml:12 unknown-region [2].region',
    ]);
    assert.match(result.issues[1].fix, /norr, syd/);
  });

  test('two owners with the same id are a duplicate-id at the second', () => {
    const owners =
      ownersYaml(NORR) +
      ownersYaml([{ id: 'rcc-norr', name: 'Regionalt cancercentrum norr', kind: 'rcc', region: 'norr' }]);
    const root = content(owners, [
      { region: 'norr', from: 2022, to: 2024, goals: [['n-1', ['norr-regionerna', 'rcc-norr']]] },
    ]);
    const result = validate(root);
    assert.deepEqual(summary(result.issues), ['content/owners.yaml:9 duplicate-id [2].id']);
    assert.match(result.issues[0].message, /"rcc-norr" används redan för en ansvarig i content\/owners\.yaml:5/);
  });

  test('an owner id that is not an id is an id-format error', () => {
    const root = content(NORR, [
      {
        region: 'norr',
        from: 2022,
        to: 2024,
        goals: [
          ['n-1', ['norr-regionerna', 'rcc-norr']],
          ['n-2', ['"RCC Nord"']],
        ],
      },
    ]);
    const result = validate(root);
    const formats = result.issues.filter((i) => i.code === 'id-format');
    assert.deepEqual(summary(formats), ['plans/norr-2022-2024/goals.yaml:8 id-format [1].owners[0]']);
    assert.match(formats[0].message, /"RCC Nord"/);
  });

  test('an owner written by its display name is owner-by-name, suggesting the id (and not also id-format)', () => {
    const root = content(NORR, [
      {
        region: 'norr',
        from: 2022,
        to: 2024,
        goals: [
          ['n-1', ['norr-regionerna', 'rcc-norr']],
          ['n-2', ['"RCC Norr"']],
        ],
      },
    ]);
    const result = validate(root);
    const named = result.issues.filter((i) => i.code === 'owner-by-name');
    assert.deepEqual(summary(named), ['plans/norr-2022-2024/goals.yaml:8 owner-by-name [1].owners[0]']);
    assert.match(named[0].fix, /Skriv id:t "rcc-norr"\./);
    assert.deepEqual(
      result.issues.filter((i) => i.code === 'id-format' || i.code === 'unknown-owner'),
      [],
    );
  });
});
