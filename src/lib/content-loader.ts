// Astro content loaders that only hand on what the validator has accepted: the whole content model and
// its coverage as one entry (so the pages use the build's one validation and build their index once), and
// the plans' prose rendered through Astro's Markdown pipeline.
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { buildValidation } from './build-validation.ts';
import { contentRoot } from './content-root.ts';
import type { CoverageCell } from './coverage.ts';
import type { ContentModel } from './model.ts';
import { planPassages, proseBodies, type Passage } from './passages.ts';
import { validate, type ValidationResult } from './validate/index.ts';

/** The one entry of the "content" collection. */
export interface ValidatedContent {
  model: ContentModel;
  coverage: CoverageCell[];
  /** The published plans' text as search passages (src/lib/passages.ts). */
  passages: Passage[];
}

export const CONTENT_ENTRY = 'model';

// A build takes over the content gate's validation; the dev server (which has a watcher) validates
// afresh on every load, so it picks up edits.
function accepted(watching: boolean): ValidationResult {
  const root = contentRoot();
  const result = watching ? validate(root) : buildValidation(root);
  if (!result.ok) throw new Error('Innehållet har fel. Kör "npm run check" för att se dem.');
  return result;
}

export function validatedLoader(): Loader {
  return {
    name: 'validated-content',
    // Astro's Loader type wants a promise; the validated result is already at hand.
    load: ({ store, watcher }) => {
      const result = accepted(Boolean(watcher));
      const data: ValidatedContent = {
        model: result.model,
        coverage: result.coverage,
        passages: planPassages(result.model, proseBodies(result.files)),
      };
      store.clear();
      store.set({ id: CONTENT_ENTRY, data: data as unknown as Record<string, unknown> });
      return Promise.resolve();
    },
  };
}

/**
 * Every introduction and chapter the validator accepted, rendered as Markdown while content loads (the MDX
 * policy leaves nothing in these files that needs MDX; docs/adr/0008-prose-through-markdown.md). Entries
 * are "<plan>/inledning" and "<plan>/kapitel/<chapter>", as the validator names the files.
 */
export function proseLoader(): Loader {
  return {
    name: 'validated-prose',
    load: async (context) => {
      const { store, config, watcher } = context;
      const root = contentRoot();
      const { model, files } = accepted(Boolean(watcher));
      // The prose as the validator read it (through its door: no link followed, regular files only, size
      // limits), never read again from the disk, so what is rendered is what was checked.
      const bodies = proseBodies(files);
      const prose = model.plans.flatMap((p) => [
        ...(p.introFile ? [p.introFile] : []),
        ...p.chapters.map((c) => c.file),
      ]);
      store.clear();
      for (const file of prose) {
        const body = bodies.get(file);
        if (body === undefined) throw new Error(`${file} lästes inte av kontrollen.`);
        const abs = join(root, file);
        const markdown = await context.renderMarkdown(body, { fileURL: pathToFileURL(abs) });
        // The check refuses images (mdx-image), so the pipeline never has a file of its own to fetch.
        if ((markdown.metadata?.imagePaths ?? []).length > 0) throw new Error(`${file} innehåller en bild.`);
        // Without the pipeline's final newline, the pages are byte-identical to those of the MDX compiler.
        const rendered = { ...markdown, html: markdown.html.trimEnd() };
        store.set({
          id: file.replace(/^plans\//, '').replace(/\.mdx$/, ''),
          data: {},
          body,
          filePath: relative(config.root.pathname, abs).split('\\').join('/'),
          digest: context.generateDigest(body),
          rendered,
        });
      }
    },
  };
}
