import { describe, expect, it } from "vitest";
import { createUserSchema, signInSchema } from "./schemas";

describe("auth schemas", () => {
  it("normalises emails and rejects bad ones with a readable message", () => {
    expect(signInSchema.parse({ email: "  Ada@Example.COM ", password: "x" }).email).toBe("ada@example.com");
    const bad = signInSchema.safeParse({ email: "nope", password: "" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual(["Enter a valid email address.", "Enter your password."]);
  });

  it("requires 12-character passwords and a known role for new users", () => {
    expect(createUserSchema.safeParse({ email: "a@b.co", name: "A", role: "ADMIN", password: "short" }).success).toBe(false);
    expect(createUserSchema.safeParse({ email: "a@b.co", name: "A", role: "OWNER", password: "long enough pass" }).success).toBe(false);
    expect(createUserSchema.safeParse({ email: "a@b.co", name: "A", role: "EDITOR", password: "long enough pass" }).success).toBe(true);
  });
});
