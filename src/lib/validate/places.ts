// Rules for content/places.yaml: every county and municipality once, municipality codes inside their county,
// each county in a known healthcare region (or split, each municipality in exactly one part), each
// healthcare region used with a source.
import type { County } from '../../schemas/index.ts';
import { makeIssue, type Issue, type Location } from './issue.ts';
import type { LoadedFiles } from './load.ts';
import { locate, type PathSegment } from './source.ts';

export function checkPlaces(files: LoadedFiles, regionIds: Set<string> | null, push: (...i: Issue[]) => void): void {
  const places = files.places;
  // Only a file that passed its schema is checked here; its schema errors are reported already.
  if (!places?.data || !places.source) return;
  const source = places.source;
  const at = (path: PathSegment[]): Location => locate(source, path);
  const { counties, regionSources } = places.data;
  const known = regionIds ? [...regionIds].join(', ') : '';
  const region = (value: string, path: PathSegment[]) => {
    if (regionIds && !regionIds.has(value)) push(makeIssue('unknown-region', { value, known }, at(path)));
  };

  const sourced = new Set<string>();
  regionSources.forEach((r, i) => {
    region(r.healthcareRegion, ['regionSources', i, 'healthcareRegion']);
    sourced.add(r.healthcareRegion);
  });

  const seen = new Map<string, Location>();
  const once = (what: string, value: string, path: PathSegment[]) => {
    const key = `${what}\u0000${value}`;
    const prior = seen.get(key);
    if (prior) push(makeIssue('place-duplicate', { what, value, other: `${prior.file}:${prior.line}` }, at(path)));
    else seen.set(key, at(path));
  };
  const usedRegion = (value: string, path: PathSegment[]) => {
    region(value, path);
    if ((!regionIds || regionIds.has(value)) && !sourced.has(value))
      push(makeIssue('place-region-unsourced', { value }, at(path)));
  };

  counties.forEach((county, c) => {
    const here: PathSegment[] = ['counties', c];
    once('Länskoden', county.code, [...here, 'code']);
    once('Länet', county.name, [...here, 'name']);
    county.municipalities.forEach((m, k) => {
      const path: PathSegment[] = [...here, 'municipalities', k];
      once('Kommunkoden', m.code, [...path, 'code']);
      once('Kommunen', m.name, [...path, 'name']);
      if (!m.code.startsWith(county.code))
        push(makeIssue('place-code-county', { value: m.code, county: county.code }, at([...path, 'code'])));
    });
    if (county.healthcareRegion && county.split) {
      push(
        makeIssue(
          'place-region-missing',
          { county: county.name, problem: 'har både healthcareRegion och split' },
          at([...here, 'split']),
        ),
      );
    } else if (county.healthcareRegion) {
      usedRegion(county.healthcareRegion, [...here, 'healthcareRegion']);
    } else if (county.split) {
      checkSplit(county, c);
    } else {
      push(
        makeIssue(
          'place-region-missing',
          { county: county.name, problem: 'har varken healthcareRegion eller split' },
          at([...here, 'name']),
        ),
      );
    }
  });

  function checkSplit(county: County, c: number) {
    const parts = county.split!.parts;
    const names = new Map(county.municipalities.map((m) => [m.code, m.name]));
    const partOf = new Map<string, number>();
    parts.forEach((part, p) => {
      const path: PathSegment[] = ['counties', c, 'split', 'parts', p];
      usedRegion(part.healthcareRegion, [...path, 'healthcareRegion']);
      part.municipalities.forEach((code, k) => {
        const where = at([...path, 'municipalities', k]);
        const problem = !names.has(code)
          ? `kommunkoden ${code} finns inte bland länets kommuner`
          : partOf.has(code)
            ? `kommunen ${code} (${names.get(code)}) står i två delar`
            : null;
        if (problem) push(makeIssue('place-split-municipality', { county: county.name, problem }, where));
        partOf.set(code, p);
      });
    });
    for (const [code, name] of names) {
      if (!partOf.has(code))
        push(
          makeIssue(
            'place-split-municipality',
            { county: county.name, problem: `kommunen ${code} (${name}) står inte i någon del` },
            at(['counties', c, 'split', 'parts']),
          ),
        );
    }
  }
}
