// The build is a safe gate: invalid content stops `npm run build` and `astro build` alike, with the
// validator's Swedish messages. Also proves what MDX chapters render without extra plugins.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync as makeTemp,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildSite, PROJECT } from '../support/build.ts';
import { cacheDirFor } from '../../src/lib/content-root.ts';
import { pathToFileURL } from 'node:url';

const project = join(import.meta.dirname, '..', '..');
const base = join(project, 'tests', 'fixtures', 'base');
const bin = join(project, 'node_modules', '.bin');
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };

// Every temporary content root and output folder is removed when the file's tests are done.
const temps: string[] = [];
function mkdtempSync(prefix: string): string {
  const dir = makeTemp(prefix);
  temps.push(dir);
  return dir;
}
after(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function fixture(edit: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'rcp-gate-'));
  cpSync(base, root, { recursive: true });
  edit(root);
  return root;
}

function replaceIn(root: string, file: string, from: string, to: string) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  assert.ok(text.includes(from), `${file} contains ${from}`);
  writeFileSync(path, text.replace(from, to));
}

/** A build of `root` into `out`, as the build tests make them (tests/support/build.ts). */
function astroBuild(root: string, out: string, keepCache = false) {
  const { status, log } = buildSite({ root, out, keepCache });
  return { status, output: log };
}

function run(command: string, args: string[], root: string) {
  const result = spawnSync(command, args, {
    cwd: project,
    env: { ...env, CONTENT_ROOT: root },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const GOALS = 'plans/norr-2022-2024/goals.yaml';

/** The environment that has a build append each validation's content root to `file`. */
const tracing = (file: string) => ({
  NODE_OPTIONS: `--import ${pathToFileURL(join(project, 'tests', 'support', 'trace-validations.mjs')).href}`,
  TRACE_VALIDATIONS: file,
});

const CHAPTER = 'plans/norr-2022-2024/kapitel/patienter-och-narstaende.mdx';

/**
 * One valid site shared by the tests that read a valid build (each edit below is one test's case; none
 * touches another's): a chapter with GFM, markup in a goal's text and an owner's name, renamed addresses,
 * a repository to link to for editing, and a trace of the build's validations. Built once, when first read.
 */
let sharedSite: { root: string; out: string; trace: string; log: string } | undefined;
function validSite() {
  if (sharedSite) return sharedSite;
  const root = fixture((r) => {
    const path = join(r, CHAPTER);
    writeFileSync(
      path,
      `${readFileSync(path, 'utf8')}\n| Region | Andel |\n| --- | ---: |\n| Norrbotten | 90 % |\n\nSe planen.[^1] Det gamla målet är ~~struket~~.\n\n[^1]: Fotnotens text.\n\n\`\`\`js\nconst x = 1;\n\`\`\`\n`,
    );
    replaceIn(
      r,
      GOALS,
      'Alla cancerpatienter ska erbjudas kontaktsjuksköterska.',
      '<script>alert("mål")</script> & <b>fet</b>',
    );
    replaceIn(r, 'content/owners.yaml', 'name: RCC Norr', 'name: RCC <img src=x onerror=alert(1)>');
    writeFileSync(
      join(r, 'content', 'redirects.yaml'),
      '- from: norr22-opt\n  to: norr22-organiserad-prostatacancertestning\n- { from: syd-2023-2024, to: syd-2023-2025 }\n',
    );
  });
  const out = mkdtempSync(join(tmpdir(), 'rcp-gate-valid-'));
  const trace = join(mkdtempSync(join(tmpdir(), 'rcp-trace-')), 'validations');
  const result = buildSite({
    root,
    out,
    env: { REPOSITORY_URL: 'https://example.org/rcc/planer', ...tracing(trace) },
  });
  assert.equal(result.status, 0, result.log);
  sharedSite = { root, out, trace, log: result.log };
  return sharedSite;
}
const page = (path: string) => readFileSync(join(validSite().out, path), 'utf8');

test('a YAML syntax error makes `npm run build` exit non-zero with a positioned Swedish error', () => {
  const root = fixture((r) =>
    replaceIn(r, GOALS, '  owners: [norr-regionerna, rcc-norr]', '  owners: [norr-regionerna, rcc-norr'),
  );
  const { status, output } = run('npm', ['run', 'build'], root);
  assert.notEqual(status, 0);
  assert.match(output, /plans\/norr-2022-2024\/goals\.yaml:\d+:\d+ +fel \[yaml-syntax\]/);
  assert.match(output, /Åtgärd:/);
});

/** A refusal of content reads as one: the Swedish report and its last line, no crash report from Astro. */
function assertCleanRefusal(output: string) {
  assert.match(output, /Innehållet har fel; bygget avbryts\. Felen står ovan/);
  assert.doesNotMatch(output, /unhandled error|Stack trace|\n\s+at .+:\d+:\d+\)?\n|\[ERROR\]/i, output);
}

test('`astro build` never reads through a symbolic link: the gate refuses it first', () => {
  // A chapter linked to a file outside the content root, with text that must not be published or printed.
  const outside = mkdtempSync(join(tmpdir(), 'rcp-gate-outside-'));
  const secret = join(outside, 'hemlig.mdx');
  writeFileSync(secret, '---\ntitle: HEMLIG-TEXT-91c2\norder: 2\n---\nHEMLIG-TEXT-91c2\n');
  const root = fixture((r) => {
    rmSync(join(r, CHAPTER));
    symlinkSync(secret, join(r, CHAPTER));
  });
  const out = mkdtempSync(join(tmpdir(), 'rcp-gate-out-'));
  const { status, output } = astroBuild(root, out);
  assert.notEqual(status, 0);
  assert.match(output, /plans\/norr-2022-2024\/kapitel\/patienter-och-narstaende\.mdx:1:1 +fel \[symlink\]/);
  assert.doesNotMatch(output, /HEMLIG-TEXT/);
  assert.deepEqual(readdirSync(out), [], 'nothing is written');
});

test('`astro build` publishes no image from prose: outside, missing and remote ones are refused first', () => {
  // An image outside the content root (once copied verbatim into dist/_astro/), a missing one (once an
  // English stack trace) and a remote one: the gate refuses them all with the Swedish report.
  const outside = mkdtempSync(join(tmpdir(), 'rcp-gate-image-'));
  writeFileSync(
    join(outside, 'hemlig.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"><text>HEMLIG-BILD-5e1</text></svg>',
  );
  const root = fixture((r) => {
    const relative = `${'../'.repeat(5)}${outside.slice(1)}/hemlig.svg`;
    const text = readFileSync(join(r, CHAPTER), 'utf8');
    writeFileSync(
      join(r, CHAPTER),
      `${text}\n![s](${relative})\n\n![k](./bild.png)\n\n![r](https://evil.example/p.png)\n`,
    );
  });
  const out = mkdtempSync(join(tmpdir(), 'rcp-gate-out-'));
  const { status, output } = astroBuild(root, out);
  assert.notEqual(status, 0);
  assert.equal(output.match(/fel \[mdx-image\]/g)?.length, 3, output);
  assert.match(output, /Bilden ".*hemlig\.svg" kan inte visas/);
  assert.doesNotMatch(output, /HEMLIG-BILD|ENOENT|ImageNotFound/);
  assert.deepEqual(readdirSync(out), [], 'nothing is written');
});

test('a chapter renders GFM tables, footnotes (in Swedish) and strikethrough without remark-gfm', () => {
  const html = page('planer/norr-2022-2024/index.html');
  assert.match(html, /<table>\s*<thead>\s*<tr>\s*<th>Region<\/th>/);
  assert.match(html, /<td class="align-right">90 %<\/td>/);
  assert.match(html, /<del>struket<\/del>/);
  assert.match(html, /<h3 class="sr-only" id="fn-patienter-och-narstaende-rubrik">Fotnoter<\/h3>/);
  assert.match(html, /aria-label="Tillbaka till hänvisning 1"/);
  assert.match(html, /<li id="fn-patienter-och-narstaende-not-1">\s*<p>Fotnotens text\./);
  assert.doesNotMatch(html, /Footnotes|Back to reference/);
  // Code blocks come out unhighlighted: highlighting would add inline styles the CSP refuses.
  assert.match(html, /<pre><code[^>]*>const x = 1;/);
  assert.doesNotMatch(html, / style="/);
});

test('with a repository configured, plan, chapter and goal pages link to their source files for editing', () => {
  const plan = page('planer/norr-2022-2024/index.html');
  assert.match(
    plan,
    /href="https:\/\/example\.org\/rcc\/planer\/edit\/main\/plans\/norr-2022-2024\/plan\.yaml">Föreslå ändring/,
  );
  assert.match(
    plan,
    /href="https:\/\/example\.org\/rcc\/planer\/edit\/main\/plans\/norr-2022-2024\/kapitel\/patienter-och-narstaende\.mdx"/,
  );
  // The fixture is copied outside git: no change date is known, so none is shown (a decision date is not one).
  assert.doesNotMatch(plan, /Uppgifterna här ändrades senast|Senast ändrad/);
  const goal = page('mal/norr22-kontaktsjukskoterska/index.html');
  assert.match(
    goal,
    /href="https:\/\/example\.org\/rcc\/planer\/edit\/main\/plans\/norr-2022-2024\/goals\.yaml">Föreslå ändring/,
  );
});

test('goal text, owner names and titles are escaped: markup in data shows as text', () => {
  for (const path of ['mal/norr22-kontaktsjukskoterska/index.html', 'planer/norr-2022-2024/index.html']) {
    const html = page(path);
    assert.match(
      html,
      /&lt;script&gt;alert\((&quot;|")mål(&quot;|")\)&lt;\/script&gt; &amp; &lt;b&gt;fet&lt;\/b&gt;/,
      path,
    );
    // Inside quoted attribute values "<" is inert text; outside them no markup from the data may appear.
    const markup = html.replace(/="[^"]*"/g, '=""');
    assert.doesNotMatch(markup, /<script|<b>fet<\/b>|<img src=x/, path);
  }
  const owner = page('planer/norr-2022-2024/index.html');
  assert.match(owner, /RCC &lt;img src=x onerror=alert\(1\)&gt;/);
});

test('a renamed goal (or plan) keeps its old address, which leads on to the goal (plan)', () => {
  const { out } = validSite();
  const html = readFileSync(join(out, 'mal', 'norr22-opt', 'index.html'), 'utf8');
  assert.match(html, /<meta http-equiv="refresh" content="0; url=\/mal\/norr22-organiserad-prostatacancertestning\/">/);
  assert.match(html, /<a href="\/mal\/norr22-organiserad-prostatacancertestning\/">Organiserad prostatacancertestning/);
  assert.match(html, /<meta name="robots" content="noindex">/);
  const plan = readFileSync(join(out, 'planer', 'syd-2023-2024', 'index.html'), 'utf8');
  assert.match(plan, /<meta http-equiv="refresh" content="0; url=\/planer\/syd-2023-2025\/">/);
  assert.match(plan, /<h1>Planen har fått en ny adress<\/h1>/);
  assert.match(plan, /<meta name="robots" content="noindex">/);
  // An old plan address is no goal address, and the goal redirect made no plan page.
  assert.ok(!existsSync(join(out, 'mal', 'syd-2023-2024')) && !existsSync(join(out, 'planer', 'norr22-opt')));
});

test('invalid content: `npm run build` exits 1 with exactly the report `npm run check` prints, and validates once', () => {
  // Two dangling owner references: every error is reported, each with its position and a suggestion.
  const root = fixture((r) => {
    replaceIn(r, GOALS, 'owners: [norr-regionerna, rcc-norr]', 'owners: [norr-regionerna, rcc-nor]');
    replaceIn(r, GOALS, '  owners: [norr-regionerna]\n', '  owners: [norr-region]\n');
  });
  const check = spawnSync('node', ['scripts/check.ts'], {
    cwd: project,
    env: { ...env, CONTENT_ROOT: root },
    encoding: 'utf8',
  });
  assert.equal(check.status, 1);
  assert.match(check.stdout, /\[unknown-owner\][\s\S]*\[unknown-owner\][\s\S]*\n\n2 fel/);
  const trace = join(mkdtempSync(join(tmpdir(), 'rcp-trace-')), 'validations');
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: project,
    env: { ...env, CONTENT_ROOT: root, ...tracing(trace) },
    encoding: 'utf8',
    timeout: 180_000,
  });
  const output = `${build.stdout}\n${build.stderr}`;
  assert.equal(build.status, 1, output);
  assert.match(output, /plans\/norr-2022-2024\/goals\.yaml:14:\d+ +fel \[unknown-owner\]/);
  assert.match(output, /Menade du "rcc-norr"\?/);
  assertCleanRefusal(output);
  assert.ok(build.stdout.includes(check.stdout), `the build's output holds the check's report:\n${build.stdout}`);
  assert.equal(readFileSync(trace, 'utf8'), `${root}\n`);
});

test('a valid build validates the content exactly once: gate, loader and pages share the result', () => {
  const { root, trace } = validSite();
  assert.equal(readFileSync(trace, 'utf8'), `${root}\n`);
  // The pages were built from that validation: a goal page exists for a goal of the fixture.
  assert.match(page('mal/norr22-organiserad-prostatacancertestning/index.html'), /prostatacancertestning/i);
});

test('builds that switch CONTENT_ROOT do not share Astro’s content cache', () => {
  // Astro keeps a cached MDX entry whose text is unchanged, with the path it was first read from: with one
  // cache for all roots, the second build would render the first root's file, or fail once it is gone.
  const first = fixture(() => {});
  const built = astroBuild(first, mkdtempSync(join(tmpdir(), 'rcp-cache-a-')), true);
  assert.equal(built.status, 0, built.output);
  const second = fixture(() => {});
  rmSync(first, { recursive: true, force: true });
  const out = mkdtempSync(join(tmpdir(), 'rcp-cache-b-'));
  const { status, output } = astroBuild(second, out, true);
  assert.equal(status, 0, output);
  const html = readFileSync(join(out, 'planer', 'norr-2022-2024', 'index.html'), 'utf8');
  assert.match(html, /För både patienten och vården finns det stora vinster/);
  for (const root of [first, second]) rmSync(cacheDirFor(root, PROJECT), { recursive: true, force: true });
});
