// Plan prose (.mdx files that the MDX policy keeps to Markdown) goes through Astro's Markdown pipeline
// (docs/adr/0008-prose-through-markdown.md). One build of the base fixture with the escapes case from
// tests/fixtures/valid/ shows what a reader gets from characters MDX treats specially, and that the build
// log has no warning nobody has explained.
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildSite } from '../support/build.ts';

const project = join(import.meta.dirname, '..', '..');
const CHAPTER = 'plans/norr-2022-2024/kapitel/patienter-och-narstaende.mdx';

/**
 * Warnings a build may log, each with the reason it is harmless. Anything else in the log is a failure, so
 * a new warning is either fixed or explained here.
 */
const EXPLAINED_WARNINGS: { pattern: RegExp; why: string }[] = [
  {
    pattern: /\[content\] The collection "redirects" does not exist or is empty/,
    why: 'Astro warns about every empty collection; content/redirects.yaml is empty (or absent) until a goal id is renamed.',
  },
];

/** The log's warning lines that no entry of EXPLAINED_WARNINGS accounts for. */
function unexplainedWarnings(log: string): string[] {
  return log
    .split('\n')
    .filter((line) => /\[WARN\]|\bwarning\b/i.test(line))
    .filter((line) => !EXPLAINED_WARNINGS.some((w) => w.pattern.test(line)));
}

let root = '';
let out = '';
let log = '';
let page = '';

before(() => {
  root = mkdtempSync(join(tmpdir(), 'rcp-prose-'));
  out = mkdtempSync(join(tmpdir(), 'rcp-prose-out-'));
  cpSync(join(project, 'tests', 'fixtures', 'base'), root, { recursive: true });
  cpSync(join(project, 'tests', 'fixtures', 'valid', 'mdx-escapes'), root, { recursive: true });
  // CommonMark: four spaces of indent after a blank line make a code block (MDX would make a paragraph).
  appendFileSync(join(root, CHAPTER), '\nFöre.\n\n    indraget med fyra blanksteg\n\nEfter: a < b.\n');
  const result = buildSite({ root, out });
  log = result.log;
  assert.equal(result.status, 0, log);
  page = readFileSync(join(out, 'planer', 'norr-2022-2024', 'index.html'), 'utf8');
});

after(() => {
  for (const dir of [root, out]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('chapter prose rendered as Markdown', () => {
  test('escaped braces and angle brackets are text, never markup', () => {
    assert.match(
      page,
      /<p>Klamrar och vinkelparenteser som tecken: \{ 2022 \+ 2 \}, a &lt; b, &lt;br\/&gt; och &lt;script&gt;\. Jämförelser som a &gt; b går bra\.<\/p>/,
    );
    assert.match(page, /<p>Efter: a &lt; b\.<\/p>/);
  });

  test('code spans and fenced code show their markup as text', () => {
    assert.match(page, /<code>&lt;span onclick="x"&gt;<\/code>/);
    assert.match(page, /<pre><code class="language-html">&lt;script&gt;alert\('\{inte kod\}'\)&lt;\/script&gt;/);
    assert.match(page, /<pre><code>export const antal = \{43\}\n<\/code><\/pre>/);
    assert.match(page, /<pre><code>indraget med fyra blanksteg\n<\/code><\/pre>/);
  });

  test('no script, frame or javascript: link reaches the page from prose', () => {
    const prose = page.slice(page.indexOf('Klamrar'), page.indexOf('</article>'));
    assert.doesNotMatch(prose, /<(script|iframe)\b|href="javascript:|<[^>]*\son\w+=/i);
  });

  test('links (with titles), footnotes in Swedish and aligned table cells', () => {
    assert.match(page, /<a href="https:\/\/cancercentrum\.se\/norr\/">RCC Norr<\/a>/);
    // Images are refused by the check (mdx-image); a link to a file is only a link.
    assert.match(page, /<a href="\/bilder\/diagram\.png" title="Andel per region">Diagram över andelen<\/a>/);
    assert.doesNotMatch(page, /<img\b/);
    assert.match(page, /<h3 class="sr-only" id="fn-patienter-och-narstaende-rubrik">Fotnoter<\/h3>/);
    assert.match(page, /<td class="align-right">90 %<\/td>/);
  });
});

test('the build log has no unexplained warnings (no MDX module is bundled)', () => {
  assert.deepEqual(unexplainedWarnings(log), []);
  assert.doesNotMatch(log, /\.mdx\?astroPropagatedAssets|MODULE_LEVEL_DIRECTIVE/);
});

test('a warning nobody explained is reported', () => {
  const lines = unexplainedWarnings(
    '12:00:00 [WARN] [vite] something new\n12:00:01 [WARN] [content] The collection "redirects" does not exist or is empty.',
  );
  assert.deepEqual(lines, ['12:00:00 [WARN] [vite] something new']);
});
