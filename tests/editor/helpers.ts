// Shared helpers for the editor-workflow tests: temporary folders, git repositories with the base content,
// and reading a content file's YAML exactly as the validator does. Scripts run through tests/support/.
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseYaml, splitFrontmatter } from '../../src/lib/validate/source.ts';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const BASE = join(REPO, 'tests', 'fixtures', 'base');

const dirs: string[] = [];

export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `rcp-editor-${name}-`));
  dirs.push(dir);
  return dir;
}

export function cleanupTempDirs() {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A copy of the repository's real content (content/ and plans/) in a temporary folder. */
export function copyRealContent(name: string): string {
  const root = tempDir(name);
  cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(REPO, 'plans'), join(root, 'plans'), { recursive: true });
  return root;
}

/** Runs git in a folder with a fixed identity and no system or user configuration; asserts it succeeds. */
export function git(cwd: string, ...args: string[]) {
  const result = spawnSync(
    'git',
    [
      '-c',
      'user.name=Test',
      '-c',
      'user.email=test@example.org',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'init.defaultBranch=main',
      ...args,
    ],
    { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } },
  );
  assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** A git repository with the base fixture committed, its content under `sub` (a subfolder, or the top). */
export function repoWithBase(name: string, sub = ''): { repo: string; root: string } {
  const repo = tempDir(name);
  const root = join(repo, sub);
  mkdirSync(root, { recursive: true });
  cpSync(BASE, root, { recursive: true });
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'Grundinnehåll');
  return { repo, root };
}

/** The data of a content file as the validator reads it: a YAML file, or an MDX file's frontmatter. */
export function readContentData(
  abs: string,
  relPath: string,
): { ok: true; data: unknown } | { ok: false; reason: string } {
  const text = readFileSync(abs, 'utf8');
  let yaml = text;
  let offset = 0;
  if (relPath.endsWith('.mdx')) {
    const parts = splitFrontmatter(text);
    if (!parts) return { ok: false, reason: 'ingen frontmatter' };
    yaml = parts.yaml;
    offset = 1;
  }
  const parsed = parseYaml(relPath, yaml, offset);
  if (parsed.issues.length > 0) return { ok: false, reason: parsed.issues.map((i) => i.code).join(', ') };
  return { ok: true, data: parsed.source.data };
}
