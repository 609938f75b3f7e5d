import { describe, expect, it } from "vitest";
import { hasRole } from "./roles";

describe("hasRole", () => {
  it("orders producer < editor < admin", () => {
    expect(hasRole("PRODUCER", "PRODUCER")).toBe(true);
    expect(hasRole("PRODUCER", "EDITOR")).toBe(false);
    expect(hasRole("PRODUCER", "ADMIN")).toBe(false);
    expect(hasRole("EDITOR", "PRODUCER")).toBe(true);
    expect(hasRole("EDITOR", "ADMIN")).toBe(false);
    expect(hasRole("ADMIN", "EDITOR")).toBe(true);
  });
});
