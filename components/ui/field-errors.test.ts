import { describe, expect, it } from "vitest";
import { withoutChangedFields } from "./field-errors";

const reported = {
  _errors: [],
  topic: { _errors: ["Describe the topic in at least 5 characters."] },
  targetMinutes: { _errors: ["Target length must be at least 1 minute."] },
};

describe("withoutChangedFields", () => {
  it("drops the errors of a field changed since the report and keeps the others", () => {
    expect(withoutChangedFields(reported, new Set(["topic"]))).toEqual({
      _errors: [],
      targetMinutes: { _errors: ["Target length must be at least 1 minute."] },
    });
  });

  it("keeps every error while nothing has changed", () => {
    expect(withoutChangedFields(reported, new Set())).toBe(reported);
    expect(withoutChangedFields(reported, new Set(["budget"]))).toEqual(reported);
  });

  it("leaves nothing once every field with an error has changed, unless the form itself has an error", () => {
    expect(withoutChangedFields(reported, new Set(["topic", "targetMinutes"]))).toBeUndefined();
    expect(
      withoutChangedFields(
        { ...reported, _errors: ["A solo episode has one speaker."] },
        new Set(["topic", "targetMinutes"]),
      ),
    ).toEqual({ _errors: ["A solo episode has one speaker."] });
    expect(withoutChangedFields(undefined, new Set(["topic"]))).toBeUndefined();
  });
});
