// The Content-Security-Policy of every page: only this site's own origin, no inline script or style.
// Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (it does not allow JS eval).
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** The policy as an HTTP header, where the host can send one: as the page's, plus what only a header can say. */
export const CSP_HEADER = `${CSP}; frame-ancestors 'none'`;

/**
 * A `_headers` file (the format of Netlify and Cloudflare Pages; other hosts set the same in their own
 * configuration, README "Publicera"): the policy and safe defaults on every file, and a year's caching for
 * the files whose names carry a hash of their content (`_astro/`), which never change under one name.
 */
export function hostHeaders(basePath: string): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return [
    `${base}*`,
    `  Content-Security-Policy: ${CSP_HEADER}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    `${base}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
