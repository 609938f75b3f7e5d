import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { approveFinalGate } from "./approve-final-gate";

const SOURCE =
  "A 2019 study of 120 adults found that a full night of sleep improved recall of new words by about 20 percent. " +
  "The researchers caution that the sample was small and mostly students. Slow-wave sleep appears to replay the day's experiences.";
const TOPIC = "Why naps help memory, resumed after a budget pause";

test.describe("admin: budget pauses", () => {
  test("an admin raises a paused episode's budget, resumes it, and it reaches READY", async ({ browser }, info) => {
    test.setTimeout(360_000); // a whole episode, speech and mastering included, on two cores shared with other tests
    const admin = await browser.newPage();
    await signIn(admin, "ADMIN");

    // Offline calls cost nothing; a tiny price on the offline writer's input tokens makes a $0.01 budget too small.
    await admin.goto("/admin/prices");
    await admin.getByLabel("Provider").fill("offline");
    await admin.getByLabel("Model").fill("offline-writer");
    await admin.getByLabel("Price per unit (USD)").fill("0.00001");
    await admin.getByRole("button", { name: "Save price" }).click();
    await expect(admin.getByTestId("price-row").filter({ hasText: "offline-writer" })).toContainText("0.00001");
    // The price is the whole price table's: put back, however this journey ends, so journeys beside it stay free.
    try {
      // Resume Lab's over-cap action is to pause (seeded by the e2e server).
      await admin.goto("/episodes/new");
      await admin.getByLabel("Show").selectOption({ label: "Resume Lab" });
      await admin.getByLabel("Topic").fill(TOPIC);
      await admin.getByRole("button", { name: "Paste a source" }).click();
      await admin.getByLabel("Source 1 text").fill(SOURCE);
      await admin.getByLabel("Target length (minutes)").fill("1");
      await admin.getByLabel("Budget (USD)").fill("0.01");
      await admin.getByRole("button", { name: "Start production" }).click();
      await expect(admin.getByTestId("episode-status")).toHaveAttribute("data-status", "PAUSED_BUDGET", {
        timeout: 90_000,
      });
      const episodeUrl = admin.url();
      const episodeId = episodeUrl.split("/").pop()!;
      // The stage whose call was refused; it must run again on resume.
      const refused = admin.locator('[data-testid^="stage-"][data-status="FAILED"]');
      await expect(refused).toHaveCount(1);
      const refusedStage = (await refused.getAttribute("data-testid"))!;
      await expect(admin.getByTestId("budget-pause-panel")).toBeVisible();
      await admin.screenshot({ path: info.outputPath("episode-paused-for-budget.png"), fullPage: true });

      // Resuming from the alert without raising anything is refused, and says which cap to raise.
      await admin.goto("/admin");
      const alert = admin
        .getByTestId("alert")
        .filter({ hasText: TOPIC })
        .filter({ hasText: /Paused before/ });
      await alert.getByRole("button", { name: "Resume" }).click();
      await expect(alert.getByTestId("resume-error")).toContainText(
        /Still paused: This call could cost up to \$[\d.]+, but only \$[\d.]+ of the episode's hard cap \(\$0\.01\) is left\. Raise the episode's budget, then resume\./,
      );
      await admin.screenshot({ path: info.outputPath("alert-resume-refused.png"), fullPage: true });

      // Producers cannot resume through the API; the admin raises the budget on the episode page and resumes.
      const producer = await browser.newPage();
      await signIn(producer, "PRODUCER");
      const forbidden = await producer.request.post(`/api/episodes/${episodeId}/resume-budget`, {
        data: { budget: "5.00" },
      });
      expect(forbidden.status()).toBe(403);

      await alert.getByRole("link", { name: "Raise the episode's budget" }).click();
      await expect(admin).toHaveURL(episodeUrl);
      const panel = admin.getByTestId("budget-pause-panel");
      await panel.getByLabel("Episode budget ($)").fill("5.00");
      await panel.getByRole("button", { name: "Resume production" }).click();
      await expect(admin.getByTestId("episode-cost")).toContainText("of $5.00");
      await expect(admin.getByTestId("episode-status")).not.toHaveAttribute("data-status", "PAUSED_BUDGET", {
        timeout: 30_000,
      });

      // The run goes on from the refused stage, through both gates.
      const gate = admin.getByTestId("gate-panel");
      await expect(gate).toContainText("Script approval", { timeout: 60_000 });
      await expect(admin.getByTestId(refusedStage)).toHaveAttribute("data-status", "SUCCEEDED");
      await expect(admin.getByTestId(refusedStage)).toContainText("2 runs");
      await gate.getByRole("button", { name: "Approve" }).click();
      await expect(gate).toContainText("Final approval", { timeout: 240_000 });
      await approveFinalGate(gate);
      await expect(admin.getByTestId("episode-status")).toHaveAttribute("data-status", "READY", { timeout: 30_000 });

      await admin.getByRole("tab", { name: "Activity" }).click();
      const resumed = admin
        .getByTestId("activity")
        .getByRole("listitem")
        .filter({ hasText: "Episode budget resume by Ada Admin" });
      await expect(resumed).toContainText("budgetBefore: 0.01");
      await expect(resumed).toContainText("budget: 5.00");
      await admin.screenshot({ path: info.outputPath("episode-ready-after-resume.png"), fullPage: true });

      // Nothing is left to resume.
      const again = await admin.request.post(`/api/episodes/${episodeId}/resume-budget`);
      expect(again.status()).toBe(409);
      expect((await again.json()).error.message).toBe(
        "Only an episode paused for budget can be resumed; this one is ready.",
      );
    } finally {
      const restored = await admin.request.post("/api/admin/prices", {
        data: { provider: "offline", model: "offline-writer", unit: "input_token", unitPrice: "0" },
      });
      expect(restored.status()).toBe(201);
    }
  });
});
