// `node bench/editor.ts [--factors 1,100]`: what the browser editor (/redigera/) costs: the bytes its page
// loads (page, start script, Decap's bundle and chunks, config.yml) and the time from opening it to a plan's
// goal list shown, against decap-server in a temporary repository of 1× and 100× content
// (bench/generate.ts). Run `npm run build` first. Prints one Markdown table row per factor.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { cmsConfigText } from '../src/lib/cms-config.ts';
import { validate } from '../src/lib/validate/index.ts';
import { startEditor } from '../tests/e2e/editor-backend.ts';

const project = join(import.meta.dirname, '..');
const dist = join(project, 'dist');
const { values } = parseArgs({ options: { factors: { type: 'string', default: '1,100' } } });

/**
 * Bytes the editor page needs before any chunk is loaded lazily: the page, its script and stylesheet,
 * Decap's main bundle.
 */
function pageBytes(): { page: number; gzipped: number; all: number } {
  const html = readFileSync(join(dist, 'redigera', 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(_astro\/[^"]+\.(?:js|css))"/g)].map((m) => join(dist, m[1]));
  const own = Buffer.byteLength(html) + files.reduce((sum, file) => sum + statSync(file).size, 0);
  const gzipped = [join(dist, 'redigera', 'index.html'), ...files, join(dist, 'redigera', 'decap-cms.js')]
    .map((file) => gzipSync(readFileSync(file)).length)
    .reduce((a, b) => a + b, 0);
  const editor = readdirSync(join(dist, 'redigera')).filter((n) => n.endsWith('.js'));
  const main = statSync(join(dist, 'redigera', 'decap-cms.js')).size;
  const all = editor.reduce((sum, n) => sum + statSync(join(dist, 'redigera', n)).size, 0);
  return { page: own + main, gzipped, all: own + all };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

console.log(
  '| content | config.yml | page + start script and stylesheet + Decap bundle (gzipped) | with every chunk | open goal list (median of 3) |',
);
console.log('| --- | --- | --- | --- | --- |');
for (const factor of values.factors.split(',').map(Number)) {
  const root = mkdtempSync(join(tmpdir(), 'rcp-bench-editor-'));
  let source = project;
  if (factor > 1) {
    source = join(root, 'content');
    const made = spawnSync(
      process.execPath,
      [join(project, 'bench', 'generate.ts'), '--factor', String(factor), '--out', source],
      { encoding: 'utf8' },
    );
    if (made.status !== 0) throw new Error(made.stderr);
  }
  const editor = await startEditor({ contentFrom: source });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const times: number[] = [];
  const configBytes = Buffer.byteLength(cmsConfigText(validate(source).model));
  try {
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage();
      page.setDefaultTimeout(120_000);
      await page.goto(editor.url);
      await page.getByRole('button', { name: 'Logga in' }).click();
      const start = performance.now();
      await page.goto(`${editor.url}#/collections/goals/entries/norr-2022-2024`);
      await page.getByText('norr22-cancergenetik:').first().waitFor({ timeout: 120_000 });
      times.push(performance.now() - start);
      await page.close();
    }
  } finally {
    await browser.close();
    editor.stop();
    rmSync(root, { recursive: true, force: true });
  }
  const median = times.sort((a, b) => a - b)[1];
  const bytes = pageBytes();
  console.log(
    `| ${factor}× | ${kb(configBytes)} | ${kb(bytes.page)} (${kb(bytes.gzipped)}) | ${kb(bytes.all)} | ${(median / 1000).toFixed(2)} s |`,
  );
}
