// The content tree as the validator sees it: closed. Every entry is looked at with lstat, so a symbolic
// link (to a file or a folder, dangling or not) is seen as a link and never followed, and files are
// opened with O_NOFOLLOW, so a link put in place after the look is not followed either.
//
// It is the one door to the disk for every command (the check, the build, the editor scripts, the JSON
// Schema generator, the preview server): a path is taken relative to a root and walked one part at a
// time, so no link in any folder on the way is followed and nothing outside the root is reached.
import {
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

export type EntryKind = 'missing' | 'file' | 'dir' | 'symlink' | 'other';

/** What is at a path, without following a link there. */
export function entryKind(abs: string): EntryKind {
  let stat;
  try {
    stat = lstatSync(abs, { throwIfNoEntry: false });
  } catch {
    // A parent that is not a folder (ENOTDIR) or cannot be searched: nothing usable is there.
    return 'missing';
  }
  if (!stat) return 'missing';
  if (stat.isSymbolicLink()) return 'symlink';
  if (stat.isFile()) return 'file';
  if (stat.isDirectory()) return 'dir';
  return 'other';
}

/** The entries of a folder that is really a folder (not a link to one), sorted, hidden ones left out. */
export function listEntries(abs: string): string[] {
  if (entryKind(abs) !== 'dir') return [];
  let names: string[];
  try {
    names = readdirSync(abs);
  } catch {
    return [];
  }
  // Sorted so that reports and output are the same on every machine.
  return names.filter((name) => !name.startsWith('.')).sort();
}

export type ReadResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'symlink' | 'not-file' | 'unreadable' | 'too-large'; size?: number };

/**
 * Reads a regular file, at most `maxBytes` of it, refusing links. The size is taken from the open file,
 * so a huge file is never read into memory.
 */
export function readRegularFile(abs: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ELOOP' ? 'symlink' : 'unreadable' };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not-file' };
    if (stat.size > maxBytes) return { ok: false, reason: 'too-large', size: stat.size };
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { ok: true, bytes: bytes.subarray(0, read) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}

/** Why a path under a root cannot be used: it leaves the root, or a part of it is a link or not a folder. */
export type PathProblem = { reason: 'outside' | 'symlink' | 'not-dir' | 'not-file'; at: string };

/**
 * The absolute path of `rel` (with "/") under `root`, when every folder on the way is a real folder and
 * no part is a link; the last part may be missing. Absolute paths, "..", "." and empty parts leave or
 * blur the root and are refused.
 */
export function pathInside(
  root: string,
  rel: string,
): { ok: true; abs: string; kind: EntryKind } | ({ ok: false } & PathProblem) {
  const parts = rel.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\') || p.includes('\0')))
    return { ok: false, reason: 'outside', at: rel };
  let abs = root;
  for (let i = 0; i < parts.length; i++) {
    abs = join(abs, parts[i]);
    const kind = entryKind(abs);
    const at = parts.slice(0, i + 1).join('/');
    if (kind === 'symlink') return { ok: false, reason: 'symlink', at };
    if (i === parts.length - 1) return { ok: true, abs, kind };
    if (kind === 'missing') return { ok: true, abs: join(abs, ...parts.slice(i + 1)), kind: 'missing' };
    if (kind !== 'dir') return { ok: false, reason: 'not-dir', at };
  }
  return { ok: false, reason: 'outside', at: rel };
}

/** A regular file under a root, read through pathInside and readRegularFile; 'missing' when absent. */
export function readInside(root: string, rel: string, maxBytes: number): ReadResult | { ok: false; reason: 'missing' } {
  const where = pathInside(root, rel);
  if (!where.ok) return { ok: false, reason: where.reason === 'symlink' ? 'symlink' : 'not-file' };
  if (where.kind === 'missing') return { ok: false, reason: 'missing' };
  return readRegularFile(where.abs, maxBytes);
}

/**
 * Writes a regular file under a root, making missing folders on the way. Refuses (and writes nothing) when
 * a part of the path is a link, or what is there is not a regular file (a folder, a FIFO, a device).
 */
export function writeInside(
  root: string,
  rel: string,
  data: string | Uint8Array,
): { ok: true } | ({ ok: false } & PathProblem) {
  const where = pathInside(root, rel);
  if (!where.ok) return where;
  if (where.kind !== 'missing' && where.kind !== 'file') return { ok: false, reason: 'not-file', at: rel };
  const parts = rel.split('/');
  let dir = root;
  for (const part of parts.slice(0, -1)) {
    dir = join(dir, part);
    const kind = entryKind(dir);
    if (kind === 'missing') mkdirSync(dir);
    else if (kind !== 'dir') return { ok: false, reason: kind === 'symlink' ? 'symlink' : 'not-dir', at: part };
  }
  let fd: number;
  try {
    // No O_TRUNC here: a file is only emptied once it is known to be a regular file.
    fd = openSync(
      where.abs,
      constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | (constants.O_NONBLOCK ?? 0),
      0o644,
    );
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ELOOP' ? 'symlink' : 'not-file', at: rel };
  }
  try {
    if (!fstatSync(fd).isFile()) return { ok: false, reason: 'not-file', at: rel };
    ftruncateSync(fd, 0);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, written);
    return { ok: true };
  } finally {
    closeSync(fd);
  }
}

/** Why the door refused a path, in Swedish, for the scripts' messages. */
export function refusedSv(reason: string): string {
  const words: Record<string, string> = {
    outside: 'utanför repositoriet',
    symlink: 'en symbolisk länk',
    'not-dir': 'en del av sökvägen är ingen mapp',
    'not-file': 'ingen vanlig fil',
    unreadable: 'kan inte läsas',
    'too-large': 'för stor',
    missing: 'finns inte',
  };
  return words[reason] ?? reason;
}
