// Owners that stand for several regions, and the regions they stand for. A "regionerna" owner (e.g.
// "Regionerna" in the Norr plan) means every member region of its healthcare region; a member region
// that has an owner of its own (same name, same healthcare region) shares that owner's goals.
// Pure: no file or Astro access.
import type { ContentModel } from './model.ts';
import type { Owner } from '../schemas/index.ts';

export interface MemberRegion {
  /** The member region as regions.yaml names it, e.g. "Region Västerbotten". */
  name: string;
  /** The member region's own owner entry, when goals name it directly. */
  owner: Owner | null;
}

/** A healthcare region's member regions in their listed order, each with its owner entry if it has one. */
export function memberRegions(model: ContentModel, regionId: string): MemberRegion[] {
  const region = model.regions.find((r) => r.id === regionId);
  if (!region) return [];
  return region.members.map((name) => ({
    name,
    owner: model.owners.find((o) => o.kind === 'region' && o.region === regionId && o.name === name) ?? null,
  }));
}

/** The member regions an owner stands for: all of its healthcare region's for "regionerna", else none. */
export function regionsRepresented(model: ContentModel, owner: Owner): MemberRegion[] {
  return owner.kind === 'regionerna' && owner.region ? memberRegions(model, owner.region) : [];
}

/** The owners that stand for a region owner together with the other member regions, e.g. "Regionerna". */
export function sharedOwnersOf(model: ContentModel, owner: Owner): Owner[] {
  if (owner.kind !== 'region' || !owner.region) return [];
  return model.owners.filter(
    (o) =>
      o.kind === 'regionerna' &&
      o.region === owner.region &&
      regionsRepresented(model, o).some((m) => m.owner?.id === owner.id),
  );
}
