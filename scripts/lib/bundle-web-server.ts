import path from "node:path";
import { buildSync } from "esbuild";

/** Where the bundled web server goes: inside the build folder, which is the studio's to rebuild and not checked in. */
export const WEB_SERVER_BUNDLE = path.resolve(".next/showrunner/web-server.mjs");

/**
 * Bundles server/web-server.ts and the modules of the studio it imports into one plain ES module (Next and Node's
 * own modules stay imports) and returns the arguments that run it, for spawnPart. The web server runs without tsx:
 * tsx's loader hooks cost that process about 80 MB of RSS (a loader thread of its own, and every chunk of Next's
 * build passed through them), a third of its budget (scripts/lib/web-server-env.ts). Takes milliseconds.
 */
export function webServerArgs(port: number, hostname?: string): string[] {
  buildSync({
    entryPoints: [path.resolve("server/web-server.ts")],
    outfile: WEB_SERVER_BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["next"],
    logLevel: "warning",
  });
  return [WEB_SERVER_BUNDLE, "--port", String(port), ...(hostname ? ["--hostname", hostname] : [])];
}
