// Turns issues into what editors read: plain text in a terminal, annotations on GitHub.
import { cellLookup, type CoverageCell } from '../coverage.ts';
import type { ContentModel } from '../model.ts';
import type { Issue } from './issue.ts';
import { RULES } from './rules.ts';

const LABEL = { error: 'fel', warning: 'varning' } as const;

export function formatText(issues: Issue[]): string {
  return issues
    .map((i) => {
      const field = i.field ? `  fält: ${i.field}` : '';
      return `${i.file}:${i.line}:${i.col}  ${LABEL[i.severity]} [${i.code}]${field}\n  ${i.message}\n  Åtgärd: ${i.fix}`;
    })
    .join('\n\n');
}

/** The whole text report: every issue, then the summary line, as `npm run check` and the build print it. */
export function textReport(issues: Issue[]): string {
  return issues.length > 0 ? `${formatText(issues)}\n\n${summary(issues)}` : summary(issues);
}

export function summary(issues: Issue[]): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const files = new Set(issues.map((i) => i.file)).size;
  if (issues.length === 0) return 'Innehållet är giltigt: inga fel.';
  return `${errors} fel och ${warnings} varning${warnings === 1 ? '' : 'ar'} i ${files} fil${files === 1 ? '' : 'er'}.`;
}

// GitHub workflow commands need %, CR, LF (and in properties also : and ,) escaped.
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(issues: Issue[]): string {
  return issues
    .map((i) => {
      const kind = i.severity === 'error' ? 'error' : 'warning';
      const title = escapeProperty(`[${i.code}] ${RULES[i.code].title}`);
      const field = i.field ? `Fält ${i.field}: ` : '';
      return `::${kind} file=${escapeProperty(i.file)},line=${i.line},col=${i.col},title=${title}::${escapeData(`${field}${i.message}\nÅtgärd: ${i.fix}`)}`;
    })
    .join('\n');
}

/** Coverage per plan and direction area, as a compact text table for the check report. */
export function formatCoverage(model: ContentModel, cells: CoverageCell[]): string {
  const cellOf = cellLookup(cells);
  const out: string[] = [];
  const mark: Record<CoverageCell['state'], string> = {
    covered: '',
    gap: 'lucka',
    'missing-data': 'mål ej överförda',
    'not-covered': 'SAKNAS',
    'not-followed': '',
    unknown: '',
  };
  for (const direction of model.directions) {
    const plans = model.plans.filter((p) => p.follows.includes(direction.id));
    if (plans.length === 0) continue;
    out.push(
      `Täckning mot ${direction.shortTitle}${direction.status === 'provisional' ? ' (preliminära områden)' : ''}:`,
    );
    for (const plan of plans) {
      const row = direction.areas.map((area) => {
        const cell = cellOf(plan.id, direction.id, area.id);
        return `${area.id} ${cell.state === 'covered' ? cell.goals.length : mark[cell.state]}`;
      });
      out.push(`  ${plan.id}: ${row.join(' · ')}`);
    }
  }
  return out.join('\n');
}
