import { describe, expect, it } from "vitest";
import { changeRoleSchema, createUserSchema, signInSchema } from "./schemas";

describe("auth schemas", () => {
  it("normalises emails and rejects bad ones with a readable message", () => {
    expect(signInSchema.parse({ email: "  Ada@Example.COM ", password: "x" }).email).toBe("ada@example.com");
    const bad = signInSchema.safeParse({ email: "nope", password: "" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual(["Enter a valid email address.", "Enter your password."]);
  });

  it("requires 12-character passwords and a known role for new users", () => {
    expect(createUserSchema.safeParse({ email: "a@b.co", name: "A", role: "ADMIN", password: "short" }).success).toBe(
      false,
    );
    expect(
      createUserSchema.safeParse({ email: "a@b.co", name: "A", role: "OWNER", password: "long enough pass" }).success,
    ).toBe(false);
    expect(
      createUserSchema.safeParse({ email: "a@b.co", name: "A", role: "EDITOR", password: "long enough pass" }).success,
    ).toBe(true);
  });
});

describe("auth schema limits", () => {
  it("refuses NUL bytes and over-long addresses, and takes only well-formed user ids", () => {
    expect(
      createUserSchema.safeParse({ email: "a@b.co", name: "A\u0000", role: "EDITOR", password: "long enough pass" })
        .success,
    ).toBe(false);
    expect(signInSchema.safeParse({ email: `${"a".repeat(250)}@b.co`, password: "x" }).success).toBe(false);
    expect(changeRoleSchema.safeParse({ userId: "cmx75ypq00004co7dzra5tovl", role: "ADMIN" }).success).toBe(true);
    expect(changeRoleSchema.safeParse({ userId: "some-id", role: "ADMIN" }).success).toBe(false);
  });
});
