// In `astro build`, Vite's dependency optimizer has nothing to do: it pre-bundles packages for the dev server's
// browser side, and the ones Astro lists (aria-query, axobject-query, html-escaper and the toolbar's entry)
// are the dev toolbar's, which this site turns off. Astro's content sync still starts a dev server for the
// content config, whose optimizer bundled those four packages on every cold build (about 0.05–0.1 s of CPU
// at 10× content, on Rolldown's threads). Vite's own way to turn it off: no discovery and nothing to
// include. The dev server keeps its optimizer.
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The Vite plugin that leaves every environment's dependency optimizer with nothing to do. */
export function withoutDepOptimizer(): Plugin {
  return {
    name: 'regionala-cancerplaner:no-dep-optimizer',
    // After Astro's plugins, which add their packages to the list in their own hooks.
    enforce: 'post',
    configEnvironment(_name, config) {
      config.optimizeDeps = { ...config.optimizeDeps, noDiscovery: true, include: [] };
    },
  };
}

export function noDepOptimizerInBuild(): AstroIntegration {
  return {
    name: 'regionala-cancerplaner:no-dep-optimizer',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [withoutDepOptimizer()] } });
      },
    },
  };
}
