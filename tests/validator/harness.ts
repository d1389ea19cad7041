// Shared helpers for the validator tests: build a content root from tests/fixtures/base plus an
// invalid case, run the real CLI on it, and read its text report back into issues.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const CHECK = join(REPO, 'scripts', 'check.ts');
export const FIXTURES = join(REPO, 'tests', 'fixtures');
export const BASE = join(FIXTURES, 'base');
export const INVALID = join(FIXTURES, 'invalid');

export interface ExpectedIssue {
  code: string;
  file: string;
  line: number;
}

export interface Expected {
  description: string;
  /** Paths relative to the content root to delete after the overlay (files or folders). */
  remove?: string[];
  /** A file written by the harness instead of being committed: over `bytes` long, or containing a NUL byte. */
  generate?: { path: string; bytes?: number; nul?: boolean };
  /**
   * A validator bug this case exposes: the expected issues must still be reported, but the check that
   * nothing else is reported is marked `todo` until the bug is fixed.
   */
  knownBug?: string;
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
  return root;
}

function writeGenerated(root: string, spec: NonNullable<Expected['generate']>) {
  const abs = join(root, spec.path);
  mkdirSync(dirname(abs), { recursive: true });
  const start = existsSync(abs) ? readFileSync(abs) : Buffer.from('---\ntitle: Text\n---\n');
  let bytes = start;
  if (spec.bytes !== undefined) {
    const filler = Buffer.from('Cancervården ska vara jämlik i hela sjukvårdsregionen. ', 'utf8');
    const chunks = [start];
    let length = start.length;
    while (length < spec.bytes) {
      chunks.push(filler);
      length += filler.length;
    }
    bytes = Buffer.concat(chunks).subarray(0, spec.bytes);
  }
  if (spec.nul) bytes = Buffer.concat([bytes, Buffer.from([0x00]), Buffer.from('\n')]);
  writeFileSync(abs, bytes);
}

export function cleanupRoots() {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Runs `node scripts/check.ts --root <root>` as an editor or CI would, without inherited CI settings. */
export function runCheck(root: string, args: string[] = [], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const base = { ...process.env };
  delete base.GITHUB_ACTIONS;
  delete base.CONTENT_ROOT;
  delete base.NODE_TEST_CONTEXT;
  return spawnSync(process.execPath, [CHECK, '--root', root, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...base, ...env },
  });
}

const HEADER = /^(\S.*?):(\d+):(\d+)  (fel|varning) \[([a-z-]+)\]/;

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

/** Every rule code named in the output, as `[code]`. */
export function codesIn(stdout: string): Set<string> {
  return new Set([...stdout.matchAll(/\[([a-z-]+)\]/g)].map((m) => m[1]));
}
