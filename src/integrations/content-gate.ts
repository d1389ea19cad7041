// Validates the content before Astro loads any of it, so `astro build` on its own also fails, with
// exactly the report `npm run check` prints. Astro alone only logs some content errors and exits 0.
// The result is the build's only validation: the content loader takes it over (build-validation.ts).
import type { AstroIntegration } from 'astro';
import { validateForBuild } from '../lib/build-validation.ts';
import { contentRoot } from '../lib/content-root.ts';
import { textReport } from '../lib/validate/report.ts';

export function contentGate(): AstroIntegration {
  return {
    name: 'regionala-cancerplaner:content-gate',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const result = validateForBuild(contentRoot());
        if (result.ok) return;
        const report = textReport(result.issues);
        // The dev server keeps running so an editor can fix and reload; a build must stop.
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        // Printed as is (not through Astro's logger, which prefixes every line), so it reads like the check.
        process.stdout.write(`${report}\n`);
        throw new Error('Innehållet har fel; bygget avbryts. Felen står ovan (samma som "npm run check" visar).');
      },
    },
  };
}
