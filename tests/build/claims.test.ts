// Each claim the site makes about a plan or about itself stands on a field of content: remove the field
// and the claim goes. The small base fixture is built twice, once with every support and once with each
// support removed: an open-ended plan's confirmation ("Gäller"), its framework link, and the publisher,
// contact and licence in content/site.yaml (/om/, the accessibility statement, the DCAT catalogue).
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildSite } from '../support/build.ts';

const project = join(import.meta.dirname, '..', '..');
const temps: string[] = [];
after(() => {
  temps.forEach((d) => rmSync(d, { recursive: true, force: true }));
});
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};

function build(root: string): string {
  const out = temp('rcp-claims-out-');
  const result = buildSite({ root, out });
  assert.equal(result.status, 0, result.log);
  return out;
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** An open-ended Syd plan of 2026, with or without the fields that support its claims. */
function openEndedPlan(supported: boolean): string {
  return [
    'region: syd',
    'title: Regional cancerplan 2026 och framåt',
    'period:',
    '  from: 2026',
    '  to: null',
    'adoption:',
    '  - body: Södra regionvårdsnämnden',
    '    date: "2025-12-01"',
    ...(supported ? ['confirmedInForce: "2026-05"'] : []),
    'source:',
    '  title: Nyhet om planen',
    '  url: https://cancercentrum.se/syd/',
    ...(supported
      ? ['follows:', '  - nationella-cancerstrategin', 'followsAssessed:', '  - nationella-cancerstrategin']
      : []),
    'levels:',
    '  chapter: kapitel',
    '  goal: mål',
    'columns:',
    '  - key: goal',
    '    label: Mål',
    'status: not-transcribed',
    'statusNote: Planens mål är inte överförda.',
    '',
  ].join('\n');
}

function content(supported: boolean): string {
  const root = temp('rcp-claims-');
  cpSync(join(project, 'tests', 'fixtures', 'base'), root, { recursive: true });
  mkdirSync(join(root, 'plans', 'syd-2026'));
  writeFileSync(join(root, 'plans', 'syd-2026', 'plan.yaml'), openEndedPlan(supported));
  // The base fixture's site.yaml gives publisher, contact and licence; the unsupported copy only the date.
  if (!supported) writeFileSync(join(root, 'content', 'site.yaml'), 'sourcesChecked: "2026-06-01"\n');
  return root;
}

describe('claims and their support', () => {
  let withSupport = '';
  let without = '';
  before(() => {
    withSupport = build(content(true));
    without = build(content(false));
  });
  const read = (out: string, path: string) => readFileSync(join(out, path), 'utf8');

  test('"Gäller" for an open-ended plan needs a source saying it applies', () => {
    const supported = text(read(withSupport, 'planer/syd-2026/index.html'));
    assert.match(supported, /Gäller Planen gäller från 2026 och tills vidare, enligt en källa från 2026-05\./);
    const unsupported = text(read(without, 'planer/syd-2026/index.html'));
    assert.doesNotMatch(unsupported, /\bGäller\b/);
    assert.match(unsupported, /Oklart om den gäller .*ingen källa säger att den gäller i dag/);
    const state = (out: string) =>
      JSON.parse(read(out, 'data/plans.json')).plans.find((p: { id: string }) => p.id === 'syd-2026').lifecycle.state;
    assert.equal(state(withSupport), 'in-force');
    assert.equal(state(without), 'unconfirmed');
    // The day the sources were searched comes from content, not from git or the clock.
    assert.match(unsupported, /Någon senare plan har inte hittats \(sökt 2026-06-01\)\./);
  });

  test('a framework link is shown only with a follows entry, marked when it is the site’s assessment', () => {
    const link = /href="\/planer\/syd-2026\/"[^<]*<\/a>\s*<span class="meta"> \(kopplingen är webbplatsens bedömning/;
    assert.match(read(withSupport, 'ramverk/nationella-cancerstrategin/index.html'), link);
    assert.doesNotMatch(read(without, 'ramverk/nationella-cancerstrategin/index.html'), /\/planer\/syd-2026\//);
    // On the coverage page: a column with the note under its table, or named among the followers, marked.
    assert.match(
      text(read(withSupport, 'tackning/index.html')),
      /Att Syd 2026 och framåt följer [^.]* är webbplatsens bedömning|Följer ramverket[^.]*: [^.]*Syd 2026 och framåt \(enligt webbplatsens bedömning\)/,
    );
    assert.doesNotMatch(text(read(without, 'tackning/index.html')), /Följer ramverket[^.]*Syd 2026/);
  });

  test('publisher, contact and licence appear only when content/site.yaml gives them', () => {
    const about = text(read(withSupport, 'om/index.html'));
    assert.match(about, /Utgivare Testredaktionen/);
    assert.match(read(withSupport, 'om/index.html'), /href="mailto:redaktionen@example\.se"/);
    assert.match(read(withSupport, 'tillganglighet/index.html'), /href="mailto:redaktionen@example\.se"/);
    const rdf = read(withSupport, 'data/katalog.rdf');
    assert.match(rdf, /<foaf:name xml:lang="sv">Testredaktionen<\/foaf:name>/);
    assert.match(rdf, /<vcard:hasEmail rdf:resource="mailto:redaktionen@example\.se"\/>/);
    assert.match(rdf, /<dcterms:license rdf:resource="https:\/\/creativecommons\.org\/publicdomain\/zero\/1\.0\/"\/>/);

    const bare = text(read(without, 'om/index.html'));
    assert.match(bare, /Ingen utgivare är angiven ännu\. Kontakt Ingen kontaktväg är angiven ännu\./);
    assert.match(bare, /Ingen licens är angiven ännu\./);
    const statement = text(read(without, 'tillganglighet/index.html'));
    assert.doesNotMatch(statement, /mailto|kontakta oss|se nedan/);
    assert.match(statement, /ingen kontaktväg för synpunkter angiven/);
    const bareRdf = read(without, 'data/katalog.rdf');
    assert.doesNotMatch(bareRdf, /Testredaktionen|hasEmail|dcterms:license/);
    assert.match(bareRdf, /Ingen licens för webbplatsens sammanställning/);
  });
});
