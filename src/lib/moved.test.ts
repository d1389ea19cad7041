import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goal, model, plan } from '../../tests/support/model.ts';
import { inSitemap, movedIds, movedPaths } from './moved.ts';

const norr = plan('norr-2022-2024', 'norr', { goals: [goal('norr-2022-2024', 'n22-a')] });
const m = {
  ...model([norr]),
  redirects: [
    { from: 'n22-gammal', to: 'n22-a' },
    { from: 'norr-gammal', to: 'norr-2022-2024' },
    { from: 'n22-struket', to: 'norr-2022-2024', removed: true },
    // "removed" names the plan the goal stood in; one that names a goal is refused by the check, and no page.
    { from: 'n22-fel', to: 'n22-a', removed: true },
    // Leads to nothing this build publishes (a draft's goal, say): no page, so neither list has it.
    { from: 'x-gammal', to: 'x-utkast' },
  ],
};

test("an old id is a goal's or a plan's by what it leads to", () => {
  assert.deepEqual(movedIds(m), {
    goals: [{ from: 'n22-gammal', to: 'n22-a' }],
    plans: [{ from: 'norr-gammal', to: 'norr-2022-2024' }],
    removed: [{ from: 'n22-struket', to: 'norr-2022-2024' }],
  });
  assert.deepEqual([...movedPaths(movedIds(m))], ['/mal/n22-gammal/', '/mal/n22-struket/', '/planer/norr-gammal/']);
});

test('the sitemap keeps pages with content and leaves out 404, the editor and old addresses', () => {
  const moved = movedPaths(movedIds(m));
  const at = (base: string, path: string) => inSitemap(`https://example.invalid${base}${path}`, base, moved);
  for (const base of ['/', '/cancerplaner/']) {
    assert.equal(at(base, ''), true);
    assert.equal(at(base, 'mal/n22-a/'), true);
    assert.equal(at(base, 'planer/norr-2022-2024/'), true);
    assert.equal(at(base, 'mal/n22-gammal/'), false);
    assert.equal(at(base, 'planer/norr-gammal/'), false);
    assert.equal(at(base, 'mal/n22-struket/'), false);
    assert.equal(at(base, '404/'), false);
    assert.equal(at(base, 'redigera/'), false);
  }
  // An old goal id is not an old plan address, and a page outside the base is never listed.
  assert.equal(at('/', 'planer/n22-gammal/'), true);
  assert.equal(inSitemap('https://example.invalid/annat/om/', '/cancerplaner/', moved), false);
});
