// Finds and parses every content file under a root, reporting every problem instead of stopping.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import {
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

const PLAN_FILES = ['plan.yaml', 'goals.yaml', 'inledning.mdx', 'kapitel'];
const CONTENT_FILES = ['regions.yaml', 'owners.yaml', 'redirects.yaml', 'search-vocabulary.yaml', 'directions'];

export function loadFiles(root: string): { files: LoadedFiles; issues: Issue[] } {
  const issues: Issue[] = [];
  const rel = (abs: string) => relative(root, abs).split(sep).join('/');

  const unknownFile = (abs: string, expected: string[]) => {
    const file = rel(abs);
    const name = file.split('/').pop() ?? file;
    issues.push(makeIssue('unknown-file', { file, suggestion: suggest(name, expected) ?? '' }, { file, line: 1, col: 1 }));
  };

  const readText = (abs: string): string | null => {
    // A folder (or device) where a file belongs cannot be read as one.
    if (!statSync(abs).isFile()) {
      issues.push(makeIssue('unknown-file', { file: rel(abs), suggestion: '' }, { file: rel(abs), line: 1, col: 1 }));
      return null;
    }
    // Size first, from the file system: a huge file is never read (and over 2 GiB could not be).
    const tooLarge = checkSize(rel(abs), statSync(abs).size);
    if (tooLarge) {
      issues.push(tooLarge);
      return null;
    }
    const bytes = readFileSync(abs);
    const problem = checkRaw(rel(abs), bytes);
    if (problem) {
      issues.push(problem);
      return null;
    }
    // Editors on Windows may save a byte-order mark; it is not content.
    return bytes.toString('utf8').replace(/^\uFEFF/, '');
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

  const regions = yamlFile(join(root, 'content', 'regions.yaml'), regionsFileSchema);
  const owners = yamlFile(join(root, 'content', 'owners.yaml'), ownersFileSchema);
  const redirectsPath = join(root, 'content', 'redirects.yaml');
  const redirects = existsSync(redirectsPath) ? yamlFile(redirectsPath, redirectsFileSchema) : null;
  const vocabularyPath = join(root, 'content', 'search-vocabulary.yaml');
  const vocabulary = existsSync(vocabularyPath) ? yamlFile(vocabularyPath, vocabularyFileSchema) : null;

  const directionsDir = join(root, 'content', 'directions');
  const directions = listFiles(directionsDir).flatMap((name) => {
    if (!name.endsWith('.yaml')) {
      unknownFile(join(directionsDir, name), [`${name.replace(/\.[^.]*$/, '')}.yaml`]);
      return [];
    }
    return [{ ...yamlFile(join(directionsDir, name), directionSchema), id: name.replace(/\.yaml$/, '') }];
  });
  // Anything else in content/ (a .yml twin, a typo) would be silently ignored otherwise.
  for (const name of listFiles(join(root, 'content'))) {
    if (!CONTENT_FILES.includes(name)) unknownFile(join(root, 'content', name), CONTENT_FILES);
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
      if (PLAN_FILES.includes(name)) continue;
      const file = rel(join(folder, name));
      issues.push(makeIssue('unknown-file', { file, suggestion: suggest(name, PLAN_FILES) ?? '' }, { file, line: 1, col: 1 }));
    }
    const planPath = join(folder, 'plan.yaml');
    if (!existsSync(planPath)) {
      issues.push(makeIssue('plan-metadata-missing', { folder: `${rel(folder)}/` }, { file: `${rel(folder)}/`, line: 1, col: 1 }));
    }
    const goalsPath = join(folder, 'goals.yaml');
    const introPath = join(folder, 'inledning.mdx');
    const chapterDir = join(folder, 'kapitel');
    const chapters = listFiles(chapterDir).flatMap((name) => {
      if (!name.endsWith('.mdx')) {
        const file = rel(join(chapterDir, name));
        issues.push(makeIssue('unknown-file', { file, suggestion: '' }, { file, line: 1, col: 1 }));
        return [];
      }
      return [{ ...mdxFile(join(chapterDir, name), chapterSchema), id: name.replace(/\.mdx$/, '') }];
    });
    plans.push({
      id,
      folder: rel(folder),
      plan: existsSync(planPath) ? yamlFile(planPath, planSchema) : null,
      goals: existsSync(goalsPath) ? yamlFile(goalsPath, goalsFileSchema) : null,
      intro: existsSync(introPath) ? mdxFile(introPath, introSchema) : null,
      chapters,
    });
  }
  return { files: { regions, owners, redirects, vocabulary, directions, plans }, issues };
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  // Sorted so that reports and output are the same on every machine.
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}
