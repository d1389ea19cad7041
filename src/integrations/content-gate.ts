// Runs the validator before Astro loads any content, so `astro build` on its own also fails with the
// validator's Swedish messages. Astro alone only logs some content errors and exits 0.
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../lib/content-root.ts';
import { validate } from '../lib/validate/index.ts';
import { formatText, summary } from '../lib/validate/report.ts';

export function contentGate(): AstroIntegration {
  return {
    name: 'regionala-cancerplaner:content-gate',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const result = validate(contentRoot());
        const errors = result.issues.filter((i) => i.severity === 'error');
        if (errors.length === 0) return;
        const report = `${formatText(result.issues)}\n\n${summary(result.issues)}`;
        // The dev server keeps running so an editor can fix and reload; a build must stop.
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        throw new Error(`Innehållet har fel; bygget avbryts.\n\n${report}`);
      },
    },
  };
}
