// The place and term lists' rules, run through the whole validator on a copy of the base fixture, and the
// site's own lists held to what their sources say (SCB's 21 counties and 290 municipalities, Halland split).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { validate } from './index.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BASE = join(ROOT, 'tests', 'fixtures', 'base');
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The codes and lines the check reports for the base content with these files added. */
function findings(files: Record<string, string>): [string, number][] {
  const dir = mkdtempSync(join(tmpdir(), 'rcp-places-'));
  dirs.push(dir);
  cpSync(BASE, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'content', name), text);
  return validate(dir).issues.map((i) => [i.code, i.line]);
}

const places = (counties: string, sourced = ['norr', 'syd']) =>
  [
    'codeSource:',
    '  title: Län och kommuner 2026 i kodnummerordning',
    '  url: https://www.scb.se/kommunlankod-2026.xlsx',
    'regionSources:',
    ...sourced.flatMap((r) => [
      `  - healthcareRegion: ${r}`,
      '    sources: [{ url: "https://example.org/", quote: "Regionerna i den." }]',
    ]),
    'counties:',
    counties,
  ].join('\n');
const county = (code: string, name: string, region: string, municipalities: string) =>
  `  - { code: "${code}", name: ${name}, shortName: ${name.split(' ')[0]}, regionName: Region ${name.split(' ')[0]}, healthcareRegion: ${region}, municipalities: [${municipalities}] }`;

describe('content/places.yaml', () => {
  test('valid: two counties in known, sourced healthcare regions', () => {
    const text = places(
      [
        county('25', 'Norrbottens län', 'norr', '{ code: "2580", name: Luleå }'),
        county('07', 'Kronobergs län', 'syd', '{ code: "0780", name: Växjö }'),
      ].join('\n'),
    );
    assert.deepEqual(findings({ 'places.yaml': text }), []);
  });

  test('an unknown healthcare region is unknown-region, on its line', () => {
    const text = places(county('08', 'Kalmar län', 'sydost', '{ code: "0880", name: Kalmar }'));
    assert.deepEqual(findings({ 'places.yaml': text }), [['unknown-region', 10]]);
  });

  test('a duplicate county name and a duplicate municipality name are each reported once, at the second', () => {
    const text = places(
      [
        county('25', 'Norrbottens län', 'norr', '{ code: "2580", name: Luleå }'),
        county('24', 'Norrbottens län', 'norr', '{ code: "2480", name: Luleå }'),
      ].join('\n'),
    );
    assert.deepEqual(findings({ 'places.yaml': text }), [
      ['place-duplicate', 11],
      ['place-duplicate', 11],
    ]);
  });

  test('a known healthcare region without a source is place-region-unsourced', () => {
    const text = places(county('07', 'Kronobergs län', 'syd', '{ code: "0780", name: Växjö }'), ['norr']);
    assert.deepEqual(findings({ 'places.yaml': text }), [['place-region-unsourced', 8]]);
  });
});

describe('content/terms.yaml', () => {
  const sourced = '  termSources: [{ plan: norr-2022-2024, quote: "Multidisciplinär konferens (MDK)" }]';
  test('valid: an abbreviation with its source, a term with a sourced explanation, one without explanation', () => {
    const text = [
      '- abbreviation: MDK',
      '  term: multidisciplinär konferens',
      sourced,
      '- term: palliativ vård',
      '  explanation: Vård som lindrar lidande.',
      '  explanationSources: [{ url: "https://example.org/", quote: "lindrar lidande" }]',
      '- term: nivåstrukturering',
    ].join('\n');
    assert.deepEqual(findings({ 'terms.yaml': text }), []);
  });

  test('an explanation without a source is term-unsourced', () => {
    const text = ['- term: palliativ vård', '  explanation: Vård som lindrar lidande.'].join('\n');
    assert.deepEqual(findings({ 'terms.yaml': text }), [['term-unsourced', 2]]);
  });

  test('the same abbreviation in another case, or the same term, is term-duplicate', () => {
    const text = [
      '- abbreviation: MDK',
      '  term: multidisciplinär konferens',
      sourced,
      '- term: Multidisciplinär konferens',
    ].join('\n');
    assert.deepEqual(findings({ 'terms.yaml': text }), [['term-duplicate', 4]]);
  });
});

describe('the site’s own lists', () => {
  const result = validate(ROOT);
  const model = result.model;
  test('validate without errors', () => {
    assert.deepEqual(
      result.issues.filter((i) => i.severity === 'error').map((i) => i.code),
      [],
    );
  });
  test('hold SCB’s 21 counties and 290 municipalities', () => {
    assert.equal(model.places?.counties.length, 21);
    assert.equal(model.places?.counties.flatMap((c) => c.municipalities).length, 290);
  });
  test('split Halland between syd and vast, as its sources do', () => {
    const halland = model.places?.counties.find((c) => c.code === '13');
    assert.deepEqual(
      halland?.split?.parts.map((p) => [p.healthcareRegion, p.municipalities]),
      [
        ['syd', ['1315', '1380', '1381']],
        ['vast', ['1382', '1383', '1384']],
      ],
    );
  });
  test('explain no term without a source', () => {
    for (const term of model.terms ?? []) if (term.explanation) assert.ok(term.explanationSources?.length, term.term);
  });
});
