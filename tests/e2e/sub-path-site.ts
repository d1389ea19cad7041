// A third site for the browser tests, served on the port given: the real content built for an address with
// a path (SITE_URL=https://example.invalid/cancerplaner/) and served only under that path, as an organisation
// would publish it inside its own site. Playwright starts it as a web server of its own
// (playwright.config.ts); the build lives in a temporary folder, removed when it stops.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAndServe, siteFolder } from './site-server.ts';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
if (!values.port) throw new Error('--port is required');

const root = siteFolder('rcp-sub-path-');
const env: NodeJS.ProcessEnv = { ...process.env, SITE_URL: 'https://example.invalid/cancerplaner/' };
delete env.CONTENT_ROOT;
buildAndServe({ port: values.port, out: join(root, 'dist'), env });
