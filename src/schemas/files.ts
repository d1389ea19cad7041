// Which content files exist: the one table the loader, the unknown-file rule, the JSON Schema generator,
// the VS Code settings, Astro's prose collection and the editor scripts all read. A new kind of content
// file is declared here, and nowhere else.
import type { z } from 'astro/zod';
import { chapterSchema, introSchema } from './chapter.ts';
import { directionSchema } from './direction.ts';
import { goalsFileSchema } from './goal.ts';
import { ownersFileSchema } from './owner.ts';
import { placesFileSchema } from './place.ts';
import { planSchema } from './plan.ts';
import { redirectsFileSchema } from './redirect.ts';
import { regionsFileSchema } from './region.ts';
import { siteInfoSchema } from './site.ts';
import { termsFileSchema } from './term.ts';
import { vocabularyFileSchema } from './vocabulary.ts';

export interface ContentFileKind {
  /** Also the name of its JSON Schema: schemas/json/<name>.schema.json. */
  name: string;
  /** Where such files live, relative to the content root; `*` is one path segment (an id). */
  pattern: string;
  schema: z.ZodType;
  /** YAML data, or MDX prose whose frontmatter the schema checks. */
  format: 'yaml' | 'mdx';
  /** Whether its folder must have it (a plan folder without goals.yaml is allowed, one without plan.yaml not). */
  required: boolean;
}

export const CONTENT_FILES = {
  regions: {
    name: 'regions',
    pattern: 'content/regions.yaml',
    schema: regionsFileSchema,
    format: 'yaml',
    required: true,
  },
  owners: { name: 'owners', pattern: 'content/owners.yaml', schema: ownersFileSchema, format: 'yaml', required: true },
  redirects: {
    name: 'redirects',
    pattern: 'content/redirects.yaml',
    schema: redirectsFileSchema,
    format: 'yaml',
    required: false,
  },
  vocabulary: {
    name: 'search-vocabulary',
    pattern: 'content/search-vocabulary.yaml',
    schema: vocabularyFileSchema,
    format: 'yaml',
    required: false,
  },
  site: { name: 'site', pattern: 'content/site.yaml', schema: siteInfoSchema, format: 'yaml', required: false },
  places: { name: 'places', pattern: 'content/places.yaml', schema: placesFileSchema, format: 'yaml', required: false },
  terms: { name: 'terms', pattern: 'content/terms.yaml', schema: termsFileSchema, format: 'yaml', required: false },
  direction: {
    name: 'direction',
    pattern: 'content/directions/*.yaml',
    schema: directionSchema,
    format: 'yaml',
    required: false,
  },
  plan: { name: 'plan', pattern: 'plans/*/plan.yaml', schema: planSchema, format: 'yaml', required: true },
  goals: { name: 'goals', pattern: 'plans/*/goals.yaml', schema: goalsFileSchema, format: 'yaml', required: false },
  intro: { name: 'intro', pattern: 'plans/*/inledning.mdx', schema: introSchema, format: 'mdx', required: false },
  chapter: { name: 'chapter', pattern: 'plans/*/kapitel/*.mdx', schema: chapterSchema, format: 'mdx', required: false },
} as const satisfies Record<string, ContentFileKind>;

export type ContentFileKey = keyof typeof CONTENT_FILES;
export const CONTENT_FILE_KINDS: ContentFileKind[] = Object.values(CONTENT_FILES);

/** A pattern as a regular expression over a whole relative path ("plans/x/goals.yaml"). */
export function patternRegExp(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return new RegExp(`^${body}$`);
}

/** The kind of a content file, by its path relative to the content root. */
export function kindOf(relPath: string): ContentFileKind | undefined {
  return CONTENT_FILE_KINDS.find((kind) => patternRegExp(kind.pattern).test(relPath));
}

/**
 * The names a folder may hold, by the folder's pattern ("content", "plans/*"): each file directly in it, and
 * each subfolder that holds content files. A name with `*` ("*.yaml") stands for any such file.
 */
export function entriesOf(folder: string): string[] {
  const prefix = `${folder}/`;
  const names = CONTENT_FILE_KINDS.filter((kind) => kind.pattern.startsWith(prefix)).map(
    (kind) => kind.pattern.slice(prefix.length).split('/')[0],
  );
  return [...new Set(names)];
}

/** The path of a kind's file with the ids filled in, one per `*` ("plans/*\/goals.yaml", "norr-2022-2024"). */
export function pathOf(kind: ContentFileKind, ...ids: string[]): string {
  let i = 0;
  return kind.pattern.replace(/\*/g, () => ids[i++] ?? '*');
}

/** The folder a kind's files live in, with the ids of the folders filled in ("plans/norr-2022-2024/kapitel"). */
export function folderOf(kind: ContentFileKind, ...ids: string[]): string {
  return pathOf({ ...kind, pattern: kind.pattern.slice(0, kind.pattern.lastIndexOf('/')) }, ...ids);
}

/** The ending of a kind's file names, when the name is an id ("content/directions/*.yaml" → ".yaml"). */
export function extOf(kind: ContentFileKind): string {
  const name = kind.pattern.slice(kind.pattern.lastIndexOf('/') + 1);
  return name.startsWith('*') ? name.slice(1) : name;
}
