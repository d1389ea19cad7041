import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Browsers cannot be downloaded on our machines: use Debian's Chromium when it is there, else
// Playwright's own (as installed by `npx playwright install` elsewhere, e.g. GitHub Actions). Debian's
// headless shell first: it is the build Playwright itself runs headless tests in, and in it the browser
// tests take half the time on a 2-core machine (bench/RESULTS.md).
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find(
  (path): path is string => !!path && existsSync(path),
);

// The tests serve the site on a free port of their own and never reuse a server that happens to listen:
// the port is chosen once by the runner and inherited by its workers through the environment.
function freePort(): number {
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
    ],
    { encoding: 'utf8' },
  );
  const port = Number(probe.stdout.trim());
  if (!Number.isInteger(port) || port <= 0) throw new Error(`Could not find a free port: ${probe.stderr}`);
  return port;
}
process.env.E2E_PORT ??= String(freePort());
const PORT = Number(process.env.E2E_PORT);
// The paged site (tests/e2e/paged-site.ts) gets a second port of its own.
if (!process.env.E2E_PAGED_PORT) {
  let paged = freePort();
  while (paged === PORT) paged = freePort();
  process.env.E2E_PAGED_PORT = String(paged);
}
const PAGED_PORT = Number(process.env.E2E_PAGED_PORT);
// The site built for an address with a path (tests/e2e/sub-path-site.ts) gets a third.
if (!process.env.E2E_SUB_PATH_PORT) {
  let port = freePort();
  while (port === PORT || port === PAGED_PORT) port = freePort();
  process.env.E2E_SUB_PATH_PORT = String(port);
}
const SUB_PATH_PORT = Number(process.env.E2E_SUB_PATH_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'sv-SE',
    // A worker's tests share one browser context, which Playwright resets between tests (cookies, storage,
    // cache, init scripts, routes, extra pages, viewport), instead of a new one per test: the browser tests
    // took 153–163 s instead of 181–191 s, and a sixth less CPU, on a 2-core machine (bench/RESULTS.md). What
    // the reset keeps is the page's history, so a test that goes back checks where it lands (search.spec.ts).
    reuseContext: true,
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    // The built site in dist/ (run `npm run build` first; `npm test` does).
    {
      command: `node scripts/serve.ts --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    // The real content built for https://example.invalid/cancerplaner/ and served under /cancerplaner/ only.
    {
      command: `node tests/e2e/sub-path-site.ts --port ${SUB_PATH_PORT}`,
      url: `http://127.0.0.1:${SUB_PATH_PORT}/cancerplaner/`,
      // SIGTERM, so that it removes its temporary folder (a kill left about 15 MB in the temp folder per run).
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      reuseExistingServer: false,
      timeout: 300_000,
    },
    // A small site with a small page, whose lists are paged (tests/e2e/paged.spec.ts): built first.
    {
      command: `node tests/e2e/paged-site.ts --port ${PAGED_PORT}`,
      url: `http://127.0.0.1:${PAGED_PORT}/`,
      // SIGTERM, so that it removes its temporary folder (a kill left about 15 MB in the temp folder per run).
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      reuseExistingServer: false,
      timeout: 300_000,
    },
  ],
});
