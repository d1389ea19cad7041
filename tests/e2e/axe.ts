// axe-core over a page, as every browser test that checks accessibility runs it. (Not a spec file.)
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe with the WCAG 2.1 A/AA tags and fails (softly) with one readable line per violation and node. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    // The site has no frames: run axe in the page itself instead of opening a blank page per run to gather
    // frame results in (about a second of every run on this machine, with the same findings).
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const report = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.helpUrl}\n` +
      v.nodes
        .map(
          (n) =>
            `    - ${n.target.join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`,
        )
        .join('\n'),
  );
  expect.soft(report, `axe violations on ${where}`).toEqual([]);
  // The run really looked at the page (a page that failed to render would pass vacuously).
  expect.soft(results.passes.length, 'axe rules that passed').toBeGreaterThan(5);
}
