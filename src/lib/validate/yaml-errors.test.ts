// YAML syntax faults in Swedish: one positioned error per fault, naming the cause and the fix, never the
// parser's English, and no flood of follow-on errors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseYaml } from './source.ts';

const BASE = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'base');
const GOALS = readFileSync(join(BASE, 'plans', 'norr-2022-2024', 'goals.yaml'), 'utf8');
const PLAN = readFileSync(join(BASE, 'plans', 'norr-2022-2024', 'plan.yaml'), 'utf8');

function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
}

const issuesOf = (text: string) =>
  parseYaml('goals.yaml', text).issues.map((i) => ({
    at: `${i.line}:${i.col}`,
    code: i.code,
    text: `${i.message} ${i.fix}`,
  }));

// Words of the yaml package's messages (and of a stack overflow) that must never reach an editor.
const ENGLISH =
  /\b(?:Unexpected|Missing|must|Implicit|Nested|mappings?|scalar|token|indicator|Tabs|allowed|parseAllDocuments|Maximum call stack|exceeded|Unresolved|quote\b)/;

const cases: { name: string; text: string; at: string; code: string; says: RegExp }[] = [
  {
    name: 'a tab as indentation',
    text: edit(GOALS, '  chapter: patienter', '\tchapter: patienter'),
    at: '17:1',
    code: 'yaml-tab',
    says: /tabb/,
  },
  {
    name: 'a tab after a list dash',
    text: edit(GOALS, '- id: norr22-kontakt', '-\tid: norr22-kontakt'),
    at: '16:2',
    code: 'yaml-tab',
    says: /tabb/,
  },
  {
    name: 'a tab in plan.yaml',
    text: edit(PLAN, '  from: 2022', '\tfrom: 2022'),
    at: '5:1',
    code: 'yaml-tab',
    says: /mellanslag/,
  },
  {
    name: 'a colon in unquoted text',
    text: edit(
      GOALS,
      'text: >-\n    Alla cancerpatienter ska erbjudas kontaktsjuksköterska.',
      'text: Alla ska erbjudas: kontaktsjuksköterska.',
    ),
    at: '18:9',
    code: 'yaml-syntax',
    says: /": ".*citattecken.*>-/,
  },
  {
    name: 'a # in unquoted text',
    text: edit(
      GOALS,
      'text: >-\n    Alla cancerpatienter ska erbjudas kontaktsjuksköterska.',
      'text: Alla cancerpatienter ska erbjudas steg #2.',
    ),
    at: '18:48',
    code: 'yaml-syntax',
    says: /" #".*kommentar.*citattecken/,
  },
  {
    name: 'an unclosed double quote',
    text: edit(GOALS, 'timeframe: "2023"', 'timeframe: "2023'),
    at: '15:14',
    code: 'yaml-syntax',
    says: /citattecken \("\) öppnas men stängs aldrig/,
  },
  {
    name: 'an unclosed single quote',
    text: edit(GOALS, 'timeframe: "2023"', "timeframe: '2023"),
    at: '15:14',
    code: 'yaml-syntax',
    says: /stängs aldrig/,
  },
  {
    name: 'a field indented too far',
    text: edit(GOALS, '  owners: [norr-regionerna, rcc-norr]', '   owners: [norr-regionerna, rcc-norr]'),
    at: '14:1',
    code: 'yaml-syntax',
    says: /indraget/,
  },
  {
    name: 'a field indented too little',
    text: edit(GOALS, '  owners: [norr-regionerna, rcc-norr]', ' owners: [norr-regionerna, rcc-norr]'),
    at: '14:1',
    code: 'yaml-syntax',
    says: /indraget/,
  },
  {
    name: 'a second document',
    text: `${GOALS}---\n- id: norr22-extra\n`,
    at: '22:1',
    code: 'yaml-syntax',
    says: /"---".*andra YAML-dokument/,
  },
  {
    name: 'an unclosed list',
    text: edit(GOALS, 'owners: [norr-regionerna, rcc-norr]', 'owners: [norr-regionerna, rcc-norr'),
    at: '15:3',
    code: 'yaml-syntax',
    says: /stängs inte/,
  },
  {
    name: 'a missing space after a colon',
    text: edit(GOALS, '  chapter: patienter', '  chapter:patienter'),
    at: '17:3',
    code: 'yaml-syntax',
    says: /mellanslag saknas efter kolon/,
  },
  {
    name: 'a missing space after a dash',
    text: edit(GOALS, '- id: norr22-kontakt', '-id: norr22-kontakt'),
    at: '16:1',
    code: 'yaml-syntax',
    says: /mellanslag saknas efter "-"/,
  },
  {
    name: 'a value starting with @',
    text: edit(GOALS, 'timeframe: "2023"', 'timeframe: @2023'),
    at: '15:14',
    code: 'yaml-syntax',
    says: /tecknet @/,
  },
  {
    name: 'an alias without anchor',
    text: edit(GOALS, 'timeframe: "2023"', 'timeframe: *x'),
    at: '15:14',
    code: 'yaml-syntax',
    says: /alias/,
  },
  {
    name: 'an unknown tag',
    text: edit(GOALS, 'timeframe: "2023"', 'timeframe: !x 2023'),
    at: '15:14',
    code: 'yaml-syntax',
    says: /tagg/,
  },
  {
    name: 'a bad escape',
    text: edit(GOALS, 'timeframe: "2023"', 'timeframe: "20\\q23"'),
    at: '15:17',
    code: 'yaml-syntax',
    says: /\\ inom citattecken/,
  },
  {
    name: 'lists nested 5000 deep',
    text: `- id: x\n  text: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    at: '2:',
    code: 'yaml-too-deep',
    says: /djupare än 20 nivåer/,
  },
  {
    name: 'blocks nested 40 deep',
    text: `${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}a:`).join('\n')} x\n`,
    at: '21:',
    code: 'yaml-too-deep',
    says: /nästlade/,
  },
];

for (const c of cases) {
  test(`${c.name}: one Swedish error at its place`, () => {
    const found = issuesOf(c.text);
    assert.equal(found.length, 1, JSON.stringify(found, null, 1));
    assert.equal(found[0].code, c.code);
    assert.ok(found[0].at.startsWith(c.at), `${found[0].at}, expected ${c.at}`);
    assert.match(found[0].text, c.says);
    assert.doesNotMatch(found[0].text, ENGLISH);
  });
}

test('faults in two goals of one file are both reported, each once', () => {
  const text = edit(
    edit(GOALS, '  chapter: patienter', '\tchapter: patienter'),
    'timeframe: "2023"',
    'timeframe: "2023',
  );
  assert.deepEqual(
    issuesOf(text).map((i) => `${i.at} ${i.code}`),
    ['15:14 yaml-syntax', '17:1 yaml-tab'],
  );
});

test('a single-character mistake anywhere gives at most a few errors, all in Swedish', () => {
  // Deterministic sample: every 7th position of both files, with each character that editors mistype.
  const inserts = ['\t', ':', '"', "'", '#', '-', ' ', '[', '{', '*', '!', '\n', ''];
  let mutants = 0;
  for (const text of [GOALS, PLAN]) {
    for (let i = 0; i < text.length; i += 7) {
      for (const ins of inserts) {
        const mutated = ins === '' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + ins + text.slice(i);
        const found = issuesOf(mutated);
        mutants++;
        assert.ok(
          found.length <= 3,
          `${found.length} errors for ${JSON.stringify(ins)} at ${i}: ${JSON.stringify(found)}`,
        );
        for (const issue of found) assert.doesNotMatch(issue.text, ENGLISH, issue.text);
      }
    }
  }
  assert.ok(mutants > 1000);
});
