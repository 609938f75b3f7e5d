import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { engineKeys } from "./engine-keys";

describe("engineKeys", () => {
  it("generates the keys once into the data folder, readable by this user only", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "engine-keys-"));
    const first = engineKeys({ SHOWRUNNER_DATA_DIR: dir });
    expect(first.signingKey).toMatch(/^signkey-local-[0-9a-f]{64}$/);
    expect(first.eventKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(engineKeys({ SHOWRUNNER_DATA_DIR: dir })).toEqual(first);
    expect(readFileSync(path.join(dir, "inngest-signing-key"), "utf8")).toBe(first.signingKey);
    expect(statSync(path.join(dir, "inngest-event-key")).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dir, "inngest-signing-key")).mode & 0o777).toBe(0o600);
  });

  it("takes the keys from the environment when set, and refuses one that is not usable", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "engine-keys-"));
    const signingKey = `signkey-prod-${"ab".repeat(32)}`;
    expect(
      engineKeys({
        SHOWRUNNER_DATA_DIR: dir,
        INNGEST_EVENT_KEY: "an-event-key-of-mine",
        INNGEST_SIGNING_KEY: signingKey,
      }),
    ).toEqual({
      eventKey: "an-event-key-of-mine",
      signingKey,
    });
    expect(() => engineKeys({ SHOWRUNNER_DATA_DIR: dir, INNGEST_SIGNING_KEY: "secret" })).toThrow(
      /INNGEST_SIGNING_KEY .*signkey-<env>-<64 hex digits>/,
    );
    expect(() => engineKeys({ SHOWRUNNER_DATA_DIR: dir, INNGEST_EVENT_KEY: "short" })).toThrow(/INNGEST_EVENT_KEY/);
  });

  it("creates the data folder for this user only, and leaves an existing one as it is", () => {
    const parent = mkdtempSync(path.join(tmpdir(), "engine-keys-"));
    const created = path.join(parent, "data");
    engineKeys({ SHOWRUNNER_DATA_DIR: created });
    expect(statSync(created).mode & 0o777).toBe(0o700);
    chmodSync(parent, 0o755);
    engineKeys({ SHOWRUNNER_DATA_DIR: parent });
    expect(statSync(parent).mode & 0o777).toBe(0o755);
  });

  it("makes a key file that others can read private again, and says so", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "engine-keys-"));
    const signingKey = `signkey-local-${"cd".repeat(32)}`;
    writeFileSync(path.join(dir, "inngest-signing-key"), signingKey, { mode: 0o644 });
    chmodSync(path.join(dir, "inngest-signing-key"), 0o644);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      expect(engineKeys({ SHOWRUNNER_DATA_DIR: dir }).signingKey).toBe(signingKey);
      expect(statSync(path.join(dir, "inngest-signing-key")).mode & 0o777).toBe(0o600);
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(/inngest-signing-key was readable by other users \(mode 644\): it is now 600/),
      );
      expect(warn).toHaveBeenCalledTimes(1); // the event key was generated private
    } finally {
      warn.mockRestore();
    }
  });
});
