import { describe, expect, it } from "vitest";
import { z } from "zod";
import { findUnsafeText, idSchema, isId, MAX_INPUT_DEPTH, NUL_MESSAGE, refuseUnsafeText } from "./bounded-input";

describe("ids", () => {
  it("accepts the ids Prisma's cuid() and the load seed give out", () => {
    expect(isId("cmx75ypq00004co7dzra5tovl")).toBe(true);
    expect(isId("cmhzq1k2p00014a5b6c7d8e9f0a1b2c")).toBe(true);
  });

  it("refuses anything else: empty, NUL, upper case, punctuation, absurd lengths", () => {
    for (const id of [
      "",
      "\u0000",
      "c\u0000mx75ypq00004co7dzra5tov",
      "some-id",
      "CMX75YPQ00004CO7DZRA5TOVL",
      "cmx75ypq0000/co7dzra5tovl",
      "c1",
      `c${"a".repeat(100)}`,
      "1mx75ypq00004co7dzra5tovl",
    ])
      expect(isId(id), JSON.stringify(id)).toBe(false);
    expect(idSchema("show").safeParse("nope").error?.issues[0]?.message).toBe("That is not a valid show id.");
  });
});

describe("refuseUnsafeText", () => {
  const schema = refuseUnsafeText(z.object({ name: z.string(), tags: z.array(z.string()).optional() }));

  it("passes clean input through to the schema", () => {
    expect(schema.parse({ name: "Ada", tags: ["x"] })).toEqual({ name: "Ada", tags: ["x"] });
  });

  it("names each field that holds a NUL, in strings, arrays and keys", () => {
    const result = schema.safeParse({ name: "A\u0000da", tags: ["ok", "b\u0000"], ["k\u0000"]: 1 });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["name", NUL_MESSAGE],
      ["tags.1", NUL_MESSAGE],
      ["", NUL_MESSAGE],
    ]);
  });

  it("refuses nesting deeper than any form sends, without walking all of it", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const issues = findUnsafeText({ name: deep });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toHaveLength(MAX_INPUT_DEPTH);
  });

  it("stops after a few issues however many NULs there are", () => {
    expect(findUnsafeText(Array.from({ length: 10_000 }, () => "\u0000"))).toHaveLength(5);
  });
});
