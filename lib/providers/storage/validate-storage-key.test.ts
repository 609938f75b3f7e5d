import { describe, expect, it } from "vitest";
import { resolveRange } from "./resolve-range";
import { InvalidStorageKeyError } from "./storage-errors";
import { validateStorageKey } from "./validate-storage-key";

describe("validateStorageKey", () => {
  it.each(["master.mp3", "episodes/ep_123/segment-01.wav", "a/b/c/d.e.f", "2025/06/01/x"])("accepts %s", (key) => {
    expect(validateStorageKey(key)).toBe(key);
  });

  it.each([
    ["", /empty/],
    ["../etc/passwd", /"\.\." segments/],
    ["episodes/../../secret", /"\.\." segments/],
    ["./x", /"\." segments/],
    ["/etc/passwd", /empty path segment/],
    ["a//b", /empty path segment/],
    ["a/", /empty path segment/],
    ["a\\..\\b", /must start with a letter or digit/],
    [".hidden", /must start with a letter or digit/],
    ["-rf", /must start with a letter or digit/],
    ["a b.mp3", /must start with a letter or digit/],
    ["a/%2e%2e/b", /must start with a letter or digit/],
    ["nul\0byte", /must start with a letter or digit/],
    ["C:/x", /must start with a letter or digit/],
    ["x".repeat(513), /longer than 512/],
  ])("refuses %j", (key, why) => {
    expect(() => validateStorageKey(key)).toThrow(InvalidStorageKeyError);
    expect(() => validateStorageKey(key)).toThrow(why);
  });
});

describe("resolveRange", () => {
  it("clamps the end and refuses ranges outside the object", () => {
    expect(resolveRange({ start: 0, end: 9 }, 100)).toEqual({ start: 0, end: 9 });
    expect(resolveRange({ start: 90, end: 1000 }, 100)).toEqual({ start: 90, end: 99 });
    expect(resolveRange({ start: 100, end: 120 }, 100)).toBeNull();
    expect(resolveRange({ start: 5, end: 4 }, 100)).toBeNull();
    expect(resolveRange({ start: -1, end: 4 }, 100)).toBeNull();
    expect(resolveRange({ start: 0, end: 0 }, 0)).toBeNull();
  });
});
