import { RULES, type Params, type RuleCode, type Severity } from './rules.ts';

/** One finding, positioned in a file, worded for an editor. */
export interface Issue {
  code: RuleCode;
  severity: Severity;
  /** Path relative to the content root, with forward slashes. */
  file: string;
  /** 1-based line and column. */
  line: number;
  col: number;
  /** Field path inside the file, e.g. "[3].owners[1]"; empty for the whole file. */
  field: string;
  message: string;
  fix: string;
}

export interface Location {
  file: string;
  line: number;
  col: number;
  field?: string;
}

export function makeIssue(code: RuleCode, params: Params, at: Location): Issue {
  const rule = RULES[code];
  return {
    code,
    severity: rule.severity,
    file: at.file,
    line: at.line,
    col: at.col,
    field: at.field ?? '',
    message: rule.message(params),
    fix: rule.fix(params),
  };
}

export function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code),
  );
}
