import { describe, expect, it } from "vitest";
import { stripCodeFence } from "./strip-code-fence";

describe("stripCodeFence", () => {
  it("takes the JSON out of a fence, with or without a language and a line of prose before it", () => {
    expect(stripCodeFence('```json\n{"a": 1}\n```')).toBe('{"a": 1}');
    expect(stripCodeFence('\n```\n{"a": 1}\n```\n')).toBe('{"a": 1}');
    expect(stripCodeFence('Here is the JSON:\n```json\n{"a": [1, 2]}\n```\nHope this helps.')).toBe('{"a": [1, 2]}');
  });

  it("leaves an unfenced answer as it is, trimmed", () => {
    expect(stripCodeFence('  {"a": "``"}  ')).toBe('{"a": "``"}');
  });
});
