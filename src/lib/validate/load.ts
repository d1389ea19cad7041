// Finds and parses every content file under a root, reporting every problem instead of stopping.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { CONTENT_FILES, entriesOf, extOf, folderOf, pathOf, type ContentFileKind } from '../../schemas/files.ts';
import type {
  chapterSchema,
  directionSchema,
  goalsFileSchema,
  introSchema,
  ownersFileSchema,
  planSchema,
  redirectsFileSchema,
  regionsFileSchema,
  vocabularyFileSchema,
} from '../../schemas/index.ts';
import { suggest } from '../suggest.ts';
import { makeIssue, type Issue } from './issue.ts';
import { checkMdxBody } from './mdx-policy.ts';
import { checkRaw, checkSize, parseYaml, splitFrontmatter, type YamlSource } from './source.ts';
import { checkSchema } from './schema-check.ts';

export interface Parsed<T> {
  data: T | undefined;
  source: YamlSource | undefined;
  file: string;
}

export interface PlanFiles {
  id: string;
  folder: string;
  plan: Parsed<z.infer<typeof planSchema>> | null;
  goals: Parsed<z.infer<typeof goalsFileSchema>> | null;
  intro: (Parsed<z.infer<typeof introSchema>> & { body: string }) | null;
  chapters: (Parsed<z.infer<typeof chapterSchema>> & { id: string; body: string })[];
}

export interface LoadedFiles {
  regions: Parsed<z.infer<typeof regionsFileSchema>>;
  owners: Parsed<z.infer<typeof ownersFileSchema>>;
  /** content/redirects.yaml, which is optional. */
  redirects: Parsed<z.infer<typeof redirectsFileSchema>> | null;
  /** content/search-vocabulary.yaml, which is optional. */
  vocabulary: Parsed<z.infer<typeof vocabularyFileSchema>> | null;
  directions: (Parsed<z.infer<typeof directionSchema>> & { id: string })[];
  plans: PlanFiles[];
}

// What a plan folder and content/ may hold, from the table of content files (src/schemas/files.ts).
const PLAN_ENTRIES = entriesOf('plans/*');
const CONTENT_ENTRIES = entriesOf('content');

export function loadFiles(root: string): { files: LoadedFiles; issues: Issue[] } {
  const issues: Issue[] = [];
  const rel = (abs: string) => relative(root, abs).split(sep).join('/');

  const unknownFile = (abs: string, expected: string[]) => {
    const file = rel(abs);
    const name = file.split('/').pop() ?? file;
    issues.push(makeIssue('unknown-file', { file, suggestion: suggest(name, expected) ?? '' }, { file, line: 1, col: 1 }));
  };

  const readText = (abs: string): string | null => {
    const read = readContentText(rel(abs), abs);
    issues.push(...read.issues);
    return read.text;
  };

  const yamlFile = <S extends z.ZodType>(abs: string, schema: S): Parsed<z.infer<S>> => {
    const file = rel(abs);
    if (!existsSync(abs)) {
      issues.push(makeIssue('file-missing', { file }, { file, line: 1, col: 1 }));
      return { data: undefined, source: undefined, file };
    }
    const text = readText(abs);
    if (text === null) return { data: undefined, source: undefined, file };
    return checked(parseYaml(file, text), schema);
  };

  const mdxFile = <S extends z.ZodType>(abs: string, schema: S): Parsed<z.infer<S>> & { body: string } => {
    const file = rel(abs);
    const text = readText(abs);
    if (text === null) return { data: undefined, source: undefined, file, body: '' };
    const parts = splitFrontmatter(text);
    // The body is checked against the MDX policy here, before Astro ever compiles it.
    issues.push(...checkMdxBody(file, parts?.body ?? text, parts?.bodyLine ?? 1));
    if (!parts) {
      issues.push(makeIssue('frontmatter-missing', {}, { file, line: 1, col: 1 }));
      return { data: undefined, source: undefined, file, body: text };
    }
    return { ...checked(parseYaml(file, parts.yaml, 1), schema), body: parts.body };
  };

  const checked = <S extends z.ZodType>(
    parsed: ReturnType<typeof parseYaml>,
    schema: S,
  ): Parsed<z.infer<S>> => {
    issues.push(...parsed.issues);
    if (parsed.issues.length > 0) return { data: undefined, source: parsed.source, file: parsed.source.file };
    const result = checkSchema(parsed.source, schema);
    issues.push(...result.issues);
    return { data: result.data, source: parsed.source, file: parsed.source.file };
  };

  const fromRoot = (relPath: string) => join(root, ...relPath.split('/'));
  const at = (kind: ContentFileKind, ...ids: string[]) => fromRoot(pathOf(kind, ...ids));
  /** An optional file is null when it is absent; a required one is reported missing. */
  const optional = <S extends z.ZodType>(abs: string, schema: S) => (existsSync(abs) ? yamlFile(abs, schema) : null);

  const regions = yamlFile(at(CONTENT_FILES.regions), CONTENT_FILES.regions.schema);
  const owners = yamlFile(at(CONTENT_FILES.owners), CONTENT_FILES.owners.schema);
  const redirects = optional(at(CONTENT_FILES.redirects), CONTENT_FILES.redirects.schema);
  const vocabulary = optional(at(CONTENT_FILES.vocabulary), CONTENT_FILES.vocabulary.schema);

  const directionsDir = fromRoot(folderOf(CONTENT_FILES.direction));
  const directionExt = extOf(CONTENT_FILES.direction);
  const directions = listFiles(directionsDir).flatMap((name) => {
    if (!name.endsWith(directionExt)) {
      unknownFile(join(directionsDir, name), [`${name.replace(/\.[^.]*$/, '')}${directionExt}`]);
      return [];
    }
    const id = name.slice(0, -directionExt.length);
    return [{ ...yamlFile(at(CONTENT_FILES.direction, id), CONTENT_FILES.direction.schema), id }];
  });
  // Anything else in content/ (a .yml twin, a typo) would be silently ignored otherwise.
  for (const name of listFiles(join(root, 'content'))) {
    if (!CONTENT_ENTRIES.includes(name)) unknownFile(join(root, 'content', name), CONTENT_ENTRIES);
  }

  const plansDir = join(root, 'plans');
  const plans: PlanFiles[] = [];
  for (const id of listFiles(plansDir)) {
    const folder = join(plansDir, id);
    if (!statSync(folder).isDirectory()) {
      issues.push(makeIssue('unknown-file', { file: rel(folder), suggestion: '' }, { file: rel(folder), line: 1, col: 1 }));
      continue;
    }
    for (const name of listFiles(folder)) {
      if (PLAN_ENTRIES.includes(name)) continue;
      const file = rel(join(folder, name));
      issues.push(makeIssue('unknown-file', { file, suggestion: suggest(name, PLAN_ENTRIES) ?? '' }, { file, line: 1, col: 1 }));
    }
    const planPath = at(CONTENT_FILES.plan, id);
    if (!existsSync(planPath)) {
      issues.push(makeIssue('plan-metadata-missing', { folder: `${rel(folder)}/` }, { file: `${rel(folder)}/`, line: 1, col: 1 }));
    }
    const introPath = at(CONTENT_FILES.intro, id);
    const chapterDir = fromRoot(folderOf(CONTENT_FILES.chapter, id));
    const chapterExt = extOf(CONTENT_FILES.chapter);
    const chapters = listFiles(chapterDir).flatMap((name) => {
      if (!name.endsWith(chapterExt)) {
        const file = rel(join(chapterDir, name));
        issues.push(makeIssue('unknown-file', { file, suggestion: '' }, { file, line: 1, col: 1 }));
        return [];
      }
      const chapter = name.slice(0, -chapterExt.length);
      return [{ ...mdxFile(at(CONTENT_FILES.chapter, id, chapter), CONTENT_FILES.chapter.schema), id: chapter }];
    });
    plans.push({
      id,
      folder: rel(folder),
      plan: optional(planPath, CONTENT_FILES.plan.schema),
      goals: optional(at(CONTENT_FILES.goals, id), CONTENT_FILES.goals.schema),
      intro: existsSync(introPath) ? mdxFile(introPath, CONTENT_FILES.intro.schema) : null,
      chapters,
    });
  }
  return { files: { regions, owners, redirects, vocabulary, directions, plans }, issues };
}

/** A content file's text, or why it cannot be read as one (a folder, too large, not UTF-8 text …). */
function readContentText(file: string, abs: string): { text: string | null; issues: Issue[] } {
  // A folder (or device) where a file belongs cannot be read as one.
  if (!statSync(abs).isFile()) return { text: null, issues: [makeIssue('unknown-file', { file, suggestion: '' }, { file, line: 1, col: 1 })] };
  // Size first, from the file system: a huge file is never read (and over 2 GiB could not be).
  const tooLarge = checkSize(file, statSync(abs).size);
  if (tooLarge) return { text: null, issues: [tooLarge] };
  const bytes = readFileSync(abs);
  const problem = checkRaw(file, bytes);
  if (problem) return { text: null, issues: [problem] };
  // Editors on Windows may save a byte-order mark; it is not content.
  return { text: bytes.toString('utf8').replace(/^\uFEFF/, ''), issues: [] };
}

export interface ContentYaml {
  data: unknown;
  /** The parsed document, for scripts that rewrite a file and keep its comments; absent when unreadable. */
  doc?: YamlSource['doc'];
  issues: Issue[];
}

/**
 * YAML text as the validator reads it (positions, duplicate keys, alias limit), without the schema: for
 * the editor scripts, which read content that may be half-edited. Data is undefined when there are issues.
 */
export function parseContentYaml(file: string, text: string): ContentYaml {
  const parsed = parseYaml(file, text.replace(/^\uFEFF/, ''));
  return { data: parsed.issues.length > 0 ? undefined : parsed.source.data, doc: parsed.source.doc, issues: parsed.issues };
}

/** A YAML content file under the root (path relative to it, with "/"), read as the validator reads it. */
export function readContentYaml(root: string, file: string): ContentYaml {
  const abs = join(root, ...file.split('/'));
  if (!existsSync(abs)) return { data: undefined, issues: [makeIssue('file-missing', { file }, { file, line: 1, col: 1 })] };
  const read = readContentText(file, abs);
  return read.text === null ? { data: undefined, issues: read.issues } : parseContentYaml(file, read.text);
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  // Sorted so that reports and output are the same on every machine.
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}
