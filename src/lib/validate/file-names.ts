// File and folder names that become ids: a plan folder (plans/<id>/), a chapter file (kapitel/<id>.mdx)
// and a direction file (content/directions/<id>.yaml). The build refuses an id that is not ASCII
// kebab-case (and it would be part of a public address), so the check refuses it first, naming the file.
import { ID_PATTERN, MAX_ID_LENGTH } from '../../schemas/common.ts';
import { tooLong } from './schema-check.ts';
import { makeIssue, type Issue } from './issue.ts';
import type { LoadedFiles } from './load.ts';
import { cutText } from '../cut-text.ts';

/** The nearest valid id: lower case, å/ä/ö and other accents dropped to their letter, runs of others a "-". */
export function toId(name: string): string {
  const id = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'namn';
}

export function checkFileNames(files: LoadedFiles): Issue[] {
  const issues: Issue[] = [];
  const check = (id: string, ext: string, what: string, file: string, also = '') => {
    if (ID_PATTERN.test(id)) {
      if (id.length > MAX_ID_LENGTH) issues.push(tooLong(id, 'namnet', { file, line: 1, col: 1 }));
      return;
    }
    const name = cutText(`${id}${ext}`);
    issues.push(
      makeIssue('file-name-id', { name, what, suggestion: `${toId(id)}${ext}`, also }, { file, line: 1, col: 1 }),
    );
  };
  for (const d of files.directions)
    check(d.id, '.yaml', 'ramverket', d.file, ' Ändra också id:t där planerna och kapitlen använder det.');
  for (const plan of files.plans) {
    check(plan.id, '', 'planen', `${plan.folder}/`, ' Mappens namn ska vara region-från-till, t.ex. norr-2022-2024.');
    for (const c of plan.chapters)
      check(c.id, '.mdx', 'kapitlet', c.file, ' Ändra också chapter i målen som hör till kapitlet.');
  }
  return issues;
}
