// `npm run check`: validates all content and reports every issue, then exits 1 if any is an error.
// Usage: node scripts/check.ts [--root DIR] [--format text|github] [--coverage] [--since REF]
//   --since  also report every goal and plan id published at the git ref REF that is gone now without
//            an entry in content/redirects.yaml (published addresses are a contract)
import { resolve } from 'node:path';
import { parseCli, reportStop, rootOption } from '../src/lib/cli.ts';
import { sortIssues } from '../src/lib/validate/issue.ts';
import { validate, type ValidationResult } from '../src/lib/validate/index.ts';
import { checkPublishedIds, currentIds, publishedIdsAt } from '../src/lib/validate/published-ids.ts';
import { formatCoverage, formatGithub, formatText, summary } from '../src/lib/validate/report.ts';
import { checkCmsConfig, checkJsonSchemas } from './json-schema.ts';
import { gitHubActions } from '../src/site-config.ts';

export interface CheckOptions {
  /** A git ref whose published ids must still exist or be redirected. */
  since?: string;
}

/** What a ref could not give, in Swedish, for the terminal; the check itself still runs. */
export type CheckNotice = { kind: 'error' | 'notice'; text: string };

/**
 * The validator plus what only the command line checks: the editors' JSON Schemas and, with `since`,
 * the published ids. The build runs this same command before `astro build`.
 */
export function checkAll(root: string, options: CheckOptions = {}): ValidationResult & { notices: CheckNotice[] } {
  const result = validate(root);
  const extra = [...checkJsonSchemas(root, result), ...checkCmsConfig(root, result)];
  const notices: CheckNotice[] = [];
  if (options.since !== undefined) {
    const published = publishedIdsAt(root, options.since);
    if (published.ok) extra.push(...checkPublishedIds(published, currentIds(result.files)));
    else notices.push({ kind: published.fatal ? 'error' : 'notice', text: published.message });
  }
  const issues = sortIssues([...result.issues, ...extra]);
  return { ...result, issues, ok: !issues.some((i) => i.severity === 'error'), notices };
}

const USAGE = 'Användning: npm run check [-- --format text|github] [--coverage] [--since GIT-REF] [--root MAPP]';

export interface CheckOutput {
  stdout: string;
  stderr: string;
  /** 0 valid, 1 a content error, 2 a ref that cannot be read (a usage error, not a content error). */
  status: 0 | 1 | 2;
}

/** Everything the command prints and its exit status. */
function checkOutput(root: string, options: CheckOptions & { format?: string; coverage?: boolean } = {}): CheckOutput {
  const result = checkAll(root, { since: options.since });
  const stderr = result.notices.map((n) => `${n.kind === 'error' ? 'Fel' : 'Obs'}: ${n.text}\n`).join('');
  let stdout = '';
  if (result.issues.length > 0)
    stdout += `${options.format === 'github' ? formatGithub(result.issues) : formatText(result.issues)}\n\n`;
  if (options.coverage) stdout += `${formatCoverage(result.model, result.coverage)}\n\n`;
  stdout += `${summary(result.issues)}\n`;
  const status = result.notices.some((n) => n.kind === 'error') ? 2 : result.ok ? 0 : 1;
  return { stdout, stderr, status };
}

/** The command: its arguments (the process's by default), its output on stdout and stderr, its exit code. */
export function main(args?: string[]) {
  const parsed = parseCli({
    args,
    options: {
      ...rootOption(),
      format: { type: 'string', default: gitHubActions().running ? 'github' : 'text' },
      coverage: { type: 'boolean', default: false },
      since: { type: 'string' },
    },
    usage: USAGE,
  });
  if (parsed.stop) return reportStop(parsed);
  const { values } = parsed;

  const out = checkOutput(resolve(values.root), values);
  process.stderr.write(out.stderr);
  process.stdout.write(out.stdout);
  process.exitCode = out.status;
}

if (import.meta.main) main();
