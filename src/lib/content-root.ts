// Where content lives. Tests and benchmarks point CONTENT_ROOT at a fixture or generated tree.
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { contentRootSetting } from '../site-config.ts';

export function contentRoot(): string {
  return resolve(contentRootSetting() ?? process.cwd());
}

/**
 * Astro's cache folder (its content data store among it) for a content root: Astro's default for the
 * project's own content, a folder of its own for every other root, so builds that switch CONTENT_ROOT
 * never take each other's cached entries.
 */
export function cacheDirFor(root: string, project: string): string {
  const base = join(project, 'node_modules', '.astro');
  if (resolve(root) === resolve(project)) return base;
  return join(base, 'content-roots', createHash('sha256').update(resolve(root)).digest('hex').slice(0, 16));
}
