// Runs Astro's command line (`node scripts/astro.ts build|dev|check …`) with its telemetry off on every
// system: the POSIX form `ASTRO_TELEMETRY_DISABLED=1 astro build` fails in Windows' shells, where many
// editors work. Astro's own entry point is imported in this process; it reads the command from process.argv,
// whose shape ([node, script, command, …]) is the same as when `astro` runs directly.
// `npm run build` starts Node with --max-opt=2: V8 optimizes no further than its mid tier (Maglev). A build is
// over in seconds, and its top tier's compiling on background threads cost more CPU than its faster code saved:
// paired builds took about 7 % less CPU at 10× content and 3 % less at 100× (bench/RESULTS.md, session 13).
// First: the compile cache in the repository, before Astro turns one on in the system's temporary folder
// (npm's scripts preload it already; this covers `node scripts/astro.ts` run on its own).
import './compile-cache.mjs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
await import(pathToFileURL(join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs')).href);
