// Finds and parses every content file under a root, reporting every problem instead of stopping.
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { CONTENT_FILES, entriesOf, extOf, folderOf, pathOf, type ContentFileKind } from '../../schemas/files.ts';
import type {
  chapterSchema,
  directionSchema,
  goalsFileSchema,
  introSchema,
  ownersFileSchema,
  placesFileSchema,
  planSchema,
  redirectsFileSchema,
  regionsFileSchema,
  termsFileSchema,
  vocabularyFileSchema,
  siteInfoSchema,
} from '../../schemas/index.ts';
import { suggest } from '../suggest.ts';
import { makeIssue, type Issue } from './issue.ts';
import { checkMdxBody } from './mdx-policy.ts';
import { checkRaw, checkSize, MAX_FILE_BYTES, parseYaml, splitFrontmatter, type YamlSource } from './source.ts';
import { checkSchema, salvageRecords, type Salvaged } from './schema-check.ts';
import { checkProseChars } from './text-chars.ts';
import { entryKind, listEntries, pathInside, readRegularFile, type EntryKind } from './tree.ts';

export interface Parsed<T> {
  /** The file's data, only when all of it passed its schema. */
  data: T | undefined;
  source: YamlSource | undefined;
  file: string;
  /** The file's records one by one, as far as each could be read (absent when the YAML itself could not be). */
  records?: Salvaged[];
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
  /** content/site.yaml, which is optional. */
  site: Parsed<z.infer<typeof siteInfoSchema>> | null;
  /** content/places.yaml (counties and municipalities), which is optional. */
  places: Parsed<z.infer<typeof placesFileSchema>> | null;
  /** content/terms.yaml (terms and abbreviations), which is optional. */
  terms: Parsed<z.infer<typeof termsFileSchema>> | null;
  directions: (Parsed<z.infer<typeof directionSchema>> & { id: string })[];
  plans: PlanFiles[];
}

// What a plan folder and content/ may hold, from the table of content files (src/schemas/files.ts).
const PLAN_ENTRIES = entriesOf('plans/*');
const CONTENT_ENTRIES = entriesOf('content');
/** A file's name within its folder ("content/owners.yaml" → "owners.yaml"). */
const nameOf = (kind: ContentFileKind) => kind.pattern.slice(kind.pattern.lastIndexOf('/') + 1);

export function loadFiles(root: string): { files: LoadedFiles; issues: Issue[] } {
  const issues: Issue[] = [];
  const rel = (abs: string) => relative(root, abs).split(sep).join('/');

  const unknownFile = (abs: string, expected: string[]) => {
    const file = rel(abs);
    const name = file.split('/').pop() ?? file;
    issues.push(makeIssue('unknown-file', { file, suggestion: suggest(name, expected) }, { file, line: 1, col: 1 }));
  };

  const at1 = (abs: string) => ({ file: rel(abs), line: 1, col: 1 });

  /** What is at a path; a symbolic link is reported here once and is never looked through. */
  const look = (abs: string): EntryKind => {
    const kind = entryKind(abs);
    if (kind === 'symlink') issues.push(makeIssue('symlink', { file: rel(abs) }, at1(abs)));
    return kind;
  };

  /** The entries of a folder, each looked at (links reported), as [name, kind] pairs. */
  const entries = (dir: string): [string, EntryKind][] =>
    look(dir) === 'dir' ? listEntries(dir).map((name) => [name, look(join(dir, name))]) : [];

  const readText = (abs: string): string | null => {
    const read = readContentText(rel(abs), abs);
    issues.push(...read.issues);
    return read.text;
  };

  /** A file the site cannot do without: missing is an error of its own (a link is reported by look). */
  const requiredYaml = <S extends z.ZodType>(abs: string, schema: S): Parsed<z.infer<S>> => {
    const kind = look(abs);
    if (kind === 'missing') issues.push(makeIssue('file-missing', { file: rel(abs) }, at1(abs)));
    if (kind === 'missing' || kind === 'symlink') return { data: undefined, source: undefined, file: rel(abs) };
    return yamlFile(abs, schema);
  };

  /** A file that may be left out; null when it is absent or a link (reported by look). */
  const optionalYaml = <S extends z.ZodType>(abs: string, schema: S): Parsed<z.infer<S>> | null => {
    const kind = look(abs);
    return kind === 'missing' || kind === 'symlink' ? null : yamlFile(abs, schema);
  };

  const yamlFile = <S extends z.ZodType>(abs: string, schema: S): Parsed<z.infer<S>> => {
    const file = rel(abs);
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
    issues.push(...checkProseChars(file, parts?.body ?? text, parts?.bodyLine ?? 1));
    if (!parts) {
      issues.push(makeIssue('frontmatter-missing', {}, { file, line: 1, col: 1 }));
      return { data: undefined, source: undefined, file, body: text };
    }
    return { ...checked(parseYaml(file, parts.yaml, 1), schema), body: parts.body };
  };

  const checked = <S extends z.ZodType>(parsed: ReturnType<typeof parseYaml>, schema: S): Parsed<z.infer<S>> => {
    issues.push(...parsed.issues);
    if (parsed.issues.length > 0) return { data: undefined, source: parsed.source, file: parsed.source.file };
    const result = checkSchema(parsed.source, schema);
    issues.push(...result.issues);
    const records = result.data === undefined ? salvageRecords(schema, parsed.source.data) : undefined;
    return { data: result.data, source: parsed.source, file: parsed.source.file, records };
  };

  // content/ and plans/ themselves must be real folders too (a link to either is reported, not followed).
  const contentDir = join(root, 'content');
  const contentLinked = entryKind(contentDir) === 'symlink';
  const contentEntries = entries(contentDir);
  const contentKind = (name: string) => contentEntries.find(([n]) => n === name)?.[1] ?? 'missing';
  const inContent = <T>(name: string, read: (abs: string) => T, absent: T): T =>
    // Links inside content/ were reported when it was listed; a linked content/ is not looked into.
    contentLinked || contentKind(name) === 'symlink' ? absent : read(join(contentDir, name));
  const unreadYaml = <T>(kind: ContentFileKind): Parsed<T> => ({
    data: undefined,
    source: undefined,
    file: pathOf(kind),
  });
  const regions = inContent(
    nameOf(CONTENT_FILES.regions),
    (abs) => requiredYaml(abs, CONTENT_FILES.regions.schema),
    unreadYaml<z.infer<typeof regionsFileSchema>>(CONTENT_FILES.regions),
  );
  const owners = inContent(
    nameOf(CONTENT_FILES.owners),
    (abs) => requiredYaml(abs, CONTENT_FILES.owners.schema),
    unreadYaml<z.infer<typeof ownersFileSchema>>(CONTENT_FILES.owners),
  );
  const redirects = inContent(
    nameOf(CONTENT_FILES.redirects),
    (abs) => optionalYaml(abs, CONTENT_FILES.redirects.schema),
    null,
  );
  const vocabulary = inContent(
    nameOf(CONTENT_FILES.vocabulary),
    (abs) => optionalYaml(abs, CONTENT_FILES.vocabulary.schema),
    null,
  );
  const places = inContent(nameOf(CONTENT_FILES.places), (abs) => optionalYaml(abs, CONTENT_FILES.places.schema), null);
  const terms = inContent(nameOf(CONTENT_FILES.terms), (abs) => optionalYaml(abs, CONTENT_FILES.terms.schema), null);

  const site = inContent(nameOf(CONTENT_FILES.site), (abs) => optionalYaml(abs, CONTENT_FILES.site.schema), null);

  const directionsFolder = folderOf(CONTENT_FILES.direction);
  const directionsDir = join(root, ...directionsFolder.split('/'));
  const directionExt = extOf(CONTENT_FILES.direction);
  const directionsPresent = contentKind(directionsFolder.slice(directionsFolder.lastIndexOf('/') + 1)) === 'dir';
  const directions = (directionsPresent ? entries(directionsDir) : []).flatMap(([name, kind]) => {
    if (kind === 'symlink') return [];
    if (!name.endsWith(directionExt)) {
      unknownFile(join(directionsDir, name), [`${name.replace(/\.[^.]*$/, '')}${directionExt}`]);
      return [];
    }
    return [
      {
        ...yamlFile(join(directionsDir, name), CONTENT_FILES.direction.schema),
        id: name.slice(0, -directionExt.length),
      },
    ];
  });
  // Anything else in content/ (a .yml twin, a typo) would be silently ignored otherwise.
  for (const [name, kind] of contentEntries) {
    if (kind !== 'symlink' && !CONTENT_ENTRIES.includes(name)) unknownFile(join(contentDir, name), CONTENT_ENTRIES);
  }

  const plansDir = join(root, 'plans');
  const plans: PlanFiles[] = [];
  for (const [id, folderKind] of entries(plansDir)) {
    const folder = join(plansDir, id);
    if (folderKind === 'symlink') continue;
    if (folderKind !== 'dir') {
      issues.push(makeIssue('unknown-file', { file: rel(folder) }, at1(folder)));
      continue;
    }
    const planEntries = entries(folder);
    const kindOf = (name: string) => planEntries.find(([n]) => n === name)?.[1] ?? 'missing';
    for (const [name, kind] of planEntries) {
      if (PLAN_ENTRIES.includes(name) || kind === 'symlink') continue;
      const file = rel(join(folder, name));
      issues.push(
        makeIssue('unknown-file', { file, suggestion: suggest(name, PLAN_ENTRIES) }, { file, line: 1, col: 1 }),
      );
    }
    if (kindOf(nameOf(CONTENT_FILES.plan)) === 'missing') {
      issues.push(
        makeIssue('plan-metadata-missing', { folder: `${rel(folder)}/` }, { file: `${rel(folder)}/`, line: 1, col: 1 }),
      );
    }
    // A linked file is not read, but it is there: rules that need it stay quiet, as for a file that
    // could not be read, instead of reporting it as absent.
    const unread = (abs: string) => ({ data: undefined, source: undefined, file: rel(abs), body: '' });
    const planFile = <T>(name: string, read: (abs: string) => T): T | ReturnType<typeof unread> | null => {
      const kind = kindOf(name);
      return kind === 'missing' ? null : kind === 'symlink' ? unread(join(folder, name)) : read(join(folder, name));
    };
    const chapterFolder = folderOf(CONTENT_FILES.chapter, id);
    const chapterDir = join(root, ...chapterFolder.split('/'));
    const chapterExt = extOf(CONTENT_FILES.chapter);
    const chapterEntries =
      kindOf(chapterFolder.slice(chapterFolder.lastIndexOf('/') + 1)) === 'dir' ? entries(chapterDir) : [];
    const chapters = chapterEntries.flatMap(([name, kind]) => {
      const chapterId = name.slice(0, -chapterExt.length);
      if (kind === 'symlink' && name.endsWith(chapterExt))
        return [{ ...unread(join(chapterDir, name)), id: chapterId }];
      if (kind === 'symlink') return [];
      if (!name.endsWith(chapterExt)) {
        const file = rel(join(chapterDir, name));
        issues.push(makeIssue('unknown-file', { file }, { file, line: 1, col: 1 }));
        return [];
      }
      return [{ ...mdxFile(join(chapterDir, name), CONTENT_FILES.chapter.schema), id: chapterId }];
    });
    plans.push({
      id,
      folder: rel(folder),
      plan: planFile(nameOf(CONTENT_FILES.plan), (abs) => yamlFile(abs, CONTENT_FILES.plan.schema)),
      goals: planFile(nameOf(CONTENT_FILES.goals), (abs) => yamlFile(abs, CONTENT_FILES.goals.schema)),
      intro: planFile(nameOf(CONTENT_FILES.intro), (abs) => mdxFile(abs, CONTENT_FILES.intro.schema)),
      chapters,
    });
  }
  return { files: { regions, owners, redirects, vocabulary, site, places, terms, directions, plans }, issues };
}

/** A content file's text, or why it cannot be read as one (a link, a folder, too large, not UTF-8 text …). */
function readContentText(file: string, abs: string): { text: string | null; issues: Issue[] } {
  const at1 = { file, line: 1, col: 1 };
  const read = readRegularFile(abs, MAX_FILE_BYTES);
  if (!read.ok) {
    // A folder (or device) where a file belongs cannot be read as one; a size over the limit is said
    // from the file system alone, so a huge file is never read (and over 2 GiB could not be).
    if (read.reason === 'symlink') return { text: null, issues: [makeIssue('symlink', { file }, at1)] };
    if (read.reason === 'too-large') return { text: null, issues: [checkSize(file, read.size!)!] };
    if (read.reason === 'unreadable') return { text: null, issues: [makeIssue('file-unreadable', { file }, at1)] };
    return { text: null, issues: [makeIssue('not-a-file', { file }, at1)] };
  }
  const problem = checkRaw(file, read.bytes);
  if (problem) return { text: null, issues: [problem] };
  // Editors on Windows may save a byte-order mark; it is not content.
  return { text: read.bytes.toString('utf8').replace(/^\uFEFF/, ''), issues: [] };
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
  return {
    data: parsed.issues.length > 0 ? undefined : parsed.source.data,
    // Made only for the scripts that rewrite a file; reading goals needs only the value.
    get doc() {
      return parsed.source.doc;
    },
    issues: parsed.issues,
  };
}

/** A YAML content file under the root (path relative to it, with "/"), read as the validator reads it. */
export function readContentYaml(root: string, file: string): ContentYaml {
  const at1 = { file, line: 1, col: 1 };
  // Through the door: a link anywhere on the way (a linked plan folder too) is refused, never followed.
  const where = pathInside(root, file);
  if (!where.ok && where.reason === 'symlink')
    return { data: undefined, issues: [makeIssue('symlink', { file: where.at }, { ...at1, file: where.at })] };
  if (!where.ok || where.kind === 'missing')
    return { data: undefined, issues: [makeIssue('file-missing', { file }, at1)] };
  const read = readContentText(file, where.abs);
  return read.text === null ? { data: undefined, issues: read.issues } : parseContentYaml(file, read.text);
}
