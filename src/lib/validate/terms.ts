// Rules for content/terms.yaml: each abbreviation and term once, no explanation or written-out abbreviation
// without a source, and each source either a page or a plan of the site.
import type { TermSource } from '../../schemas/index.ts';
import { usableItems } from './assemble.ts';
import { makeIssue, type Issue, type Location } from './issue.ts';
import type { LoadedFiles } from './load.ts';
import { locate, type PathSegment } from './source.ts';

export function checkTerms(files: LoadedFiles, planIds: Set<string>, push: (...i: Issue[]) => void): void {
  const terms = files.terms;
  if (!terms?.source) return;
  const source = terms.source;
  const at = (path: PathSegment[]): Location => locate(source, path);
  const seen = new Map<string, Location>();
  const once = (value: string, path: PathSegment[]) => {
    // "SVF" and "svf" are the same entry to a reader.
    const key = value.toLocaleLowerCase('sv');
    const prior = seen.get(key);
    if (prior) push(makeIssue('term-duplicate', { value, other: `${prior.file}:${prior.line}` }, at(path)));
    else seen.set(key, at(path));
  };
  for (const entry of usableItems(terms)) {
    const i = entry.index;
    const name = entry.abbreviation ?? entry.term;
    if (entry.abbreviation) once(entry.abbreviation, [i, 'abbreviation']);
    once(entry.term, [i, 'term']);
    if (entry.abbreviation && !entry.termSources?.length)
      push(
        makeIssue(
          'term-unsourced',
          { term: name, what: 'en utskriven form', field: 'termSources' },
          at([i, 'abbreviation']),
        ),
      );
    if (entry.explanation && !entry.explanationSources?.length)
      push(
        makeIssue(
          'term-unsourced',
          { term: name, what: 'en förklaring', field: 'explanationSources' },
          at([i, 'explanation']),
        ),
      );
    const check = (list: TermSource[] | undefined, field: string) =>
      list?.forEach((s, k) => {
        const problem =
          s.url && s.plan
            ? 'anger både url och plan'
            : !s.url && !s.plan
              ? 'anger varken url eller plan'
              : s.plan && !planIds.has(s.plan)
                ? `anger planen "${s.plan}", som inte finns`
                : null;
        if (problem)
          push(
            makeIssue(
              'term-source-target',
              { term: name, problem, known: s.plan && !s.url ? [...planIds].join(', ') : undefined },
              at([i, field, k]),
            ),
          );
      });
    check(entry.termSources, 'termSources');
    check(entry.explanationSources, 'explanationSources');
  }
}
