import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Term } from '../schemas/index.ts';
import { abbreviate, abbreviateHtml, abbreviationsOf, type Piece } from './abbreviations.ts';

const source = [{ plan: 'norr-2022-2024', quote: 'Citat.' }];
const terms: Term[] = [
  { abbreviation: 'SVF', term: 'standardiserat vårdförlopp', termSources: source },
  { abbreviation: 'PREM', term: 'Patient Reported Experience Measures', termSources: source },
  { abbreviation: 'CC', term: 'Cancer Center', termSources: source },
  { abbreviation: 'CCC', term: 'Comprehensive Cancer Center', termSources: source },
  // No abbreviation, or no source for the written-out form: nothing to mark.
  { term: 'RCC i samverkan', explanation: 'Förklaring.', explanationSources: source },
  { abbreviation: 'XYZ', term: 'utan källa' },
];
const list = abbreviationsOf(terms);
const names = (pieces: Piece[]) => pieces.flatMap((p) => (typeof p === 'string' ? [] : [p.abbreviation]));
const joined = (pieces: Piece[]) => pieces.map((p) => (typeof p === 'string' ? p : p.abbreviation)).join('');

test('only abbreviations whose written-out form has a source are marked, linked to the glossary', () => {
  assert.deepEqual(
    list.map((a) => a.abbreviation),
    ['SVF', 'PREM', 'CC', 'CCC'],
  );
  assert.deepEqual(list[0], { abbreviation: 'SVF', title: 'standardiserat vårdförlopp', href: '/ord/#svf' });
});

test('the first use of each is marked, in a hyphenated word too; the text is unchanged', () => {
  const seen = new Set<string>();
  const text = 'Årlig SVF-PREM-mätning enligt SVF, som CCC (Comprehensive Cancer Center) eller CC.';
  const pieces = abbreviate(text, list, seen);
  assert.equal(joined(pieces), text);
  assert.deepEqual(names(pieces), ['SVF', 'PREM', 'CCC', 'CC']);
  // Not inside other words, not in lower case.
  assert.deepEqual(names(abbreviate('SVFX och svf och ASVF', list, new Set())), []);
});

test('once per page: a later text on the same page leaves what was marked plain', () => {
  const seen = new Set<string>();
  abbreviate('Enligt SVF.', list, seen);
  const later = abbreviate('SVF och PREM.', list, seen);
  assert.deepEqual(names(later), ['PREM']);
  assert.deepEqual([...seen], ['SVF', 'PREM']);
});

test('in rendered prose, text only: never inside a link, code or a tag', () => {
  const seen = new Set<string>();
  const html =
    '<p><a href="/x/?SVF">Om SVF</a> och <code>SVF</code> <em>enligt SVF</em> och SVF.</p><p class="SVF">PREM</p>';
  assert.equal(
    abbreviateHtml(html, list, seen),
    '<p><a href="/x/?SVF">Om SVF</a> och <code>SVF</code> <em>enligt <a class="term" href="/ord/#svf"><abbr title="standardiserat vårdförlopp">SVF</abbr></a></em> och SVF.</p>' +
      '<p class="SVF"><a class="term" href="/ord/#prem"><abbr title="Patient Reported Experience Measures">PREM</abbr></a></p>',
  );
});
