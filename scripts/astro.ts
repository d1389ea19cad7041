// Runs Astro's command line (`node scripts/astro.ts build|dev|check …`) with its telemetry off on every
// system: the POSIX form `ASTRO_TELEMETRY_DISABLED=1 astro build` fails in Windows' shells, where many
// editors work. Astro's own entry point is imported in this process; it reads the command from process.argv,
// whose shape ([node, script, command, …]) is the same as when `astro` runs directly.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
await import(pathToFileURL(join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs')).href);
