// `npm run check`: validates all content and reports every issue, then exits 1 if any is an error.
// Usage: node scripts/check.ts [--root DIR] [--format text|github] [--coverage]
import { resolve } from 'node:path';
import { parseCli, reportStop, rootOption } from '../src/lib/cli.ts';
import { validate } from '../src/lib/validate/index.ts';
import { formatCoverage, formatGithub, formatText, summary } from '../src/lib/validate/report.ts';

const USAGE = 'Användning: npm run check [-- --format text|github] [--coverage] [--root MAPP]';
const parsed = parseCli({
  options: {
    ...rootOption(),
    format: { type: 'string', default: process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text' },
    coverage: { type: 'boolean', default: false },
  },
  usage: USAGE,
});
if (parsed.stop) {
  reportStop(parsed);
  process.exit();
}
const { values } = parsed;

const result = validate(resolve(values.root));
if (result.issues.length > 0) {
  console.log(values.format === 'github' ? formatGithub(result.issues) : formatText(result.issues));
  console.log('');
}
if (values.coverage) console.log(`${formatCoverage(result.model, result.coverage)}\n`);
console.log(summary(result.issues));
process.exitCode = result.ok ? 0 : 1;
