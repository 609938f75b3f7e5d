import { describe, expect, it } from "vitest";
import { budgetPolicySchema, setPriceSchema } from "./schemas";

const price = { provider: "anthropic", model: "claude-sonnet-4-5", unit: "input_token", unitPrice: "0.000003" };
const policy = {
  showId: null,
  episodeDefault: "5.00",
  episodeHardCap: "10.00",
  monthlyCap: "100.00",
  researchTarget: "1.00",
  contentTarget: "2.50",
  audioTarget: "3.00",
  alertThresholds: [50, 80, 100],
  onExceed: "PAUSE",
  alertWebhookUrl: "",
};

describe("setPriceSchema", () => {
  it("accepts what Price.unitPrice (Decimal 20,10) holds", () => {
    expect(setPriceSchema.safeParse({ ...price, unitPrice: "9999999999.9999999999" }).success).toBe(true);
  });

  it("refuses a 30-digit price, negative, infinite and exponent forms with the format message", () => {
    for (const unitPrice of ["1".repeat(30), "12345678901", "-1", "Infinity", "1e3", "0.12345678901", ""]) {
      const result = setPriceSchema.safeParse({ ...price, unitPrice });
      expect(result.error?.issues[0]?.message, unitPrice).toMatch(/^A price in USD per unit/);
    }
  });

  it("refuses NUL bytes in the provider or model", () => {
    expect(setPriceSchema.safeParse({ ...price, model: "x\u0000" }).error?.issues[0]?.path).toEqual(["model"]);
  });
});

describe("budgetPolicySchema", () => {
  it("accepts a workspace policy and a show's", () => {
    expect(budgetPolicySchema.safeParse(policy).success).toBe(true);
    expect(budgetPolicySchema.safeParse({ ...policy, showId: "cmx75ypq00004co7dzra5tovl" }).success).toBe(true);
  });

  it("compares the caps exactly, and never throws on a cap that is not an amount", () => {
    expect(budgetPolicySchema.safeParse({ ...policy, episodeHardCap: "5.00", monthlyCap: "5" }).success).toBe(true);
    expect(
      budgetPolicySchema.safeParse({ ...policy, episodeHardCap: "4.99" }).error?.issues.map((i) => i.message),
    ).toEqual(["The hard cap cannot be below the default budget."]);
    for (const episodeDefault of ["five", -1, {}, null, "1e3", " 5.00 "]) {
      const result = budgetPolicySchema.safeParse({ ...policy, episodeDefault });
      expect(result.error?.issues[0]?.path ?? [], String(episodeDefault)).toEqual(
        episodeDefault === " 5.00 " ? [] : ["episodeDefault"],
      );
    }
  });

  it("keeps money within Decimal(12, 2) and thresholds to whole, finite percents", () => {
    for (const over of [
      { monthlyCap: "1".repeat(30) },
      { monthlyCap: "1000000000.00" },
      { episodeDefault: "-1" },
      { alertThresholds: [Infinity] },
      { alertThresholds: ["-Infinity"] },
      { alertThresholds: [50.5] },
      { alertThresholds: [1, 2, 3, 4, 5, 6] },
      { showId: "\u0000" },
      { showId: "../shows" },
    ])
      expect(budgetPolicySchema.safeParse({ ...policy, ...over }).success, JSON.stringify(over)).toBe(false);
  });
});
