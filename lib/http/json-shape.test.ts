import { describe, expect, it } from "vitest";
import { firstJsonByte, jsonShapeProblem } from "./json-shape";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("jsonShapeProblem", () => {
  it("lets JSON within the bounds through, brackets and commas inside strings included", () => {
    for (const text of ['{"a":[1,2,{"b":"]]]}},,,\\"[["}]}', "[]", '"x"', "1", ' [ "\\\\" ] '])
      expect(jsonShapeProblem(bytes(text)), text).toBeNull();
  });

  it("refuses nesting past the depth, values past the count, and unbalanced brackets or strings", () => {
    expect(jsonShapeProblem(bytes("[".repeat(65) + "]".repeat(65)))).toBe("Values nest at most 64 levels deep.");
    expect(jsonShapeProblem(bytes("[".repeat(64) + "]".repeat(64)))).toBeNull();
    expect(jsonShapeProblem(bytes(`[${"1,".repeat(10)}1]`), 64, 10)).toBe("A request holds at most 10 values.");
    expect(jsonShapeProblem(bytes(`[${"{},".repeat(5)}{}]`), 64, 10)).toBe("A request holds at most 10 values.");
    for (const text of ["[", "]", "[]]", '["', '["\\"]']) expect(jsonShapeProblem(bytes(text)), text).not.toBeNull();
  });
});

describe("firstJsonByte", () => {
  it("skips JSON whitespace", () => {
    expect(firstJsonByte(bytes(" \n\t[1]"))).toBe(0x5b);
    expect(firstJsonByte(bytes("  "))).toBeUndefined();
  });
});
