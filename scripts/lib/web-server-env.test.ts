import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { offlineEngineEnv } from "./pipeline-engine";
import { DEFAULT_SERVER_NODE_OPTIONS, webServerEnv } from "./web-server-env";

describe("webServerEnv", () => {
  it("gives the web server the offline engine's URL and event key, not its signing key", () => {
    const env = { SHOWRUNNER_DATA_DIR: mkdtempSync(path.join(tmpdir(), "web-env-")), DATABASE_URL: "postgres://db" };
    const engine = offlineEngineEnv(env, "http://127.0.0.1:8288");
    const web = webServerEnv({ ...env, ...engine, INNGEST_SIGNING_KEY_FALLBACK: engine.INNGEST_SIGNING_KEY });
    expect(web).toMatchObject({
      DATABASE_URL: "postgres://db",
      INNGEST_BASE_URL: "http://127.0.0.1:8288",
      INNGEST_EVENT_KEY: engine.INNGEST_EVENT_KEY,
    });
    expect(web).not.toHaveProperty("INNGEST_SIGNING_KEY");
    expect(web).not.toHaveProperty("INNGEST_SIGNING_KEY_FALLBACK");
  });

  it("caps the server's heap after any NODE_OPTIONS, and two malloc arenas, unless set", () => {
    expect(webServerEnv({ NODE_OPTIONS: "--enable-source-maps" })).toMatchObject({
      NODE_OPTIONS: `--enable-source-maps ${DEFAULT_SERVER_NODE_OPTIONS}`,
      MALLOC_ARENA_MAX: "2",
    });
    expect(
      webServerEnv({ SHOWRUNNER_SERVER_NODE_OPTIONS: "--max-old-space-size=512", MALLOC_ARENA_MAX: "4" }),
    ).toMatchObject({ NODE_OPTIONS: "--max-old-space-size=512", MALLOC_ARENA_MAX: "4" });
  });
});
