// What the content gate hands the content loaders (the validated model, its coverage and passages, and the
// accepted prose), and what the loaders of a build hand the pages. The loaders run inside Astro's Vite module
// graph, which transforms every module they import on each build; importing the validator there cost about
// 0.3 s of every build. So the validator runs once in Node's own module graph (build-validation.ts) and this
// module, whose one runtime import (the handover) imports nothing, is all the loaders and pages share with it.
import type { CoverageCell } from './coverage.ts';
import { handover } from './handover.ts';
import type { ContentModel } from './model.ts';
import type { Passage } from './passages.ts';

/** The one entry of the "content" collection. */
export interface ValidatedContent {
  model: ContentModel;
  coverage: CoverageCell[];
  /** The published plans' text as search passages (src/lib/passages.ts). */
  passages: Passage[];
}

export const CONTENT_ENTRY = 'model';

/** An introduction or chapter as the validator read it: its file (from the content root) and its body. */
export interface AcceptedProse {
  file: string;
  body: string;
}

/** What the loaders store. */
export interface LoaderContent {
  content: ValidatedContent;
  prose: AcceptedProse[];
}

/**
 * Gives the loaders their content, or the check's report when the content has errors; `fresh` validates
 * again (the dev server, which watches the files).
 */
export type ContentSource = (fresh: boolean) => LoaderContent | { report: string };

/** Content with errors: the message is the check's whole report, as `npm run check` prints it. */
export class ContentErrors extends Error {}

const sources = handover<ContentSource>('content-source');

/** Called by the content gate (build-validation.ts) for the content root it validated. */
export function offerContent(root: string, source: ContentSource): void {
  sources.put(root, source);
}

/** The content for the loaders of `root`; an internal fault if the gate has not run for it. */
export function acceptedContent(root: string, fresh: boolean): LoaderContent {
  const source = sources.take(root);
  if (!source) throw new Error(`The content gate did not validate ${root}: is contentGate() in astro.config.mjs?`);
  const content = source(fresh);
  if ('report' in content) throw new ContentErrors(content.report);
  return content;
}

/** The rendered HTML of each introduction and chapter with prose, by its entry ("<plan>/kapitel/<chapter>"). */
export type ProseHtml = ReadonlyMap<string, string>;

// A build's pages take what the loaders made in memory, as they take the history. Through Astro's data store
// it would be serialized into the store's file and into the pages' bundle (about 15 MB of JSON at 100×
// content) and parsed back. The dev server's loaders keep using the store: it holds the last valid content
// while the content has errors, also across restarts.
const pageContent = handover<ValidatedContent>('page-content');
const pageProse = handover<ProseHtml>('page-prose');

/** Called by the content loaders of a build. */
export function handToPages(root: string, part: { content: ValidatedContent } | { prose: ProseHtml }): void {
  if ('content' in part) pageContent.put(root, part.content);
  else pageProse.put(root, part.prose);
}

/** The content the loaders of this build handed over; an internal fault if they did not run. */
export function handedContent(root: string): ValidatedContent {
  const content = pageContent.take(root);
  if (!content) throw new Error(`The content loader did not hand over the content of ${root}.`);
  return content;
}

/** The prose the loaders of this build handed over; an internal fault if they did not run. */
export function handedProse(root: string): ProseHtml {
  const prose = pageProse.take(root);
  if (!prose) throw new Error(`The prose loader did not hand over the prose of ${root}.`);
  return prose;
}
