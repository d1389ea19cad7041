import { expect, test } from '@playwright/test';

// The crawl covers every page; this runs the search itself (WebAssembly, workers, fetched index
// fragments) under the same policy, which pages without a query never exercise.
test('searching runs within the Content-Security-Policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(`pageerror: ${e.message}`));
  await page.goto('/sok/?q=screening');
  // The page's first search also loads the index and the word list.
  await expect(page.locator('a[href="/mal/norr22-lungcancerscreening-forstudie/"]').first()).toBeVisible({
    timeout: 20_000,
  });
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).not.toContain('unsafe-inline');
  expect(violations).toEqual([]);
});

test('the policy really blocks what it should: an injected inline script does not run', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/');
  // Simulates injected markup: a parser-inserted inline script is refused and reported.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe>');
    const s = document.createElement('script');
    s.textContent = 'window.pwned = 1';
    document.body.append(s);
  });
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(violations.length).toBeGreaterThan(0);
});
