// Derived views of the content model for pages: plan versions per region, current versions.
import type { ContentModel, PlanEntry } from './model.ts';

/** A region's plan versions, newest first. */
export function plansOfRegion(model: ContentModel, regionId: string): PlanEntry[] {
  return model.plans.filter((p) => p.region === regionId).sort((a, b) => b.period.from - a.period.from);
}

/** The current version is a region's newest; older ones are archived. */
export function isCurrent(model: ContentModel, plan: PlanEntry): boolean {
  return plansOfRegion(model, plan.region)[0]?.id === plan.id;
}

export function regionOf(model: ContentModel, plan: PlanEntry) {
  return model.regions.find((r) => r.id === plan.region)!;
}
