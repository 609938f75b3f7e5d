import { describe, expect, it } from "vitest";
import { signInDelayMs } from "./sign-in-delay";

describe("signInDelayMs", () => {
  it("is nothing at first, then doubles from half a second up to a cap of four seconds", () => {
    expect([0, 1, 2, 3, 4, 5, 50].map(signInDelayMs)).toEqual([0, 500, 1000, 2000, 4000, 4000, 4000]);
  });
});
