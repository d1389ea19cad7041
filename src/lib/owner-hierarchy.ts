// Owners that stand for several regions, and the regions they stand for. A "regionerna" owner (e.g.
// "Regionerna" in the Norr plan) means every member region of its healthcare region; a member region
// that has an owner of its own (same name, same healthcare region) shares that owner's goals.
// Pure: no file or Astro access. Built once, in time linear in the regions and owners, so that owner
// pages only look up (the site index holds it).
import type { ContentModel } from './model.ts';
import type { Owner } from '../schemas/index.ts';

export interface MemberRegion {
  /** The member region as regions.yaml names it, e.g. "Region Västerbotten". */
  name: string;
  /** The member region's own owner entry, when goals name it directly. */
  owner: Owner | null;
}

export interface OwnerHierarchy {
  /** A healthcare region's member regions in their listed order, each with its owner entry if it has one. */
  memberRegions: (regionId: string) => MemberRegion[];
  /** The member regions an owner stands for: all of its healthcare region's for "regionerna", else none. */
  regionsRepresented: (owner: Owner) => MemberRegion[];
  /** The owners that stand for a region owner together with the other member regions, e.g. "Regionerna". */
  sharedOwnersOf: (owner: Owner) => Owner[];
}

export function ownerHierarchy(model: ContentModel): OwnerHierarchy {
  // A member region's owner: kind "region", in the same healthcare region, with exactly the member's name.
  const regionOwner = new Map<string, Owner>();
  const key = (regionId: string, name: string) => `${regionId}\u0000${name}`;
  for (const o of model.owners) {
    if (o.kind === 'region' && o.region && !regionOwner.has(key(o.region, o.name))) {
      regionOwner.set(key(o.region, o.name), o);
    }
  }
  const members = new Map<string, MemberRegion[]>(
    model.regions.map((r) => [
      r.id,
      r.members.map((name) => ({ name, owner: regionOwner.get(key(r.id, name)) ?? null })),
    ]),
  );
  const memberRegions = (regionId: string) => members.get(regionId) ?? [];

  const shared = new Map<string, Owner[]>();
  for (const o of model.owners) {
    if (o.kind !== 'regionerna' || !o.region) continue;
    for (const m of memberRegions(o.region)) {
      if (!m.owner) continue;
      const list = shared.get(m.owner.id);
      if (list) list.push(o);
      else shared.set(m.owner.id, [o]);
    }
  }

  return {
    memberRegions,
    regionsRepresented: (owner) => (owner.kind === 'regionerna' && owner.region ? memberRegions(owner.region) : []),
    sharedOwnersOf: (owner) => (owner.kind === 'region' && owner.region ? (shared.get(owner.id) ?? []) : []),
  };
}
