// The Content-Security-Policy of every page, with a fresh nonce per request (proxy.ts sets it; Next puts the nonce on
// its own scripts, https://nextjs.org/docs/app/guides/content-security-policy). Scripts run only with the nonce
// ('strict-dynamic' lets them load Next's chunks): no 'unsafe-inline', no 'unsafe-eval' outside development.
// Styles keep 'unsafe-inline': React writes `style` attributes (widths of bars and progress), which a nonce cannot
// cover, and styles cannot run code.

export function contentSecurityPolicy({ nonce, host, dev }: { nonce: string; host: string | null; dev: boolean }) {
  // socket.io and live updates talk to this same host; 'self' covers ws: in current browsers, the explicit
  // entries cover the rest.
  const sockets = host ? ` ws://${host} wss://${host}` : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // Live shows play an admin-given stream (a video file or an embedded player).
    "media-src 'self' blob: https:",
    "frame-src 'self' https:",
    `connect-src 'self'${sockets}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
