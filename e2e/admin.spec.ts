import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test.describe("admin: providers and prices", () => {
  test("an admin sees which adapter each capability uses, and that the offline defaults are healthy", async ({
    page,
  }, info) => {
    await signIn(page, "ADMIN");
    await page.goto("/admin/providers");
    const rows = page.getByTestId("provider-row");
    await expect(rows).toHaveCount(7);
    await expect(rows.filter({ hasText: "Research and writing" })).toContainText("offline");
    await expect(rows.filter({ hasText: "Audio storage" })).toContainText("local");
    await expect(rows.filter({ has: page.getByText("Speech", { exact: true }) }).getByLabel("healthy")).toBeVisible();
    await page.screenshot({ path: info.outputPath("admin-providers.png"), fullPage: true });
  });

  test("an admin sets a price; the table shows the new version and bad input gets a clear message", async ({
    page,
  }) => {
    await signIn(page, "ADMIN");
    await page.goto("/admin/prices");
    const row = page
      .getByTestId("price-row")
      .filter({ hasText: "claude-sonnet-4-5" })
      .filter({ hasText: "per input token" });
    await expect(row).toContainText("0.000003");
    await page.getByLabel("Provider").fill("anthropic");
    await page.getByLabel("Model").fill("claude-sonnet-4-5");
    await page.getByLabel("Price per unit (USD)").fill("three dollars");
    await page.getByRole("button", { name: "Save price" }).click();
    await expect(page.getByText("A price in USD per unit")).toBeVisible();
    await page.getByLabel("Price per unit (USD)").fill("0.0000035");
    await page.getByRole("button", { name: "Save price" }).click();
    await expect(row).toContainText("0.0000035");
    await expect(row).toContainText("2 versions");
  });
});
