import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { offlineEngineEnv, offlineKeysWarning, usesExternalInngest } from "./pipeline-engine";

describe("usesExternalInngest", () => {
  it("is true when a variable names an Inngest server, and keys alone are the offline engine's", () => {
    expect(usesExternalInngest({})).toBe(false);
    expect(
      usesExternalInngest({ INNGEST_EVENT_KEY: "an-event-key-of-mine", INNGEST_SIGNING_KEY: "signkey-x-00" }),
    ).toBe(false);
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

describe("offlineKeysWarning", () => {
  it("warns when keys are set without a server URL (keys alone used to mean Inngest Cloud), naming how to reach Cloud", () => {
    const both = offlineKeysWarning({
      INNGEST_EVENT_KEY: "an-event-key-of-mine",
      INNGEST_SIGNING_KEY: "signkey-prod-00",
    });
    expect(both).toMatch(
      /^INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY are set but no Inngest server URL is: the offline engine starts here and uses them as its keys\./,
    );
    expect(both).toContain("INNGEST_API_BASE_URL=https://api.inngest.com");
    expect(offlineKeysWarning({ INNGEST_SIGNING_KEY: "signkey-prod-00" })).toMatch(
      /^INNGEST_SIGNING_KEY is set .* uses it as its key\./,
    );
  });

  it("says nothing without keys, or when a URL names the server the keys are for", () => {
    expect(offlineKeysWarning({})).toBeUndefined();
    expect(offlineKeysWarning({ INNGEST_EVENT_KEY: " " })).toBeUndefined();
    for (const name of ["INNGEST_DEV", "INNGEST_BASE_URL", "INNGEST_API_BASE_URL", "INNGEST_EVENT_API_BASE_URL"]) {
      expect(
        offlineKeysWarning({
          INNGEST_EVENT_KEY: "an-event-key-of-mine",
          INNGEST_SIGNING_KEY: "signkey-prod-00",
          [name]: "https://api.inngest.com",
        }),
      ).toBeUndefined();
    }
  });
});
