/**
 * The window's Content Security Policy: only the app's own scripts and styles, no eval, no remote
 * connections. 'unsafe-inline' styles are needed for React's style attributes and mermaid's SVG.
 * The one socket beyond 'self' is the workshop board's, on this machine (ws://127.0.0.1, the
 * port the board's server got); that server admits the window only with its facilitator token.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws://127.0.0.1:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** Sent as a response header with every file of the window (app:// and the test web server). */
export const CONTENT_SECURITY_POLICY = directives.join('; ');

/**
 * The same policy as the `<meta>` in renderer/index.html, so it also holds where no header is
 * sent. frame-ancestors works only as a header; Chromium warns about it in a `<meta>`.
 */
export const META_CONTENT_SECURITY_POLICY = directives
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');
