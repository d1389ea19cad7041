// An Astro content loader that only hands on what the validator has accepted: the whole content model
// and its coverage as one entry, so the pages use the build's one validation and build their index once.
import type { Loader } from 'astro/loaders';
import { buildValidation } from './build-validation.ts';
import { contentRoot } from './content-root.ts';
import type { CoverageCell } from './coverage.ts';
import type { ContentModel } from './model.ts';
import { validate } from './validate/index.ts';

/** The one entry of the "content" collection. */
export interface ValidatedContent {
  model: ContentModel;
  coverage: CoverageCell[];
}

export const CONTENT_ENTRY = 'model';

export function validatedLoader(): Loader {
  return {
    name: 'validated-content',
    load: async ({ store, watcher }) => {
      // A build takes over the content gate's validation; the dev server (which has a watcher) validates
      // afresh on every load, so it picks up edits.
      const root = contentRoot();
      const result = watcher ? validate(root) : buildValidation(root);
      if (!result.ok) throw new Error('Innehållet har fel. Kör "npm run check" för att se dem.');
      const data: ValidatedContent = { model: result.model, coverage: result.coverage };
      store.clear();
      store.set({ id: CONTENT_ENTRY, data: data as unknown as Record<string, unknown> });
    },
  };
}
