import type { APIRoute } from 'astro';
import { withBase } from '../lib/paths.ts';

// Every page may be indexed (moved and preview pages say noindex themselves); the sitemap is named where
// the site's address is known. A site under a path (SITE_URL with one) also serves this file there; a
// crawler reads /robots.txt at the domain's root, which the host's own site then answers.
export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      ...(site ? [`Sitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}`] : []),
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
