import { describe, expect, it } from "vitest";
import { publishRequestSchema } from "./schemas";

const issue = (body: unknown) => publishRequestSchema.safeParse(body).error?.issues[0]?.message;

describe("publishRequestSchema", () => {
  it("takes no time (publish now) or a future time with its offset", () => {
    expect(publishRequestSchema.parse({})).toEqual({});
    const at = new Date(Date.now() + 86_400_000).toISOString();
    expect(publishRequestSchema.parse({ at })).toEqual({ at });
  });
  it("refuses a past time, a non-date, a time without offset and unknown fields, saying what to send", () => {
    expect(issue({ at: "2001-01-01T00:00:00Z" })).toMatch(/in the future/);
    expect(issue({ at: "tomorrow" })).toMatch(/date and time/);
    expect(issue({ at: "2030-01-01T09:00:00" })).toMatch(/date and time/);
    expect(publishRequestSchema.safeParse({ at: undefined, when: "now" }).success).toBe(false);
  });
});
