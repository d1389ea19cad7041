// An Astro content loader that only hands on data the validator has accepted, with ids and positions.
import type { Loader } from 'astro/loaders';
import { contentRoot } from './content-root.ts';
import type { ContentModel } from './model.ts';
import { validate } from './validate/index.ts';

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
