// Astro content loaders that only hand on what the validator has accepted: the whole content model and
// its coverage as one entry (so the pages use the build's one validation and build their index once), and
// the plans' prose rendered through Astro's Markdown pipeline. Both take the content gate's result
// (content-entry.ts) and import nothing of the validator.
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { CONTENT_ENTRY, acceptedContent } from './content-entry.ts';
import { contentRoot } from './content-root.ts';

export function validatedLoader(): Loader {
  return {
    name: 'validated-content',
    // Astro's Loader type wants a promise; the validated result is already at hand.
    load: ({ store, watcher }) => {
      const { content } = acceptedContent(contentRoot(), Boolean(watcher));
      store.clear();
      store.set({ id: CONTENT_ENTRY, data: content as unknown as Record<string, unknown> });
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
      // The prose as the validator read it (through its door: no link followed, regular files only, size
      // limits), never read again from the disk, so what is rendered is what was checked.
      const { prose } = acceptedContent(root, Boolean(watcher));
      store.clear();
      for (const { file, body } of prose) {
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
