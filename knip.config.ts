// Dead code kept out (`npm run lint` runs knip): an export, file or dependency nothing uses is an error.
// Knip's Astro, Playwright, ESLint and node:test plugins find most entry points; these are the rest.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // Command-line tools run by npm scripts, the README or the workflows, and the benchmark's.
    'scripts/*.ts',
    'bench/*.ts',
    // Loaded by <script src> in src/pages/sok.astro, which knip does not follow.
    'src/components/search/search-page.ts',
    // Preloaded (node --import) by the build tests' builds (tests/support/build.ts).
    'tests/support/trace-validations.mjs',
  ],
  // The Starlight site the benchmark builds beside ours has its own dependencies (bench/README.md).
  ignore: ['bench/starlight/**'],
  // An export also used in its own file is part of that module's shape, not dead code.
  ignoreExportsUsedInFile: true,
  ignoreDependencies: [
    // Run by `astro check` (npm run typecheck), which loads it by name.
    '@astrojs/check',
    // Copied from node_modules into the built /redigera/ (src/integrations/cms-editor.ts resolves it by name).
    'decap-cms',
    // Started by path by the editor's browser tests and benchmark (tests/e2e/editor-backend.ts).
    'decap-server',
    // Required by eslint-plugin-astro's jsx-a11y configuration (eslint.config.mjs).
    'eslint-plugin-jsx-a11y',
  ],
};

export default config;
