/**
 * The Content-Security-Policy of a page. Scripts run only with this response's nonce (Next puts it on its own scripts
 * when it finds the policy in the request) or when loaded by such a script ('strict-dynamic': Next's chunks). Styles
 * allow inline: React style attributes and the waveform's shadow-root styles carry no nonce, and a style cannot run
 * code. Media and images may be blob: URLs (the waveform player). `next dev` also needs eval for its refresh runtime.
 */
export function pageContentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh nonce per response: 128 random bits, base64 as CSP wants it. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
