// The browser editor's files (docs/adr/0011), written at the end of the build beside the page /redigera/:
// Decap CMS's bundle and its chunks, copied from node_modules (never a CDN), and config.yml, generated from
// the model this build validated, with the repository and sign-in service of the deployment.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildValidation } from '../lib/build-validation.ts';
import { cmsConfigText } from '../lib/cms-config.ts';
import { contentRoot } from '../lib/content-root.ts';
import { EDITOR_PATH } from '../lib/csp.ts';
import { cmsDeployment } from '../site-config.ts';

/** Decap's files: its bundle and the chunks it loads from beside itself (source maps left out). */
export function decapFiles(): { dir: string; names: string[] } {
  const dir = dirname(createRequire(import.meta.url).resolve('decap-cms'));
  const names = readdirSync(dir).filter((name) => /^(?:\d+\.)?decap-cms\.js$/.test(name));
  return { dir, names };
}

export function cmsEditor(): AstroIntegration {
  return {
    name: 'regionala-cancerplaner:cms-editor',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = join(fileURLToPath(dir), EDITOR_PATH);
        mkdirSync(out, { recursive: true });
        const decap = decapFiles();
        for (const name of decap.names) copyFileSync(join(decap.dir, name), join(out, name));
        const { model } = buildValidation(contentRoot());
        writeFileSync(join(out, 'config.yml'), cmsConfigText(model, cmsDeployment()));
      },
    },
  };
}
