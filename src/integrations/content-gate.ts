// Validates the content before Astro loads any of it, so `astro build` on its own also fails, with
// exactly the report `npm run check` prints. Astro alone only logs some content errors and exits 0.
// The result is the build's only validation: the content loader takes it over (build-validation.ts).
import type { AstroIntegration } from 'astro';
import { startHistoryForBuild } from '../lib/build-history.ts';
import { validateForBuild } from '../lib/build-validation.ts';
import { contentRoot } from '../lib/content-root.ts';
import { textReport } from '../lib/validate/report.ts';

export function contentGate(): AstroIntegration {
  return {
    name: 'regionala-cancerplaner:content-gate',
    hooks: {
      'astro:config:setup': ({ command }) => {
        const root = contentRoot();
        const result = validateForBuild(root);
        if (result.ok) {
          // The dev server reads the history when its pages load, so an edit shows without a restart.
          if (command === 'build')
            startHistoryForBuild(root, new Map(result.model.redirects.map((r) => [r.from, r.to])));
          return;
        }
        // The dev server keeps running so an editor can fix the files: its content loaders report the errors
        // (src/lib/content-loader.ts) and load again on every change. A build must stop.
        if (command === 'dev') return;
        const report = textReport(result.issues);
        // Printed as is (not through Astro's logger, which prefixes every line), so it reads like the check.
        // A refusal ends the process with status 1 rather than throwing: a throw here is reported by Astro as
        // "an unhandled error" with an English stack trace, which reads like a crash. A real fault inside the
        // validator still throws above and keeps its trace.
        process.stdout.write(`${report}\n`);
        process.stderr.write(
          'Innehållet har fel; bygget avbryts. Felen står ovan (samma som "npm run check" visar).\n',
        );
        process.exit(1);
      },
    },
  };
}
