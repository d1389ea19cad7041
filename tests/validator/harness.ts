// Shared helpers for the validator tests: build a content root from tests/fixtures/base plus an
// invalid case, run the real CLI on it, and read its text report back into issues.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

import { main } from '../../scripts/check.ts';
import { runMain } from '../support/run-main.ts';
import { runScript, runScriptAsync, type ScriptProcess } from '../support/run-script.ts';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const FIXTURES = join(REPO, 'tests', 'fixtures');
export const BASE = join(FIXTURES, 'base');
export const INVALID = join(FIXTURES, 'invalid');

export interface ExpectedIssue {
  code: string;
  /** Stated in the case, not read from the registry, so a rule that changes severity fails its cases. */
  severity: 'error' | 'warning';
  file: string;
  line: number;
}

export interface Expected {
  description: string;
  /** Paths relative to the content root to delete after the overlay (files or folders). */
  remove?: string[];
  /**
   * A file written by the harness instead of being committed, starting from the base's file at `path`:
   * padded to `bytes`, with a NUL byte appended, or re-encoded as `latin1` (what Windows-1252 gives å, ä, ö).
   */
  generate?: { path: string; bytes?: number; nul?: boolean; encoding?: 'latin1' };
  /**
   * Symbolic links the harness makes (git checkouts and copies would not keep them reliably), after
   * `remove`: `path` relative to the content root, `target` as the link holds it (relative to the link's
   * folder; it may point outside the root or nowhere).
   */
  symlinks?: { path: string; target: string }[];
  /** Paths (relative to the content root) replaced by a Unix socket: a file that cannot be opened, even by root. */
  sockets?: string[];
  /**
   * A validator bug this case exposes: the expected issues must still be reported, but the check that
   * nothing else is reported is marked `todo` until the bug is fixed.
   */
  knownBug?: string;
  /**
   * The base is first committed to a new git repository (tagged "published") and the case is checked with
   * `--since published`: for rules that compare with what was published.
   */
  since?: boolean;
  issues: ExpectedIssue[];
}

export interface ReportedIssue {
  file: string;
  line: number;
  col: number;
  severity: 'fel' | 'varning';
  code: string;
  /** The issue's whole block in the text report: header, message and fix. */
  block: string;
}

export function listCases(): string[] {
  return readdirSync(INVALID, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function readExpected(caseName: string): Expected {
  return JSON.parse(readFileSync(join(INVALID, caseName, 'expected.json'), 'utf8')) as Expected;
}

const roots: string[] = [];

/** A fresh content root: the base, overlaid with the case's files, minus `remove`, plus `generate`. */
export function buildRoot(caseName?: string): string {
  const root = mkdtempSync(join(tmpdir(), `rcp-${caseName ?? 'base'}-`));
  roots.push(root);
  cpSync(BASE, root, { recursive: true });
  if (!caseName) return root;
  const caseDir = join(INVALID, caseName);
  const expected = readExpected(caseName);
  if (expected.since) publish(root);
  cpSync(caseDir, root, {
    recursive: true,
    filter: (src) => !(dirname(src) === caseDir && basename(src) === 'expected.json'),
  });
  for (const path of expected.remove ?? []) {
    const abs = join(root, path);
    if (!existsSync(abs)) throw new Error(`${caseName}: remove path ${path} does not exist in the base`);
    rmSync(abs, { recursive: true, force: true });
  }
  if (expected.generate) writeGenerated(root, expected.generate);
  for (const link of expected.symlinks ?? []) {
    const abs = join(root, link.path);
    rmSync(abs, { recursive: true, force: true });
    mkdirSync(dirname(abs), { recursive: true });
    symlinkSync(link.target, abs);
  }
  for (const path of expected.sockets ?? []) makeSocket(join(root, path));
  return root;
}

/** A socket file at `abs`, made by a child that exits while listening (so the file stays). */
function makeSocket(abs: string) {
  rmSync(abs, { force: true });
  const made = spawnSync(process.execPath, [
    '-e',
    "require('net').createServer().listen(process.argv[1], () => process.exit(0))",
    abs,
  ]);
  if (made.status !== 0) throw new Error(`could not make a socket at ${abs}: ${made.stderr.toString()}`);
}

function writeGenerated(root: string, spec: NonNullable<Expected['generate']>) {
  const abs = join(root, spec.path);
  mkdirSync(dirname(abs), { recursive: true });
  const start = existsSync(abs) ? readFileSync(abs) : Buffer.from('---\ntitle: Text\n---\n');
  let bytes = spec.encoding ? Buffer.from(start.toString('utf8'), spec.encoding) : start;
  if (spec.bytes !== undefined) {
    const filler = Buffer.from('Cancervården ska vara jämlik i hela sjukvårdsregionen. ', 'utf8');
    const chunks = [bytes];
    let length = bytes.length;
    while (length < spec.bytes) {
      chunks.push(filler);
      length += filler.length;
    }
    bytes = Buffer.concat(chunks).subarray(0, spec.bytes);
  }
  if (spec.nul) bytes = Buffer.concat([bytes, Buffer.from([0x00]), Buffer.from('\n')]);
  writeFileSync(abs, bytes);
}

/** Commits the root as it is to a new git repository, tagged "published". */
function publish(root: string) {
  const git = (...args: string[]) => {
    const result = spawnSync(
      'git',
      ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  };
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'Publicerat');
  git('tag', 'published');
}

/** The command-line arguments a case is checked with. */
export function caseArgs(caseName: string): string[] {
  return readExpected(caseName).since ? ['--since', 'published'] : [];
}

export function cleanupRoots() {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Runs `node scripts/check.ts --root <root>` as an editor or CI would, without inherited CI settings. */
export function runCheck(
  root: string,
  args: string[] = [],
  env: Record<string, string> = {},
): SpawnSyncReturns<string> {
  return runScript('check.ts', ['--root', root, ...args], { env });
}

/** What a run of the check printed and exited with, in this process or as its own. */
export type CheckRun = ScriptProcess;

/**
 * What `node scripts/check.ts --root <root> <args>` prints and exits with, computed in this process by the
 * command's own main function (tests/support/run-main.ts): one validation without a process start per case.
 * A fault inside the validator comes back as its stack on stderr with exit code 1, as from the process.
 */
export function runCheckInProcess(root: string, args: string[] = [], env: Record<string, string> = {}): CheckRun {
  return runMain(main, ['--root', root, ...args], { env });
}

/** runCheck without blocking, so that many cases can run side by side. */
export function runCheckAsync(root: string, args: string[] = [], env: Record<string, string> = {}): Promise<CheckRun> {
  return runScriptAsync('check.ts', ['--root', root, ...args], { env });
}

/** Maps over items with at most `limit` promises in flight (default: the machine's parallelism). */
export async function mapLimited<T, R>(
  items: T[],
  fn: (item: T) => Promise<R>,
  limit = availableParallelism(),
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

const HEADER = /^(\S.*?):(\d+):(\d+) {2}(fel|varning) \[([a-z-]+)\]/;

/** Issues in the text report, each with its block of lines. */
export function parseText(stdout: string): ReportedIssue[] {
  const out: ReportedIssue[] = [];
  for (const block of stdout.split(/\n\s*\n/)) {
    const m = HEADER.exec(block);
    if (!m) continue;
    out.push({
      file: m[1],
      line: Number(m[2]),
      col: Number(m[3]),
      severity: m[4] as ReportedIssue['severity'],
      code: m[5],
      block,
    });
  }
  return out;
}

/**
 * Every rule code named as `[code]` (the brief's /\[([a-z-]+)\]/g) on the first line of an issue in the
 * text report. Messages are left out: they may quote bracketed words, e.g. "länkar som [text](adress)".
 */
export function codesIn(stdout: string): Set<string> {
  const heads = stdout.split('\n').filter((l) => /^\S.*:\d+:\d+ {2}(fel|varning) /.test(l));
  return new Set(heads.flatMap((l) => [...l.matchAll(/\[([a-z-]+)\]/g)].map((m) => m[1])));
}
