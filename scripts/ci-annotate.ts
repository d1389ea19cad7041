// `npm run ci-annotate`: the content check as CI shows it on a pull request.
//
// GitHub shows at most 10 error annotations (and 10 warnings) per step, so this prints the most useful ones:
// errors on lines the pull request changed come first. Every issue is also written as a Markdown table to
// the job summary ($GITHUB_STEP_SUMMARY) and as text to the log. Exits 1 when there is any error.
//
// Usage: node scripts/ci-annotate.ts [--root DIR] [--base REF] [--changed-lines FILE] [--summary FILE] [--max N]
//   --base           git ref to diff against (git diff -U0 REF...HEAD), and whose published goal and plan ids
//                    must still exist or be redirected (check --since); default origin/$GITHUB_BASE_REF
//   --changed-lines  JSON file { "<path relative to --root>": [line, …] } instead of asking git (for tests)
//   --summary        Markdown file to append to; default $GITHUB_STEP_SUMMARY (nothing when unset)
//   --max            annotations per kind (default 10, GitHub's limit)
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCli, reportStop, rootOption } from '../src/lib/cli.ts';
import { badRefMessage, isRefName } from '../src/lib/git-ref.ts';
import { escapeMarkdown, markdownCode } from '../src/lib/escape-markdown.ts';
import type { Issue } from '../src/lib/validate/index.ts';
import { escapeData, escapeProperty, formatGithub, formatText, summary } from '../src/lib/validate/report.ts';
import { RULES } from '../src/lib/validate/rules.ts';
import { checkAll } from './check.ts';
import { gitHubActions } from '../src/site-config.ts';

/** Lines added or changed, per file path (relative to the content root). */
export type ChangedLines = Map<string, Set<number>>;

/** Changed lines from `git diff -U0` output: the new side of every hunk. */
export function parseDiff(diff: string): ChangedLines {
  const out: ChangedLines = new Map();
  let lines: Set<number> | null = null;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const path = line.slice(4).trim();
      if (path === '/dev/null') {
        lines = null;
        continue;
      }
      const file = path.replace(/^"?b\//, '').replace(/"$/, '');
      lines = out.get(file) ?? new Set();
      out.set(file, lines);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && lines) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) lines.add(n);
    }
  }
  return out;
}

/** Changed lines between `base` and HEAD, for files under the content root; null when git cannot tell. */
export function changedLinesFromGit(root: string, base: string): ChangedLines | null {
  if (!isRefName(base)) return null;
  const result = spawnSync('git', ['diff', '-U0', '--no-color', '--no-ext-diff', '--relative', `${base}...HEAD`], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error || result.status !== 0) return null;
  return parseDiff(result.stdout);
}

export function readChangedLines(path: string): ChangedLines {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, number[]>;
  return new Map(Object.entries(data).map(([file, lines]) => [file, new Set(lines)]));
}

export const onChangedLine = (issue: Issue, changed: ChangedLines) => changed.get(issue.file)?.has(issue.line) ?? false;

/** Issues with those on changed lines first; otherwise in the validator's order (file, line, column). */
export function prioritize(issues: Issue[], changed: ChangedLines): Issue[] {
  const first = issues.filter((i) => onChangedLine(i, changed));
  return [...first, ...issues.filter((i) => !onChangedLine(i, changed))];
}

/** The annotations to print: at most `max` errors and `max` warnings, changed lines first. */
export function selectAnnotations(issues: Issue[], changed: ChangedLines, max = 10): Issue[] {
  const ordered = prioritize(issues, changed);
  return [
    ...ordered.filter((i) => i.severity === 'error').slice(0, max),
    ...ordered.filter((i) => i.severity === 'warning').slice(0, max),
  ];
}

/** A code span in a table cell: GFM splits cells at every unescaped `|`, even inside a code span. */
const cellCode = (text: string) => markdownCode(text).replace(/\|/g, '\\|');

/** A path for a Markdown link target: parentheses (which would end it) and spaces encoded too. */
const linkPath = (path: string) =>
  encodeURI(path).replace(/[()|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** A table cell: one line, with Markdown and the table's own `|` escaped. */
const cell = (text: string) => escapeMarkdown(text.replace(/\s*\n\s*/g, ' '));

export interface SummaryOptions {
  /** The commit's files on GitHub ("https://github.com/<owner>/<repo>/blob/<sha>/"), to link files and rules. */
  blobUrl?: string;
  /** The content root inside the repository ("" or "site/"). */
  prefix?: string;
}

/** Every issue as Markdown tables for the job summary: errors, then warnings; changed lines first and marked. */
export function summaryMarkdown(issues: Issue[], changed: ChangedLines, options: SummaryOptions = {}): string {
  const out = ['## Innehållskontroll', ''];
  if (issues.length === 0) {
    out.push(`✅ ${summary(issues)}`);
    return `${out.join('\n')}\n`;
  }
  const errors = issues.some((i) => i.severity === 'error');
  out.push(`${errors ? '❌' : '⚠️'} ${summary(issues)}`);
  if (changed.size > 0 && issues.some((i) => onChangedLine(i, changed))) {
    out.push('', 'Problem på rader som den här pull requesten ändrar står först och är märkta med ✏️.');
  }
  const guideUrl = options.blobUrl ? `${options.blobUrl}REDIGERA.md` : undefined;
  if (guideUrl) out.push('', `Varje regel förklaras i [REDIGERA.md](${guideUrl}#regler).`);
  const table = (title: string, list: Issue[]) => {
    if (list.length === 0) return;
    out.push(
      '',
      `### ${title} (${list.length})`,
      '',
      '|  | Fil | Rad | Regel | Fält | Vad som är fel | Åtgärd |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const i of prioritize(list, changed)) {
      const rule = guideUrl ? `[\`${i.code}\`](${guideUrl}#${i.code})` : `\`${i.code}\``;
      const file = options.blobUrl
        ? `[${cellCode(i.file)}](${options.blobUrl}${linkPath(`${options.prefix ?? ''}${i.file}`)}#L${i.line})`
        : cellCode(i.file);
      out.push(
        `| ${onChangedLine(i, changed) ? '✏️' : ''} | ${file} | ${i.line} | ${rule} ${cell(RULES[i.code].title)} | ${cellCode(i.field)} | ${cell(i.message)} | ${cell(i.fix)} |`,
      );
    }
  };
  table(
    'Fel',
    issues.filter((i) => i.severity === 'error'),
  );
  table(
    'Varningar',
    issues.filter((i) => i.severity === 'warning'),
  );
  return `${out.join('\n')}\n`;
}

/** Where the content root lies inside the repository ("" or "site/"), for annotation paths. */
function repoPrefix(root: string): string {
  const result = spawnSync('git', ['rev-parse', '--show-prefix'], { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : '';
}

const USAGE =
  'Användning: npm run ci-annotate [-- --root MAPP] [--base REF] [--changed-lines FIL] [--summary FIL] [--max N]';

/** The command: its arguments (the process's by default), its output on stdout and stderr, its exit code. */
export function main(args?: string[]) {
  const parsed = parseCli({
    args,
    options: {
      ...rootOption(),
      base: {
        type: 'string',
        default: gitHubActions().baseRef ? `origin/${gitHubActions().baseRef}` : undefined,
      },
      'changed-lines': { type: 'string' },
      summary: { type: 'string', default: gitHubActions().stepSummary },
      max: { type: 'string', default: '10' },
    },
    usage: USAGE,
  });
  if (parsed.stop) return reportStop(parsed);
  const { values } = parsed;
  const root = resolve(values.root);
  const max = Number(values.max);
  if (!Number.isInteger(max) || max < 0) {
    console.error('Fel: --max ska vara ett heltal, t.ex. 10.');
    process.exitCode = 2;
    return;
  }

  // A base is a name for git, never an option ("--output=…" would make git diff write a file).
  if (values.base !== undefined && !isRefName(values.base)) {
    console.error(`Fel: --base ${badRefMessage(values.base)}`);
    process.exitCode = 2;
    return;
  }
  let changed: ChangedLines = new Map();
  if (values['changed-lines']) changed = readChangedLines(values['changed-lines']);
  else if (values.base) {
    const fromGit = changedLinesFromGit(root, values.base);
    if (fromGit) changed = fromGit;
    else
      console.error(
        `Obs: kunde inte läsa ändrade rader mot ${values.base} (git diff misslyckades); felen visas i filordning.`,
      );
  }

  const result = checkAll(root, { since: values.base });
  // A base whose ids cannot be read (a shallow clone) is said as a warning; the rest of the check counts.
  for (const notice of result.notices)
    console.log(`::warning title=${escapeProperty('Publicerade id:n')}::${escapeData(notice.text)}`);
  const prefix = repoPrefix(root);
  const shown = selectAnnotations(result.issues, changed, max).map((i) => ({ ...i, file: `${prefix}${i.file}` }));
  if (shown.length > 0) console.log(formatGithub(shown));

  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const shownErrors = shown.filter((i) => i.severity === 'error').length;
  if (errors > shownErrors) {
    console.log(
      `\nGitHub visar högst ${max} fel som anteckningar: här visas ${shownErrors} av ${errors}. Alla står i jobbets sammanfattning och nedan.`,
    );
  }
  if (result.issues.length > 0) console.log(`\n${formatText(result.issues)}`);
  console.log(`\n${summary(result.issues)}`);

  if (values.summary) {
    const { blobUrl } = gitHubActions();
    appendFileSync(values.summary, summaryMarkdown(result.issues, changed, { blobUrl, prefix }));
  }
  process.exitCode = result.ok ? 0 : 1;
}

if (import.meta.main) main();
