// The validator's entry point: used by `npm run check`, by the Astro build's content gate and by tests.
import { channel } from 'node:diagnostics_channel';
import { coverage, type CoverageCell } from '../coverage.ts';
import type { ContentModel } from '../model.ts';
import { assemble } from './assemble.ts';
import { crossCheck } from './cross.ts';
import { claimIssues } from './claims.ts';
import { checkFileNames } from './file-names.ts';
import { draftIssues } from './drafts.ts';
import { sortIssues, type Issue } from './issue.ts';
import { loadFiles, type LoadedFiles } from './load.ts';
import { checkOwnerNames, withoutExplained } from './owner-names.ts';
import { checkSpreadsheetText } from './spreadsheet.ts';
import { checkTextChars } from './text-chars.ts';

export interface ValidationResult {
  /** False when any issue is an error. */
  ok: boolean;
  issues: Issue[];
  model: ContentModel;
  coverage: CoverageCell[];
  /** The files as read, for checks that need more than the model (e.g. check --since). */
  files: LoadedFiles;
}

/**
 * Told the content root of every validation, for whoever observes the process (the build tests count
 * validations: "exactly once per build"); a diagnostics channel costs nothing while nobody listens.
 */
export const validations = channel('regionala-cancerplaner:validate');

export function validate(root: string): ValidationResult {
  if (validations.hasSubscribers) validations.publish({ root });
  const { files, issues } = loadFiles(root);
  const model = assemble(files);
  // Computed once: the coverage rules read it, and the report and the site show it.
  const cells = coverage(model);
  issues.push(
    ...crossCheck(files, model, cells),
    ...checkSpreadsheetText(files),
    ...checkTextChars(files),
    ...checkFileNames(files),
    ...draftIssues(files, model),
    ...claimIssues(files),
  );
  const byName = checkOwnerNames(files, model);
  const sorted = sortIssues([...withoutExplained(issues, byName), ...byName]);
  return { ok: !sorted.some((i) => i.severity === 'error'), issues: sorted, model, coverage: cells, files };
}

export type { Issue } from './issue.ts';
