import { expect, test } from '@playwright/test';

test('start page lists all six regions with their plan versions', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regionala cancerplaner');
  await expect(page.locator('section.region h2')).toHaveCount(6);
  const norr = page.locator('section.region', { hasText: 'Norra sjukvårdsregionen' });
  await expect(norr.getByRole('link', { name: 'Cancerplan för norra sjukvårdsregionen 2022–2024' })).toBeVisible();
  await expect(norr).toContainText('43 mål');
});

test('plan page shows every Norr goal with owners and timeframe', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Cancerplan för norra sjukvårdsregionen 2022–2024' }).click();
  await expect(page).toHaveURL(/\/planer\/norr-2022-2024\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cancerplan för norra sjukvårdsregionen 2022–2024');
  const rows = page.locator('table.goals tbody tr');
  await expect(rows).toHaveCount(43);
  await expect(page.locator('table.goals caption').first()).toHaveText('Mål: 1. Prevention och tidig diagnostik');
  const opt = page.locator('#norr22-organiserad-prostatacancertestning');
  // As rendered (innerText): the column names repeated in the cells show only where the table stacks.
  await expect(opt.locator('td').nth(1)).toHaveText(/^Regionerna\s*RCC Norr$/, { useInnerText: true });
  await expect(opt.locator('td').nth(2)).toHaveText('2023', { useInnerText: true });
  // A goal's anchor leads straight to its row.
  await page.goto('/planer/norr-2022-2024/#norr22-biobankning');
  await expect(page.locator('#norr22-biobankning')).toBeInViewport();
});

test('a plan without transcribed goals says so plainly', async ({ page }) => {
  await page.goto('/planer/syd-2023-2025/');
  await expect(page.locator('main')).toContainText('Planens mål finns inte på den här webbplatsen.');
  await expect(page.locator('table.goals')).toHaveCount(0);
});
