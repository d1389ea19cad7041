// The browser editor against its local backend, for tests/e2e/editor.spec.ts (and the benchmark): a temporary
// git repository holding a copy of the content, decap-server working in it (git mode: the editorial workflow's
// branches are made there), and the built site served on a port of its own with a config.yml that points the
// editor at that server. Everything lives in one temporary folder, removed by stop().
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmsConfigText } from '../../src/lib/cms-config.ts';
import { validate } from '../../src/lib/validate/index.ts';
import { printed } from '../support/child-output.ts';
import { freePort } from '../support/free-port.ts';

const project = join(import.meta.dirname, '..', '..');

export const git = (cwd: string, ...args: string[]) => {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
};

export interface EditorBackend {
  /** The editor's address, on localhost (the only host Decap's local backend works from). */
  url: string;
  /** The temporary repository the editor saves into. */
  repo: string;
  stop(): void;
}

/**
 * Starts the editor over a copy of `contentFrom`'s content (default: this repository's), served from the
 * built site in `dist` (run `npm run build` first).
 */
export async function startEditor(options: { contentFrom?: string; dist?: string } = {}): Promise<EditorBackend> {
  const from = options.contentFrom ?? project;
  const root = mkdtempSync(join(tmpdir(), 'rcp-editor-'));
  const repo = join(root, 'repo');
  const site = join(root, 'site');
  const children: ChildProcess[] = [];
  const stop = () => {
    for (const child of children) child.kill();
    rmSync(root, { recursive: true, force: true });
  };
  try {
    // Generated content (the benchmark's) has no schemas/ folder.
    for (const folder of ['content', 'plans', 'schemas'])
      if (existsSync(join(from, folder))) cpSync(join(from, folder), join(repo, folder), { recursive: true });
    git(repo, 'init', '--quiet', '--initial-branch=main');
    git(repo, 'config', 'user.email', 'test@example.invalid');
    git(repo, 'config', 'user.name', 'Test');
    git(repo, 'add', '.');
    git(repo, 'commit', '--quiet', '-m', 'Innehållet');

    const [sitePort, backendPort] = [await freePort(), await freePort()];
    cpSync(options.dist ?? join(project, 'dist'), site, { recursive: true });
    const { model } = validate(repo);
    writeFileSync(
      join(site, 'redigera', 'config.yml'),
      cmsConfigText(model, {
        repo: null,
        branch: 'main',
        authUrl: null,
        siteUrl: null,
        localBackendUrl: `http://localhost:${backendPort}/api/v1`,
      }),
    );

    const backend = spawn(process.execPath, [join(project, 'node_modules', 'decap-server', 'dist', 'index.js')], {
      cwd: repo,
      env: { ...process.env, PORT: String(backendPort), MODE: 'git', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'info' },
    });
    children.push(backend);
    const server = spawn(
      process.execPath,
      [join(project, 'scripts', 'serve.ts'), '--port', String(sitePort), '--dir', site, '--base', '/'],
      { cwd: project, env: { ...process.env, SITE_URL: '' } },
    );
    children.push(server);
    await Promise.all([
      printed(backend, /listening on port/i, 'decap-server'),
      printed(server, /http:\/\//, 'the static server'),
    ]);
    return { url: `http://localhost:${sitePort}/redigera/`, repo, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
