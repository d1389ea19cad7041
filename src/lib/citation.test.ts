import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citation } from './citation.ts';

const goal = { id: 'norr22-cancergenetik', text: 'Det ska finnas en ökad kännedom.' };
const plan = { title: 'Cancerplan för norra sjukvårdsregionen 2022–2024' };

test('with the site’s address known, the citation gives the goal’s absolute address', () => {
  const c = citation(
    goal,
    'Mål',
    plan,
    'RCC Norr',
    'Regionala cancerplaner',
    new URL('https://cancerplaner.example.se/'),
  );
  assert.equal(c.address, 'https://cancerplaner.example.se/mal/norr22-cancergenetik/');
  assert.equal(c.absolute, true);
  assert.equal(
    c.text,
    'RCC Norr. Cancerplan för norra sjukvårdsregionen 2022–2024. Mål: ”Det ska finnas en ökad kännedom.” Hämtad från https://cancerplaner.example.se/mal/norr22-cancergenetik/',
  );
  assert.equal(
    citation(goal, 'Mål 2:1', plan, 'RCC Norr', 'X', 'https://a.example/').address,
    'https://a.example/mal/norr22-cancergenetik/',
  );
});

test('without it, the citation names the site and the page, not a relative address as a source', () => {
  const c = citation(goal, 'Mål 2:1', plan, 'RCC Norr', 'Regionala cancerplaner', undefined);
  assert.equal(c.absolute, false);
  assert.equal(c.address, '/mal/norr22-cancergenetik/');
  assert.doesNotMatch(c.text, /Hämtad från \//);
  assert.match(
    c.text,
    /Mål 2:1: ”Det ska finnas en ökad kännedom\.” Från webbplatsen Regionala cancerplaner, sidan \/mal\/norr22-cancergenetik\/\.$/,
  );
});
