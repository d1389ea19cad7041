// What the content gate hands the content loaders: the validated model, its coverage and passages, and the
// accepted prose. The loaders run inside Astro's Vite module graph, which transforms every module they import
// on each build; importing the validator there cost about 0.3 s of every build. So the validator
// runs once in Node's own module graph (build-validation.ts) and this module, whose one runtime import (the
// handover) imports nothing, is all the loaders and pages share with it.
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
