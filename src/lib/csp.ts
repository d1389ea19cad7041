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

/** Where the browser editor (/redigera/) lives, under the site's base path. */
export const EDITOR_PATH = 'redigera/';

/**
 * The browser editor's policy (/redigera/ only, docs/adr/0011): Decap CMS is self-hosted, but it compiles its
 * configuration's validator at run time ('unsafe-eval'), injects its styles (Emotion: 'unsafe-inline' for
 * styles only), saves through GitHub's API, shows the editor's GitHub avatar, and talks to decap-server on
 * this computer when the page is opened from localhost. Sign-in opens the authenticator in a window of its
 * own, which needs no permission here. Still no inline script and no other origin for scripts.
 */
export const EDITOR_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "font-src 'self' data:",
  "connect-src 'self' https://api.github.com http://localhost:* http://127.0.0.1:*",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

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
    // The editor's own policy; `!` detaches the one set for every file (Cloudflare Pages' syntax).
    `${base}${EDITOR_PATH}*`,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${EDITOR_CSP}; frame-ancestors 'none'`,
    '  X-Robots-Tag: noindex',
    '',
  ].join('\n');
}
