// Every YAML example in REDIGERA.md passes the check: an editor who copies one (comments after values
// included) must not get an error for it. Each example is read as the validator reads YAML and checked
// against the schema of the file it belongs in; the new-owner example is also added to a copy of the
// base content and run through the real `npm run check`.
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { z } from 'astro/zod';
import { checkSchema } from '../../src/lib/validate/schema-check.ts';
import { parseYaml, splitFrontmatter } from '../../src/lib/validate/source.ts';
import {
  chapterSchema,
  goalsFileSchema,
  ownersFileSchema,
  planSchema,
  redirectsFileSchema,
  termsFileSchema,
  vocabularyFileSchema,
} from '../../src/schemas/index.ts';
import { siteInfoSchema } from '../../src/schemas/site.ts';
import { buildRoot, cleanupRoots } from '../validator/harness.ts';
import { REPO } from './helpers.ts';
import { runScript } from '../support/run-script.ts';

after(cleanupRoots);

/** The ```yaml blocks of the guide (also those indented in a list), without their indentation. */
function yamlExamples(markdown: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^( *)```yaml\s*$/.exec(lines[i]);
    if (!open) continue;
    const indent = open[1].length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j].trim() !== '```'; j++) body.push(lines[j].slice(indent));
    found.push({ line: i + 1, text: `${body.join('\n')}\n` });
    i = j;
  }
  return found;
}

/** The schema an example is written for, by how it starts; a plan.yaml excerpt is checked field by field. */
function schemaFor(text: string): { name: string; schema: z.ZodType } {
  if (text.startsWith('---')) return { name: 'kapitel', schema: chapterSchema };
  if (/^- id:/.test(text) && /^ {2}chapter:/m.test(text)) return { name: 'mål', schema: goalsFileSchema };
  if (/^- id:/.test(text) && /^ {2}kind:/m.test(text)) return { name: 'ansvarig', schema: ownersFileSchema };
  if (text.startsWith('- word:')) return { name: 'sökord', schema: vocabularyFileSchema };
  if (/^(sourcesChecked|publisher|contact|licence):/m.test(text)) return { name: 'site.yaml', schema: siteInfoSchema };
  if (text.startsWith('- abbreviation:')) return { name: 'ord', schema: termsFileSchema };
  if (text.startsWith('- from:')) return { name: 'omdirigering', schema: redirectsFileSchema };
  return { name: 'plan.yaml (utdrag)', schema: planSchema.partial() };
}

const guide = readFileSync(join(REPO, 'REDIGERA.md'), 'utf8');
const examples = yamlExamples(guide);

describe('the YAML examples in REDIGERA.md', () => {
  test('there are examples to check, of every kind the guide shows', () => {
    const kinds = new Set(examples.map((e) => schemaFor(e.text).name));
    for (const kind of [
      'mål',
      'ansvarig',
      'kapitel',
      'sökord',
      'site.yaml',
      'ord',
      'omdirigering',
      'plan.yaml (utdrag)',
    ])
      assert.ok(kinds.has(kind), kind);
  });

  for (const example of examples) {
    const { name, schema } = schemaFor(example.text);
    test(`REDIGERA.md rad ${example.line} (${name}) is valid YAML that passes its schema`, () => {
      const parts = name === 'kapitel' ? splitFrontmatter(example.text) : null;
      const parsed = parseYaml('REDIGERA.md', parts ? parts.yaml : example.text);
      assert.deepEqual(
        parsed.issues.map((i) => `${i.code}: ${i.message}`),
        [],
      );
      const checked = checkSchema(parsed.source, schema);
      assert.deepEqual(
        checked.issues.map((i) => `${i.code} ${i.field}: ${i.message}`),
        [],
      );
    });
  }

  test('the new-owner example, with its comments after the values, passes `npm run check`', () => {
    const owner = examples.find((e) => schemaFor(e.text).name === 'ansvarig');
    assert.ok(owner);
    assert.match(owner.text, / # /, 'the example has comments after values');
    const root = buildRoot();
    // Its id must be new in the base: region-norrbotten is not there.
    appendFileSync(join(root, 'content', 'owners.yaml'), owner.text.replace('…', 'En region i norr.'));
    const check = runScript('check.ts', ['--root', root]);
    assert.equal(check.status, 0, check.stdout);
    assert.doesNotMatch(check.stdout, /\bfel \[/);
  });
});
