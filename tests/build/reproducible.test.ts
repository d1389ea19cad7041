// The build is reproducible: two builds of the same sources give byte-identical sites, search index
// included. The first is the site `npm test` has just built in dist/ (built here when there is none); the
// second runs in another output folder, another time zone and with the clock moved 400 days ahead, so output
// that depends on where, when or in which folder it was built shows up here.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, test } from 'node:test';
import { buildSite } from '../support/build.ts';

const project = join(import.meta.dirname, '..', '..');
const temp = mkdtempSync(join(tmpdir(), 'rcp-reproducible-'));
after(() => rmSync(temp, { recursive: true, force: true }));

// Loaded into every Node process of the second build: Date.now() and new Date() run 400 days ahead.
const shiftClock = join(temp, 'shift-clock.mjs');
writeFileSync(
  shiftClock,
  `const offset = 400 * 24 * 60 * 60 * 1000;
const RealDate = Date;
class ShiftedDate extends RealDate {
  constructor(...args) { if (args.length === 0) super(RealDate.now() + offset); else super(...args); }
  static now() { return RealDate.now() + offset; }
}
globalThis.Date = ShiftedDate;
`,
);

/** Builds the project's own content as `npm run build` does (Pagefind inside) into a new folder. */
function build(name: string, env: NodeJS.ProcessEnv): string {
  const out = join(temp, name);
  const built = buildSite({ out, env });
  assert.equal(built.status, 0, built.log);
  return out;
}

/** SHA-256 of every file under a folder, by path relative to it. */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else
        out.set(
          relative(dir, path).split(sep).join('/'),
          createHash('sha256').update(readFileSync(path)).digest('hex'),
        );
    }
  };
  walk(dir);
  return out;
}

test('two builds give the same files with the same SHA-256', { timeout: 600_000 }, () => {
  // The suite's own build (npm test builds dist/ right before the build tests): one build fewer per run.
  const dist = join(project, 'dist');
  const a = existsSync(join(dist, 'pagefind', 'pagefind-entry.json')) ? dist : build('a', { TZ: 'UTC' });
  const b = build('second-build', {
    TZ: 'Pacific/Kiritimati',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${shiftClock}`.trim(),
  });
  const ha = hashes(a);
  const hb = hashes(b);

  assert.ok(ha.size > 50 && [...ha.keys()].some((f) => f.startsWith('pagefind/')), `too few files: ${ha.size}`);
  assert.deepEqual([...hb.keys()], [...ha.keys()], 'the two builds have different file lists');
  const differing = [...ha].filter(([file, hash]) => hb.get(file) !== hash).map(([file]) => file);
  assert.deepEqual(differing, [], `files differ between the builds:\n${differing.join('\n')}`);
});
