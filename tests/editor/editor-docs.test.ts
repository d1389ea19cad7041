// REDIGERA.md, the editors' guide: its rule reference is generated from the rule registry and kept up to
// date, it covers the editors' tasks, and its links and commands lead somewhere.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { DOC, END, main, renderRules, START, STALE_MESSAGE, updateDoc } from '../../scripts/editor-docs.ts';
import { escapeMarkdown } from '../../src/lib/escape-markdown.ts';
import { rule, RULES, type Rule } from '../../src/lib/validate/rules.ts';
import { cleanupTempDirs, REPO, tempDir } from './helpers.ts';
import { runScript } from '../support/run-script.ts';
import { runMain } from '../support/run-main.ts';

after(cleanupTempDirs);

const doc = readFileSync(DOC, 'utf8');
const generated = doc.slice(doc.indexOf(START) + START.length, doc.indexOf(END));

describe('the rule reference in REDIGERA.md', () => {
  test('is up to date with the rule registry (else: npm run docs)', () => {
    assert.ok(doc.includes(START) && doc.includes(END), 'the markers are missing');
    const fresh = `\n${renderRules()}\n`;
    // Not assert.equal: the whole section in the failure would bury the one line that matters.
    const missing = Object.keys(RULES).filter((code) => !generated.includes(`<a id="${code}"></a>`));
    assert.ok(
      generated === fresh,
      `${STALE_MESSAGE}${missing.length > 0 ? ` Saknade regler: ${missing.join(', ')}.` : ''}`,
    );
  });

  test('describes every rule: code, title, severity, example message and fix', () => {
    // Each rule as a plain Rule: its message and fix are called with its own example.
    const rules: [string, Rule][] = Object.entries(RULES);
    assert.ok(rules.length > 0);
    for (const [code, rule] of rules) {
      const at = generated.indexOf(`<a id="${code}"></a>`);
      assert.ok(at >= 0, `no entry for ${code}`);
      const next = generated.indexOf('<a id=', at + 1);
      const entry = generated.slice(at, next < 0 ? undefined : next);
      assert.ok(entry.includes(`#### \`${code}\`: ${escapeMarkdown(rule.title)}`), `${code}: heading`);
      assert.ok(entry.includes(`Ger: ${rule.severity === 'error' ? 'fel' : 'varning'}`), `${code}: severity`);
      assert.ok(entry.includes(`> ${escapeMarkdown(rule.message(rule.example))}`), `${code}: message`);
      assert.ok(entry.includes(`> Åtgärd: ${escapeMarkdown(rule.fix(rule.example))}`), `${code}: fix`);
      assert.ok(generated.includes(`| [\`${code}\`](#${code}) |`), `${code}: not in the table`);
    }
  });

  test('a new rule appears without editing the generator', () => {
    const rules = {
      ...RULES,
      'test-rule': rule({
        severity: 'warning',
        title: 'Provregel',
        message: (p) => `Värdet ${p.value} är *märkligt*.`,
        fix: () => 'Gör något | annat.',
        example: { value: '42' },
      }),
    };
    const out = renderRules(rules);
    assert.match(out, /<a id="test-rule"><\/a>/);
    assert.match(out, /> Värdet 42 är \\\*märkligt\\\*\./, 'Markdown in messages is escaped');
    assert.match(out, /Gör något \\\| annat\./);
    assert.match(out, /\| \[`test-rule`\]\(#test-rule\) \| Provregel \| varning \|/);
  });

  test('`editor-docs.ts --check` passes now and fails on a stale section; writing fixes it', () => {
    const ok = runScript('editor-docs.ts', ['--check']);
    assert.equal(ok.status, 0, ok.stderr);

    const copy = join(tempDir('docs'), 'REDIGERA.md');
    copyFileSync(DOC, copy);
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('Okänd ansvarig', 'Ansvarig saknas'));
    const stale = runMain(main, ['--check', '--file', copy]);
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /npm run docs/);

    const written = runMain(main, ['--file', copy]);
    assert.equal(written.status, 0, written.stderr);
    assert.equal(readFileSync(copy, 'utf8'), doc);
  });

  test('updateDoc keeps the text around the markers and refuses a document without them', () => {
    const text = `före\n${START}\ngammalt\n${END}\nefter\n`;
    assert.equal(updateDoc(text, 'nytt'), `före\n${START}\nnytt\n${END}\nefter\n`);
    assert.throws(() => updateDoc('ingen markering', 'x'), /regler:start/);
    assert.throws(() => updateDoc(`${END}\n${START}`, 'x'), /fel ordning/);
  });
});

describe('REDIGERA.md', () => {
  const guide = doc.slice(0, doc.indexOf(START));

  test("covers the editors' tasks", () => {
    for (const heading of [
      '## Ändra ett mål',
      '## Lägga till ett mål',
      '## Lägga till en ansvarig',
      '## Koppla ett kapitel till ett område',
      '## Ange en lucka',
      '## Påbörja en ny planversion',
      '## Förhandsgranska på din dator',
      '## Vad CI visar i en pull request',
      '## Alla regler som kontrollen använder',
    ]) {
      assert.ok(guide.includes(`\n${heading}\n`), `missing section ${heading}`);
    }
  });

  test('every in-page link leads to a heading or an anchor', () => {
    // GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens.
    const slug = (h: string) =>
      h
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .trim()
        .replace(/\s/g, '-');
    const targets = new Set([
      ...[...doc.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])),
      ...[...doc.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]),
    ]);
    const links = [...doc.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(links.length > 10);
    for (const link of links) assert.ok(targets.has(link), `broken link #${link}`);
  });

  test('every `npm run` command it names exists', () => {
    const scripts = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const named = new Set([...doc.matchAll(/npm run ([a-z][\w:-]*)/g)].map((m) => m[1]));
    for (const name of ['check', 'dev', 'build', 'preview', 'new-plan', 'goals-diff', 'schemas', 'docs']) {
      assert.ok(named.has(name), `REDIGERA.md does not mention npm run ${name}`);
    }
    for (const name of named) assert.ok(name in scripts, `npm run ${name} is not a script`);
  });

  test("is linked from the README's section for editors", () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('## For editors'),
      readme.indexOf('\n## ', readme.indexOf('## For editors') + 1),
    );
    assert.match(section, /\[REDIGERA\.md\]\(REDIGERA\.md\)/);
  });
});
