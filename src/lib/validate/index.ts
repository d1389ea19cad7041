// The validator's entry point: used by `npm run check`, by the Astro build's content gate and by tests.
import { coverage, type CoverageCell } from '../coverage.ts';
import type { ContentModel } from '../model.ts';
import { assemble } from './assemble.ts';
import { crossCheck } from './cross.ts';
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
  issues.push(...crossCheck(files, model));
  const sorted = sortIssues(issues);
  return { ok: !sorted.some((i) => i.severity === 'error'), issues: sorted, model, coverage: coverage(model) };
}

export type { Issue } from './issue.ts';
export { RULES, type RuleCode } from './rules.ts';
