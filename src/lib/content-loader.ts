// Astro content loaders that only hand on data the validator has accepted: the YAML records with ids and
// positions, and the plans' prose rendered through Astro's Markdown pipeline.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { contentRoot } from './content-root.ts';
import type { ContentModel } from './model.ts';
import { validate } from './validate/index.ts';
import { splitFrontmatter } from './validate/source.ts';

let cached: ContentModel | undefined;

function acceptedModel(): ContentModel {
  if (!cached) {
    const result = validate(contentRoot());
    if (!result.ok) throw new Error('Innehållet har fel. Kör "npm run check" för att se dem.');
    cached = result.model;
  }
  return cached;
}

type Kind = 'regions' | 'owners' | 'directions' | 'plans' | 'goals' | 'redirects' | 'vocabulary';

export function validatedLoader(kind: Kind): Loader {
  return {
    name: `validated-${kind}`,
    load: async ({ store, parseData, watcher }) => {
      // A build validates once for all collections; the dev server (which has a watcher) afresh on every
      // load, so it picks up edits.
      if (watcher) cached = undefined;
      const model = acceptedModel();
      const entries: { id: string }[] =
        kind === 'redirects'
          ? model.redirects.map((r) => ({ ...r, id: r.from }))
          : kind === 'vocabulary'
          ? (model.vocabulary ?? []).map((v) => ({ ...v, id: v.word }))
          : kind === 'goals'
          ? model.plans.flatMap((p) => p.goals)
          : kind === 'plans'
            ? model.plans.map(({ goals: _goals, ...plan }) => plan)
            : model[kind];
      store.clear();
      for (const entry of entries) {
        const data = await parseData({ id: entry.id, data: entry as unknown as Record<string, unknown> });
        store.set({ id: entry.id, data });
      }
    },
  };
}

/**
 * Every introduction and chapter the validator accepted, rendered as Markdown while content loads (the MDX
 * policy leaves nothing in these files that needs MDX; docs/adr/0007-prose-through-markdown.md). Entries
 * are "<plan>/inledning" and "<plan>/kapitel/<chapter>", as the validator names the files.
 */
export function proseLoader(): Loader {
  return {
    name: 'validated-prose',
    load: async ({ store, config, renderMarkdown, generateDigest, watcher }) => {
      if (watcher) cached = undefined;
      const root = contentRoot();
      const files = acceptedModel().plans.flatMap((p) => [...(p.introFile ? [p.introFile] : []), ...p.chapters.map((c) => c.file)]);
      store.clear();
      for (const file of files) {
        const abs = join(root, file);
        // Only files the validator has just read as regular files inside the content root.
        const text = readFileSync(abs, 'utf8');
        const body = splitFrontmatter(text)?.body ?? text;
        const markdown = await renderMarkdown(body, { fileURL: pathToFileURL(abs) });
        // Without the pipeline's final newline, the pages are byte-identical to those of the MDX compiler.
        const rendered = { ...markdown, html: markdown.html.trimEnd() };
        store.set({
          id: file.replace(/^plans\//, '').replace(/\.mdx$/, ''),
          data: {},
          body,
          filePath: relative(config.root.pathname, abs).split('\\').join('/'),
          digest: generateDigest(text),
          rendered,
          assetImports: rendered.metadata?.imagePaths,
        });
      }
    },
  };
}
