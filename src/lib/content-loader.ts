// Astro content loaders that only hand on what the validator has accepted: the whole content model and
// its coverage (so the pages use the build's one validation and build their index once), and the plans'
// prose rendered through Astro's Markdown pipeline. A build hands both to its pages in memory; the dev
// server keeps them in Astro's data store, as one entry and one entry per file. Both take the content
// gate's result (content-entry.ts) and import nothing of the validator.
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { CONTENT_ENTRY, ContentErrors, acceptedContent, handToPages } from './content-entry.ts';
import { contentRoot } from './content-root.ts';

/** The folders of the content root the validator reads (src/lib/validate/tree.ts). */
const CONTENT_FOLDERS = ['plans', 'content'];
/** How long the dev server waits after a change before it loads the content again. */
const SETTLE_MS = 150;

/** Per dev-server watcher, each loader's latest reload: Astro may call a loader again with a new context. */
const reloads = new WeakMap<object, Map<string, () => Promise<void>>>();

/**
 * Loads now and, in the dev server, again after every change under the content's folders, so an edit
 * shows on the next page load. Content with errors keeps the last good content on the pages; the content
 * collection's loader (`reportErrors`) logs the check's report, so an editor sees it once per change.
 */
async function loadAndWatch(
  context: LoaderContext,
  reportErrors: boolean,
  load: (fresh: boolean) => Promise<void>,
): Promise<void> {
  const { watcher, logger, collection } = context;
  if (!watcher) return load(false);
  const attempt = async () => {
    try {
      await load(true);
    } catch (error) {
      if (!(error instanceof ContentErrors)) throw error;
      // A load with errors leaves the store as it was: the last valid content, from this server or (Astro
      // keeps the store between runs) from an earlier one; or nothing.
      const pages =
        context.store.keys().length > 0
          ? 'sidorna visar det senaste giltiga innehållet tills felen är rättade'
          : 'sidorna visas när felen är rättade';
      if (reportErrors) logger.error(`Innehållet har fel; ${pages}.\n${error.message}`);
    }
  };
  await attempt();
  const latest = reloads.get(watcher) ?? new Map<string, () => Promise<void>>();
  reloads.set(watcher, latest);
  const subscribed = latest.has(collection);
  latest.set(collection, attempt);
  // One subscription per loader and watcher, which runs the latest load.
  if (subscribed) return;
  const root = contentRoot();
  watcher.add(CONTENT_FOLDERS.map((folder) => join(root, folder)));
  // Changes that come together (an editor saving several files, or a save seen as "emptied" and then
  // "written") are loaded once, a moment after the first, so a half-written file is not reported.
  let queued = false;
  let chain = Promise.resolve();
  watcher.on('all', (_event, path) => {
    const [top] = relative(root, path).split(sep);
    if (queued || !top || !CONTENT_FOLDERS.includes(top)) return;
    queued = true;
    chain = chain
      .then(() => new Promise((settled) => setTimeout(settled, SETTLE_MS)))
      .then(() => {
        queued = false;
        return latest.get(collection)!().catch((error: unknown) => logger.error(String(error)));
      });
  });
}

export function validatedLoader(): Loader {
  return {
    name: 'validated-content',
    load: (context) =>
      loadAndWatch(context, true, (fresh) => {
        const root = contentRoot();
        const { content } = acceptedContent(root, fresh);
        context.store.clear();
        // The dev server's pages read the store; a build's take the content in memory (content-entry.ts).
        if (context.watcher)
          context.store.set({ id: CONTENT_ENTRY, data: content as unknown as Record<string, unknown> });
        else handToPages(root, { content });
        return Promise.resolve();
      }),
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
    load: (context) =>
      loadAndWatch(context, false, async (fresh) => {
        const { store, config, watcher } = context;
        const root = contentRoot();
        // The prose as the validator read it (through its door: no link followed, regular files only, size
        // limits), never read again from the disk, so what is rendered is what was checked.
        const { prose } = acceptedContent(root, fresh);
        const entries = [];
        const html = new Map<string, string>();
        for (const { file, body } of prose) {
          const abs = join(root, file);
          const markdown = await context.renderMarkdown(body, { fileURL: pathToFileURL(abs) });
          // The check refuses images (mdx-image), so the pipeline never has a file of its own to fetch.
          if ((markdown.metadata?.imagePaths ?? []).length > 0) throw new Error(`${file} innehåller en bild.`);
          // Without the pipeline's final newline, the pages are byte-identical to those of the MDX compiler.
          const rendered = { ...markdown, html: markdown.html.trimEnd() };
          const id = file.replace(/^plans\//, '').replace(/\.mdx$/, '');
          // A file with no prose (only frontmatter) has nothing to show.
          if (!watcher) {
            if (body.trim()) html.set(id, rendered.html);
            continue;
          }
          entries.push({
            id,
            data: {},
            body,
            filePath: relative(config.root.pathname, abs).split('\\').join('/'),
            digest: context.generateDigest(body),
            rendered,
          });
        }
        // Replaced whole once everything has rendered, so a page never reads half of a reload.
        store.clear();
        for (const entry of entries) store.set(entry);
        if (!watcher) handToPages(root, { prose: html });
      }),
  };
}
