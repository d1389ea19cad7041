// Text that a spreadsheet would run as a formula. goals.csv is opened in Excel and LibreOffice, which
// treat a cell starting with =, + or @ (or a tab or carriage return before one) as a formula: a goal text
// such as =HYPERLINK(…) or +cmd|… would run there. No plan writes so, so the check refuses it in every
// YAML value (files that failed their schema too), and goals.csv neutralises such cells anyway.
// A leading "-" is allowed: prose may start with a dash or a negative figure (the CSV still guards it).
import { cutText } from '../cut-text.ts';
import { makeIssue, type Issue } from './issue.ts';
import type { LoadedFiles, Parsed } from './load.ts';
import type { ParamsOf } from './rules.ts';
import { locate, type PathSegment, type YamlSource } from './source.ts';

const FORMULA_START = /^[=+@\t\r]/;

const CHARACTER_NAMES: Record<string, string> = {
  '=': 'likhetstecken (=)',
  '+': 'plustecken (+)',
  '@': 'snabel-a (@)',
  '\t': 'ett tabbtecken',
  '\r': 'en vagnretur (osynligt radslutstecken)',
};

/** Every YAML document the loader read: whole .yaml files and MDX frontmatter. */
export function yamlSources(files: LoadedFiles): YamlSource[] {
  const parsed: (Parsed<unknown> | null | undefined)[] = [
    files.regions,
    files.owners,
    files.redirects,
    files.vocabulary,
    files.places,
    files.terms,
    ...files.directions,
    ...files.plans.flatMap((p) => [p.plan, p.goals, p.intro, ...p.chapters]),
  ];
  return parsed.flatMap((p) => (p?.source ? [p.source] : []));
}

/** A short quotation with control characters written out, so the terminal shows what is there. */
function quote(text: string): string {
  const shown = text.replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  return cutText(shown, 40);
}

/** Every string in plain YAML data with its path; iterative, so a deeply nested file cannot overflow the stack. */
export function walkStrings(data: unknown): { value: string; path: PathSegment[] }[] {
  const found: { value: string; path: PathSegment[] }[] = [];
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') found.push({ value, path });
    else if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
  }
  return found;
}

export function checkSpreadsheetText(files: LoadedFiles): Issue[] {
  return yamlSources(files).flatMap((source) =>
    walkStrings(source.data).flatMap(({ value, path }) => {
      if (!FORMULA_START.test(value)) return [];
      const params: ParamsOf<'spreadsheet-formula'> = { value: quote(value), character: CHARACTER_NAMES[value[0]] };
      return [makeIssue('spreadsheet-formula', params, locate(source, path))];
    }),
  );
}
