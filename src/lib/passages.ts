// The plans' own text as search passages: one per section under its heading on the plan page (the
// introduction, and each chapter with text), as plain text, with the anchor the plan page gives it. Drafts
// have none: their text is not published. Pure (the Markdown is parsed here, not rendered), so the build's
// indexing step, the search page and unit tests derive the same passages.
import { mdxToMdast } from 'satteri';
import { isDraft } from './lifecycle.ts';
import type { ChapterEntry, ContentModel, PlanEntry } from './model.ts';
import { INTRO_ANCHOR, chapterAnchor } from './paths.ts';
import type { LoadedFiles } from './validate/load.ts';

export interface Passage {
  plan: string;
  /** The chapter's id; null for the introduction. */
  chapter: string | null;
  /** The section's id on the plan page. */
  anchor: string;
  /** The section's heading as the plan page shows it. */
  heading: string;
  /** The section's text, its blocks joined by spaces (headings, paragraphs, list items, table cells, notes). */
  text: string;
}

/** A chapter's heading as the plan page shows it: "3. Kunskapsstyrning …", or the title alone. */
export const chapterHeading = (chapter: { number?: string; title: string }) =>
  chapter.number ? `${chapter.number}. ${chapter.title}` : chapter.title;

interface MdNode {
  type: string;
  value?: unknown;
  children?: MdNode[];
}

/** Inline nodes run on within a block; every other node is a block of its own, set apart by a space. */
const INLINE = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode']);

/**
 * The words of a Markdown body as a reader sees them on the page: text and code, without the Markdown's
 * marks, link addresses or footnote markers; blocks apart by a space. Whitespace is collapsed.
 */
export function proseText(body: string): string {
  const tree = mdxToMdast(body, { features: { frontmatter: false } }) as unknown as MdNode;
  const out: string[] = [];
  // Iterative, children in order: a deeply nested body must not overflow the stack.
  const stack: (MdNode | ' ')[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === ' ') {
      out.push(' ');
      continue;
    }
    if (node.type === 'footnoteReference' || node.type === 'html') continue;
    if (node.type === 'break') out.push(' ');
    if ((node.type === 'text' || node.type === 'inlineCode') && typeof node.value === 'string') out.push(node.value);
    const block = !INLINE.has(node.type);
    if (block) stack.push(' ');
    for (const child of [...(node.children ?? [])].reverse()) stack.push(child);
    if (block) out.push(' ');
  }
  return out.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The passages of every published plan, in the content's order: the introduction, then the chapters with
 * text in their order. `bodies` holds the prose as the validator read it, by file.
 */
export function planPassages(model: ContentModel, bodies: ReadonlyMap<string, string>): Passage[] {
  const passages: Passage[] = [];
  const add = (plan: PlanEntry, file: string | null, chapter: ChapterEntry | null, heading: string) => {
    const body = file ? bodies.get(file) : undefined;
    const text = body ? proseText(body) : '';
    if (text === '') return;
    passages.push({
      plan: plan.id,
      chapter: chapter?.id ?? null,
      anchor: chapter ? chapterAnchor(chapter.id) : INTRO_ANCHOR,
      heading,
      text,
    });
  };
  for (const plan of model.plans.filter((p) => !isDraft(p))) {
    add(plan, plan.introFile, null, plan.introTitle ?? '');
    for (const chapter of plan.chapters) add(plan, chapter.file, chapter, chapterHeading(chapter));
  }
  return passages;
}

/** The prose bodies of every introduction and chapter, by file, as the validator read them. */
export function proseBodies(files: LoadedFiles): Map<string, string> {
  return new Map(
    files.plans.flatMap((p) => [...(p.intro ? [p.intro] : []), ...p.chapters]).map((f) => [f.file, f.body]),
  );
}
