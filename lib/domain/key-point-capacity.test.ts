import { describe, expect, it } from "vitest";
import { keyPointCapacity } from "./key-point-capacity";

describe("keyPointCapacity", () => {
  it("gives an episode one key point per 12 s beyond its 35 s frame, plus the hook's", () => {
    expect(keyPointCapacity(1)).toBe(3);
    expect(keyPointCapacity(2)).toBe(8);
    expect(keyPointCapacity(3)).toBe(13);
    expect(keyPointCapacity(10)).toBe(48);
  });

  it("leaves even a very short episode a point to make beside its hook", () => {
    expect(keyPointCapacity(0.5)).toBe(2);
  });
});
