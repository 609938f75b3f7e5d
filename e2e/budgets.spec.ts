import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { WAIT } from "./waits";

const SOURCE =
  "A 2019 study of 120 adults found that a full night of sleep improved recall of new words by about 20 percent. " +
  "The researchers caution that the sample was small and mostly students. Slow-wave sleep appears to replay the day's experiences.";

test.describe("admin: budgets", () => {
  test("an admin lowers a show's budget and sees the alert when an episode crosses it", async ({ browser }, info) => {
    test.setTimeout(WAIT.pipeline);
    const admin = await browser.newPage();
    await signIn(admin, "ADMIN");

    // Offline calls cost nothing; a tiny price on the offline writer's input tokens makes the ledger move.
    await admin.goto("/admin/prices");
    await admin.getByLabel("Provider").fill("offline");
    await admin.getByLabel("Model").fill("offline-writer");
    await admin.getByLabel("Price per unit (USD)").fill("0.00001");
    await admin.getByRole("button", { name: "Save price" }).click();
    await expect(admin.getByTestId("price-row").filter({ hasText: "offline-writer" })).toContainText("0.00001");

    await admin.goto("/admin/budgets");
    await expect(admin.getByTestId("spend-chart")).toBeVisible();
    const form = admin.getByRole("form", { name: "Budget Lab budget" });
    await expect(form).toBeVisible();
    // Bad input first: a hard cap below the default is refused with a message that says why.
    await form.getByLabel("Default budget per episode ($)").fill("0.02");
    await form.getByLabel("Hard cap per episode ($)").fill("0.01");
    await form.getByRole("button", { name: "Save budget" }).click();
    await expect(form.getByText("The hard cap cannot be below the default budget.")).toBeVisible();
    await form.getByLabel("Hard cap per episode ($)").fill("0.02");
    await form.getByLabel("Monthly cap ($)").fill("0.02");
    await form.getByLabel("When a call would pass a cap").selectOption("PAUSE");
    await form.getByRole("button", { name: "Save budget" }).click();
    await expect(form.getByRole("status")).toHaveText(/Saved/);
    await admin.screenshot({ path: info.outputPath("admin-budgets.png"), fullPage: true });

    const producer = await browser.newPage();
    await signIn(producer, "PRODUCER");
    await producer.goto("/episodes/new");
    await producer.getByLabel("Show").selectOption({ label: "Budget Lab" });
    await producer.getByLabel("Topic").fill("How sleep shapes memory, on a budget");
    await producer.getByRole("button", { name: "Paste a source" }).click();
    await producer.getByLabel("Source 1 text").fill(SOURCE);
    await producer.getByLabel("Target length (minutes)").fill("1");
    await producer.getByRole("button", { name: "Start production" }).click();
    await expect(producer.getByTestId("episode-status")).toHaveAttribute("data-status", "PAUSED_BUDGET", {
      timeout: WAIT.stage,
    });

    await admin.goto("/admin");
    // The cap refused a call before it was made, and the run paused for an admin: both are in the alert list.
    const alerts = admin.getByTestId("alert").filter({ hasText: "How sleep shapes memory, on a budget" });
    await expect(alerts.filter({ hasText: /refused before it was made/ }).first()).toBeVisible();
    await expect(alerts.filter({ hasText: /Paused before/ }).first()).toContainText(
      "An admin can raise the budget and resume.",
    );
    await admin.screenshot({ path: info.outputPath("admin-budget-alert.png"), fullPage: true });
  });
});
