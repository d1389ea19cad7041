// How a goal is cited. The address is absolute when the deployment's address (SITE_URL) is known;
// otherwise the citation gives the path and says it is a page of this site, never a bare "/mal/…" as
// if it were a full address. Pure, so both cases are unit-tested.
import { goalPath } from './paths.ts';

export interface Citation {
  /** The goal page's address: absolute, or the path on this site. */
  address: string;
  absolute: boolean;
  /** The citation text, e.g. "RCC Norr. Cancerplan … Mål: ”…” Hämtad från https://…/mal/…/". */
  text: string;
}

export function citation(
  goal: { id: string; text: string },
  label: string,
  plan: { title: string },
  rcc: string,
  siteName: string,
  site: URL | string | undefined,
): Citation {
  const path = goalPath(goal.id);
  const cited = `${rcc}. ${plan.title}. ${label}: ”${goal.text}”`;
  if (site) {
    const address = new URL(path, site).href;
    return { address, absolute: true, text: `${cited} Hämtad från ${address}` };
  }
  return { address: path, absolute: false, text: `${cited} Från webbplatsen ${siteName}, sidan ${path}.` };
}
