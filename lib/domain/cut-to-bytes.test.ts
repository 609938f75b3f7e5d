import { describe, expect, it } from "vitest";
import { cutToBytes } from "./cut-to-bytes";

describe("cutToBytes", () => {
  it("returns text within the limit untouched and cuts longer text at a character boundary", () => {
    expect(cutToBytes("héllo", 6)).toBe("héllo");
    expect(cutToBytes("héllo", 2)).toBe("h"); // é is 2 bytes: half of it is dropped, not shown as �
    expect(cutToBytes("日本語", 7)).toBe("日本");
    expect(cutToBytes("abc", 0)).toBe("");
  });
});
