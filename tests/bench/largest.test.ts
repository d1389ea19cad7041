// The bench's largest page per page type (bench/report.ts), on a small made-up dist/ folder: every page
// is gzipped, paged lists count with their list, and a page over the budget is reported as a missed target.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { emptyScaleResult, largestPerRoute, pageRoute, report, type ScaleResult } from '../../bench/report.ts';
import { PAGE_BUDGET_BYTES } from '../../src/lib/paging.ts';

const dist = mkdtempSync(join(tmpdir(), 'rcp-largest-'));
after(() => rmSync(dist, { recursive: true, force: true }));
const page = (path: string, body: string | Buffer) => {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), body);
};

test('a built address belongs to its route, a paged list page to its list', () => {
  assert.equal(pageRoute('/ansvariga/rcc-norr/'), '/ansvariga/[owner]/');
  assert.equal(pageRoute('/ansvariga/rcc-norr/sida/3/'), '/ansvariga/[owner]/');
  assert.equal(pageRoute('/ramverk/vf/prevention/sida/2/'), '/ramverk/[direction]/[area]/');
  assert.equal(pageRoute('/ramverk/vf/'), '/ramverk/[direction]/');
  assert.equal(pageRoute('/ramverk/'), '/ramverk/');
  assert.equal(pageRoute('/tackning/sida/2/'), '/tackning/');
  assert.equal(pageRoute('/ar/2024/'), '/ar/[year]/');
});

test('the largest gzipped page per route, and the budget target', () => {
  page('ar/2024', '<p>kort</p>');
  // Random bytes do not compress: this page is over the budget gzipped too.
  page('ar/2024/sida/2', randomBytes(PAGE_BUDGET_BYTES + 1000).toString('base64'));
  page('tackning', '<p>täckning</p>');
  page('pagefind', 'not a page');
  const largest = largestPerRoute(dist);
  assert.deepEqual(
    largest.map((l) => [l.route, l.pages, l.path]),
    [
      ['/ar/[year]/', 2, '/ar/2024/sida/2/'],
      ['/tackning/', 1, '/tackning/'],
    ],
  );
  assert.ok(largest[0].html > PAGE_BUDGET_BYTES);
  const content = { factor: 100, regions: 0, owners: 0, plans: 0, goals: 0, chapters: 0, redirects: 0 };
  const result: ScaleResult = { ...emptyScaleResult(100, 1, content), pages: 4, largest };
  const { markdown, targets } = report([result], {});
  assert.match(markdown, /\| `\/ar\/\[year\]\/` \| [\d.]+ KiB \*\*over\*\* \(2\) \|/);
  const target = targets.find((t) => t.target.startsWith('No page over 150 KB'));
  assert.equal(target?.met, false);
  assert.match(target?.measured ?? '', /\/ar\/2024\/sida\/2\//);
});
