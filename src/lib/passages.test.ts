import assert from 'node:assert/strict';
import { test } from 'node:test';
import { model, plan } from '../../tests/support/model.ts';
import { chapterHeading, planPassages, proseText } from './passages.ts';

test('prose as a reader sees it: text and code, no marks, addresses or footnote markers, blocks apart', () => {
  const body = [
    'Vården ska vara *jämlik* och [nära](https://example.org/a) `SVF`.[^1]',
    '',
    '- en punkt',
    '- en till',
    '',
    '| Rubrik | Värde |',
    '|---|---|',
    '| cell | 12 |',
    '',
    '## Underrubrik',
    '',
    'Rad ett  ',
    'rad två',
    '',
    '[^1]: En fotnot.',
  ].join('\n');
  assert.equal(
    proseText(body),
    'Vården ska vara jämlik och nära SVF. en punkt en till Rubrik Värde cell 12 Underrubrik Rad ett rad två En fotnot.',
  );
  assert.equal(proseText('\n\n'), '');
});

test('passages: the introduction, then each chapter with text, with the anchors the plan page gives them', () => {
  const norr = plan('norr-2022-2024', 'norr', {
    introFile: 'n/inledning.mdx',
    introTitle: 'Inledning',
    chapters: [
      { id: 'forst', plan: 'norr-2022-2024', file: 'n/forst.mdx', title: 'Först', number: '1', order: 1, areas: {} },
      { id: 'tom', plan: 'norr-2022-2024', file: 'n/tom.mdx', title: 'Tom', order: 2, areas: {} },
      { id: 'sist', plan: 'norr-2022-2024', file: 'n/sist.mdx', title: 'Sist', order: 3, areas: {} },
    ],
  });
  // A draft (no adoption decision) is not published, so its text is not searchable.
  const draft = plan('syd-2026-2028', 'syd', {
    adoption: [],
    chapters: [{ id: 'k1', plan: 'syd-2026-2028', file: 's/k1.mdx', title: 'Utkast', order: 1, areas: {} }],
  });
  const bodies = new Map([
    ['n/inledning.mdx', 'Inledande text.'],
    ['n/forst.mdx', 'Första kapitlets text.'],
    ['n/tom.mdx', '  \n'],
    ['n/sist.mdx', 'Sista kapitlets text.'],
    ['s/k1.mdx', 'Utkastets text.'],
  ]);
  const passages = planPassages(model([norr, draft]), bodies);
  assert.deepEqual(
    passages.map((p) => [p.plan, p.chapter, p.anchor, p.heading, p.text]),
    [
      ['norr-2022-2024', null, 'inledning', 'Inledning', 'Inledande text.'],
      ['norr-2022-2024', 'forst', 'kapitel-forst', '1. Först', 'Första kapitlets text.'],
      ['norr-2022-2024', 'sist', 'kapitel-sist', 'Sist', 'Sista kapitlets text.'],
    ],
  );
});

test("a chapter's heading has the plan's number when it has one", () => {
  assert.equal(chapterHeading({ number: '3', title: 'Kunskapsstyrning' }), '3. Kunskapsstyrning');
  assert.equal(chapterHeading({ title: 'God palliativ vård' }), 'God palliativ vård');
});
