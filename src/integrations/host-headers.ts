// Writes dist/_headers at the end of the build (src/lib/csp.ts: the Content-Security-Policy as an HTTP header
// and caching for hashed assets), for hosts that read it; others ignore the file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hostHeaders } from '../lib/csp.ts';

export function hostHeadersFile(basePath: string): AstroIntegration {
  return {
    name: 'regionala-cancerplaner:host-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), hostHeaders(basePath));
      },
    },
  };
}
