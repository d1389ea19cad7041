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
import { checkJsonSchemas } from './json-schema.ts';

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
  const extra = checkJsonSchemas(root, result);
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

function main() {
  const parsed = parseCli({
    options: {
      ...rootOption(),
      format: { type: 'string', default: process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text' },
      coverage: { type: 'boolean', default: false },
      since: { type: 'string' },
    },
    usage: USAGE,
  });
  if (parsed.stop) return reportStop(parsed);
  const { values } = parsed;

  const result = checkAll(resolve(values.root), { since: values.since });
  for (const notice of result.notices) console.error(`${notice.kind === 'error' ? 'Fel' : 'Obs'}: ${notice.text}`);
  if (result.issues.length > 0) {
    console.log(values.format === 'github' ? formatGithub(result.issues) : formatText(result.issues));
    console.log('');
  }
  if (values.coverage) console.log(`${formatCoverage(result.model, result.coverage)}\n`);
  console.log(summary(result.issues));
  // A ref that cannot be read is a usage error (2), not a content error (1).
  process.exitCode = result.notices.some((n) => n.kind === 'error') ? 2 : result.ok ? 0 : 1;
}

if (import.meta.main) main();
