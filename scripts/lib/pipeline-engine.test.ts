import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { offlineEngineEnv, usesExternalInngest } from "./pipeline-engine";

describe("usesExternalInngest", () => {
  it("is true when a variable names an Inngest server, and keys alone are the offline engine's", () => {
    expect(usesExternalInngest({})).toBe(false);
    expect(usesExternalInngest({ INNGEST_EVENT_KEY: "an-event-key-of-mine", INNGEST_SIGNING_KEY: "signkey-x-00" })).toBe(false);
    for (const name of ["INNGEST_DEV", "INNGEST_BASE_URL", "INNGEST_API_BASE_URL", "INNGEST_EVENT_API_BASE_URL"]) {
      expect(usesExternalInngest({ [name]: "http://inngest.internal:8288" })).toBe(true);
    }
  });
});

describe("offlineEngineEnv", () => {
  it("points the SDK at the engine in cloud mode, with the engine's keys", () => {
    const env = { SHOWRUNNER_DATA_DIR: mkdtempSync(path.join(tmpdir(), "engine-env-")) };
    const first = offlineEngineEnv(env, "http://127.0.0.1:8288");
    expect(first).toEqual({
      INNGEST_BASE_URL: "http://127.0.0.1:8288",
      INNGEST_EVENT_KEY: expect.stringMatching(/^[\w-]{43}$/),
      INNGEST_SIGNING_KEY: expect.stringMatching(/^signkey-local-[0-9a-f]{64}$/),
    });
    expect(first).not.toHaveProperty("INNGEST_DEV");
    expect(offlineEngineEnv(env, "http://127.0.0.1:8288")).toEqual(first);
  });
});
