import { beforeEach, describe, expect, it, vi } from "vitest";
import type { StudioHealth } from "./check-studio-health";

vi.mock("server-only", () => ({}));
const check = vi.fn<() => Promise<StudioHealth>>();
vi.mock("./check-studio-health", () => ({ checkStudioHealth: () => check() }));

const up: StudioHealth = {
  ok: true,
  database: { ok: true, checked: true },
  engine: { ok: true, checked: true },
  worker: { ok: true, checked: true },
};

describe("cachedStudioHealth", () => {
  beforeEach(() => {
    vi.resetModules();
    check.mockReset();
  });

  it("shares one check among callers while it runs and for 2 s after, then checks again", async () => {
    const { cachedStudioHealth, HEALTH_TTL_MS } = await import("./cached-studio-health");
    let release!: (h: StudioHealth) => void;
    check.mockImplementation(() => new Promise((resolve) => (release = resolve)));
    let now = 1_000;
    const clock = () => now;
    const waiting = Array.from({ length: 100 }, () => cachedStudioHealth(clock));
    release(up);
    expect(await Promise.all(waiting)).toEqual(Array(100).fill(up));
    now += HEALTH_TTL_MS - 1;
    expect(await cachedStudioHealth(clock)).toBe(up);
    expect(check).toHaveBeenCalledTimes(1);
    check.mockResolvedValue({ ...up, ok: false });
    now += 1;
    expect((await cachedStudioHealth(clock)).ok).toBe(false);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it("checks again at once after a check that failed", async () => {
    const { cachedStudioHealth } = await import("./cached-studio-health");
    check.mockRejectedValueOnce(new Error("boom")).mockResolvedValue(up);
    await expect(cachedStudioHealth()).rejects.toThrow("boom");
    expect(await cachedStudioHealth()).toBe(up);
  });
});
