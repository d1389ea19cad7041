// File and folder names that become ids: a plan folder (plans/<id>/), a chapter file (kapitel/<id>.mdx)
// and a direction file (content/directions/<id>.yaml). The build refuses an id that is not ASCII
// kebab-case (and it would be part of a public address), so the check refuses it first, naming the file.
import { ID_PATTERN, MAX_ID_LENGTH, toId } from '../../schemas/ids.ts';
import { tooLong } from './schema-check.ts';
import { makeIssue, type Issue } from './issue.ts';
import type { LoadedFiles } from './load.ts';
import { cutText } from '../cut-text.ts';

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
