// The content tree as the validator sees it: closed. Every entry is looked at with lstat, so a symbolic
// link (to a file or a folder, dangling or not) is seen as a link and never followed, and files are
// opened with O_NOFOLLOW, so a link put in place after the look is not followed either.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';

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
