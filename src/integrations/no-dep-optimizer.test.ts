import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EnvironmentOptions } from 'vite';
import { noDepOptimizerInBuild, withoutDepOptimizer } from './no-dep-optimizer.ts';

type Setup = (options: { command: string; updateConfig: (config: unknown) => void }) => void;

function configsFor(command: string): unknown[] {
  const updates: unknown[] = [];
  const setup = noDepOptimizerInBuild().hooks['astro:config:setup'] as unknown as Setup;
  setup({ command, updateConfig: (config) => updates.push(config) });
  return updates;
}

test('only a build gets the plugin; the dev server keeps its optimizer', () => {
  const [build, ...more] = configsFor('build');
  assert.equal(more.length, 0);
  const plugins = (build as { vite: { plugins: { name: string }[] } }).vite.plugins;
  assert.deepEqual(
    plugins.map((p) => p.name),
    ['regionala-cancerplaner:no-dep-optimizer'],
  );
  for (const command of ['dev', 'preview', 'sync']) assert.deepEqual(configsFor(command), [], command);
});

test("every environment's optimizer is left with nothing to include or discover, the rest kept", () => {
  const plugin = withoutDepOptimizer();
  assert.equal(plugin.enforce, 'post');
  assert.equal(typeof plugin.configEnvironment, 'function');
  // As Vite calls it: the environment's name and its options so far, which the hook may change in place.
  const hook = (name: string, config: EnvironmentOptions) =>
    (plugin.configEnvironment as (name: string, config: EnvironmentOptions, env: unknown) => void)(name, config, {
      command: 'serve',
      mode: 'production',
    });
  for (const name of ['client', 'ssr', 'prerender']) {
    const config: EnvironmentOptions = {
      optimizeDeps: { include: ['astro > aria-query', 'astro > axobject-query'], exclude: ['astro:*'] },
      resolve: { dedupe: ['astro'] },
    };
    hook(name, config);
    assert.deepEqual(config, {
      optimizeDeps: { include: [], exclude: ['astro:*'], noDiscovery: true },
      resolve: { dedupe: ['astro'] },
    });
  }
  const bare: EnvironmentOptions = {};
  hook('client', bare);
  assert.deepEqual(bare, { optimizeDeps: { include: [], noDiscovery: true } });
});
