// `npm run check`: validates all content and reports every issue, then exits 1 if any is an error.
// Usage: node scripts/check.ts [--root DIR] [--format text|github] [--coverage]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validate } from '../src/lib/validate/index.ts';
import { formatCoverage, formatGithub, formatText, summary } from '../src/lib/validate/report.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.env.CONTENT_ROOT ?? '.' },
    format: { type: 'string', default: process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text' },
    coverage: { type: 'boolean', default: false },
  },
});

const result = validate(resolve(values.root));
if (result.issues.length > 0) {
  console.log(values.format === 'github' ? formatGithub(result.issues) : formatText(result.issues));
  console.log('');
}
if (values.coverage) console.log(`${formatCoverage(result.model, result.coverage)}\n`);
console.log(summary(result.issues));
process.exitCode = result.ok ? 0 : 1;
