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
