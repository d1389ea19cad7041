// `npm run docs`: writes the rule reference in REDIGERA.md (between <!-- regler:start --> and
// <!-- regler:slut -->) from the validator's rule registry, so every rule an editor can meet is described
// with its title, severity and the message and fix of its documented example.
//
// Usage: node scripts/editor-docs.ts [--file PATH] [--check]
//   --check  write nothing; exit 1 when the section differs from freshly generated output
import { basename, dirname, join, resolve } from 'node:path';
import { parseCli, reportStop } from '../src/lib/cli.ts';
import { escapeMarkdown } from '../src/lib/escape-markdown.ts';
import { RULES, type Rule } from '../src/lib/validate/rules.ts';
import { MAX_FILE_BYTES } from '../src/lib/validate/source.ts';
import { readInside, refusedSv, writeInside } from '../src/lib/validate/tree.ts';

export const DOC = join(resolve(import.meta.dirname, '..'), 'REDIGERA.md');
export const START = '<!-- regler:start -->';
export const END = '<!-- regler:slut -->';
export const STALE_MESSAGE = 'Regelavsnittet i REDIGERA.md är inaktuellt. Kör `npm run docs` och lägg till ändringen.';

const SEVERITY = { error: 'fel', warning: 'varning' } as const;

/** The generated rule reference, without the markers. */
export function renderRules(rules: Record<string, Rule> = RULES): string {
  const entries = Object.entries(rules);
  const errors = entries.filter(([, r]) => r.severity === 'error').length;
  const warnings = entries.length - errors;
  const out: string[] = [
    '<!-- Genereras av scripts/editor-docs.ts (npm run docs) ur regelregistret i src/lib/validate/rules.ts. Ändra inte för hand. -->',
    '',
    `Kontrollen har ${entries.length} regler: ${errors} som ger **fel** och ${warnings} som ger **varning**. ` +
      'Ett fel stoppar bygget och måste rättas; en varning stoppar inget men är värd att titta på. ' +
      'Exemplen nedan visar hur meddelandet och åtgärden kan se ut; i en riktig rapport står din fil, rad och ditt värde.',
    '',
    '| Kod | Regel | Ger |',
    '| --- | --- | --- |',
    ...entries.map(
      ([code, rule]) => `| [\`${code}\`](#${code}) | ${escapeMarkdown(rule.title)} | ${SEVERITY[rule.severity]} |`,
    ),
  ];
  for (const [code, rule] of entries) {
    out.push(
      '',
      `<a id="${code}"></a>`,
      '',
      `#### \`${code}\`: ${escapeMarkdown(rule.title)}`,
      '',
      `Ger: ${SEVERITY[rule.severity]}`,
      '',
      `> ${escapeMarkdown(rule.message(rule.example))}`,
      '>',
      `> Åtgärd: ${escapeMarkdown(rule.fix(rule.example))}`,
    );
  }
  return out.join('\n');
}

/** The document with its generated section replaced; throws when the markers are missing. */
export function updateDoc(doc: string, section: string = renderRules()): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) {
    throw new Error(`Markeringarna ${START} och ${END} saknas eller står i fel ordning.`);
  }
  return `${doc.slice(0, start + START.length)}\n${section}\n${doc.slice(end)}`;
}

const USAGE = 'Användning: npm run docs [-- --file SÖKVÄG] [--check]';

/** The command: its arguments (the process's by default), its output on stdout and stderr, its exit code. */
export function main(args?: string[]) {
  const parsed = parseCli({
    args,
    options: { file: { type: 'string', default: DOC }, check: { type: 'boolean', default: false } },
    usage: USAGE,
  });
  if (parsed.stop) return reportStop(parsed);
  const { values } = parsed;
  const file = resolve(values.file);
  // Through the door (no link followed, a regular file of sane size), from the file's own folder.
  const [dir, name] = [dirname(file), basename(file)];
  const read = readInside(dir, name, MAX_FILE_BYTES);
  if (!read.ok) {
    console.error(`Fel: ${values.file} kan inte läsas som en vanlig fil (${refusedSv(read.reason)}).`);
    process.exitCode = 1;
    return;
  }
  const current = read.bytes.toString('utf8');
  const fresh = updateDoc(current);
  if (values.check) {
    if (fresh !== current) {
      console.error(STALE_MESSAGE);
      process.exitCode = 1;
    } else {
      console.log('Regelavsnittet i REDIGERA.md är aktuellt.');
    }
    return;
  }
  const written = writeInside(dir, name, fresh);
  if (!written.ok) {
    console.error(`Fel: ${values.file} kunde inte skrivas (${refusedSv(written.reason)}).`);
    process.exitCode = 1;
    return;
  }
  console.log(`Skrev ${Object.keys(RULES).length} regler till ${values.file === DOC ? 'REDIGERA.md' : file}.`);
}

if (import.meta.main) main();
