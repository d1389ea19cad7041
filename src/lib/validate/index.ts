// The validator's entry point: used by `npm run check`, by the Astro build's content gate and by tests.
import { coverage, type CoverageCell } from '../coverage.ts';
import type { ContentModel } from '../model.ts';
import { assemble } from './assemble.ts';
import { crossCheck } from './cross.ts';
import { draftIssues } from './drafts.ts';
import { sortIssues, type Issue } from './issue.ts';
import { loadFiles } from './load.ts';

export interface ValidationResult {
  /** False when any issue is an error. */
  ok: boolean;
  issues: Issue[];
  model: ContentModel;
  coverage: CoverageCell[];
}

export function validate(root: string): ValidationResult {
  const { files, issues } = loadFiles(root);
  const model = assemble(files);
  // Computed once: the coverage rules read it, and the report and the site show it.
  const cells = coverage(model);
  issues.push(...crossCheck(files, model, cells), ...draftIssues(files, model));
  const sorted = sortIssues(issues);
  return { ok: !sorted.some((i) => i.severity === 'error'), issues: sorted, model, coverage: cells };
}

export type { Issue } from './issue.ts';
export { RULES, type RuleCode } from './rules.ts';
