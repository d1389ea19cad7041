import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalogRdf } from './dcat.ts';

const rdf = catalogRdf({ site: 'https://example.se/', modified: '2026-12-02', goals: 46, plans: 12 });

test('the catalogue describes both datasets with their distributions, absolute with SITE_URL', () => {
  assert.match(rdf, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<rdf:RDF/);
  assert.match(rdf, /<dcat:Catalog rdf:about="https:\/\/example\.se\/data\/katalog\.rdf">/);
  assert.equal(rdf.match(/<dcat:Dataset /g)?.length, 2);
  for (const file of ['plans.json', 'plans.csv', 'goals.json', 'goals.csv']) {
    assert.match(
      rdf,
      new RegExp(`<dcat:Distribution rdf:about="https://example\\.se/data/${file.replace('.', '\\.')}">`),
      file,
    );
    assert.match(
      rdf,
      new RegExp(`<dcat:downloadURL rdf:resource="https://example\\.se/data/${file.replace('.', '\\.')}"/>`),
      file,
    );
  }
  assert.match(rdf, /Alla 46 mål/);
  assert.match(rdf, /Alla 12 planversioner/);
  assert.match(
    rdf,
    /<dcterms:modified rdf:datatype="http:\/\/www\.w3\.org\/2001\/XMLSchema#date">2026-12-02<\/dcterms:modified>/,
  );
  assert.match(rdf, /file-type\/JSON"\/>/);
  assert.match(rdf, /data-theme\/HEAL"\/>/);
});

test('every element opened is closed (well-formed), and nothing is left unescaped', () => {
  const stack: string[] = [];
  for (const [, close, name, self] of rdf.matchAll(/<(\/?)([a-zA-Z:]+)[^>]*?(\/?)>/g)) {
    if (name === 'xml') continue;
    if (self) continue;
    if (close) assert.equal(stack.pop(), name);
    else stack.push(name);
  }
  assert.deepEqual(stack, []);
  assert.doesNotMatch(rdf.replace(/&(amp|lt|gt|quot);/g, ''), /&/);
});

test('without SITE_URL the addresses are relative to the catalogue', () => {
  const relative = catalogRdf({ modified: '2022', goals: 1, plans: 1 });
  assert.match(relative, /<dcat:Catalog rdf:about="\/data\/katalog\.rdf">/);
  assert.match(relative, /XMLSchema#gYear">2022</);
});
