import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { WAIT } from "./waits";

const SOURCE =
  "A 2019 study of 120 adults found that a full night of sleep improved recall of new words by about 20 percent. " +
  "The researchers caution that the sample was small and mostly students. Slow-wave sleep appears to replay the day's experiences.";
const REASON = "The stricter bar is new for this show; this pilot goes out as it is and the next episode meets it.";
const DIMENSIONS = [
  "research-accuracy",
  "content-engagement",
  "brand-consistency",
  "speech-readiness",
  "audio-technical",
  "cost-compliance",
];

test.describe("the final gate", () => {
  test("shows the player and the scores, and approving a failing certification needs a reason, shown after, not green", async ({
    browser,
  }, info) => {
    test.setTimeout(WAIT.pipeline + 120_000); // real research, script, speech, mastering and measurement on two cores

    // The lever: a show whose editors ask every dimension for 9.9 of 10, so its certification cannot pass.
    const editor = await browser.newPage();
    await signIn(editor, "EDITOR");
    const show = await editor.request.post("/api/shows", {
      data: {
        name: `Strict Standards ${Date.now()}`,
        slug: `strict-standards-${Date.now()}`,
        tone: "Careful and plain",
        audience: "Curious adults",
        targetReadingGrade: 9,
        hosts: [
          { name: "Maya Chen", localVoice: "slt" },
          { name: "Theo Marsh", localVoice: "kal" },
        ],
        brandThreshold: 9,
        dimensionThreshold: 9.9,
        qualityTarget: 8.5,
      },
    });
    expect(show.status()).toBe(201);
    const showId = ((await show.json()) as { show: { id: string } }).show.id;

    const producer = await browser.newPage();
    await signIn(producer, "PRODUCER");
    const created = await producer.request.post("/api/episodes", {
      data: {
        showId,
        topic: "How sleep shapes memory, held to a strict bar",
        targetMinutes: 1,
        sources: [{ title: "Sleep study", content: SOURCE }],
      },
    });
    expect(created.status()).toBe(201);
    const episodeId = ((await created.json()) as { episode: { id: string } }).episode.id;

    await editor.goto(`/episodes/${episodeId}`);
    const gate = editor.getByTestId("gate-panel");
    await expect(gate).toContainText("Script approval", { timeout: WAIT.pipeline });
    await gate.getByRole("button", { name: "Approve" }).click();
    await expect(gate).toContainText("Final approval", { timeout: WAIT.pipeline });

    // The review queue already says this approval would be over a failing certification.
    await editor.goto("/review");
    await expect(
      editor.getByTestId("review-item").filter({ hasText: "held to a strict bar" }).getByTestId("review-blockers"),
    ).toContainText(/^Certification fails: \d+ blocker\(s\)/);
    await editor.goto(`/episodes/${episodeId}`);
    await expect(gate).toContainText("Final approval");

    // The evidence: the waveform with its transcript, the six dimensions against their thresholds, the blockers.
    await expect(gate.getByTestId("audio-waveform").locator("canvas").first()).toBeVisible();
    expect(await gate.getByTestId("audio-transcript").locator("li").count()).toBeGreaterThan(2);
    for (const key of DIMENSIONS) await expect(gate.getByTestId(`score-${key}`)).toBeVisible();
    const warning = gate.getByTestId("certification-warning");
    await expect(warning).toContainText(/^Certification fails: .*below its threshold 9\.9\./);
    // Clicking a transcript line seeks there, and that line is the one highlighted.
    const third = gate.getByTestId("audio-transcript").locator("li").nth(2);
    await third.getByRole("button").first().click(); // the line itself; beside it, "Play line"
    await expect(third).toHaveAttribute("aria-current", "true");
    await editor.screenshot({ path: info.outputPath("final-gate-evidence.png"), fullPage: true });

    // The API refuses an approval without an override, saying why.
    const pending = (await (await editor.request.get(`/api/episodes/${episodeId}`)).json()) as {
      episode: { pendingGate: { id: string } };
    };
    const refused = await editor.request.post(`/api/episodes/${episodeId}/gates/${pending.episode.pendingGate.id}`, {
      data: { decision: "APPROVED" },
    });
    expect(refused.status()).toBe(422);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /^Certification fails: .* Approving anyway needs an override with a reason/,
    );

    // The approve button asks for the reason and cannot proceed without one.
    await gate.getByRole("button", { name: "Approve…" }).click();
    const submit = gate.getByRole("button", { name: "Approve with override" });
    await expect(submit).toBeDisabled();
    await gate.getByTestId("override-reason").fill("Because.");
    await expect(submit).toBeDisabled();
    await gate.getByTestId("override-reason").fill(REASON);
    await editor.screenshot({ path: info.outputPath("final-gate-override-reason.png"), fullPage: true });
    await submit.click();

    // After: ready, but amber and saying the certification was overridden; the readiness stage warns, no tick.
    const status = editor.getByTestId("episode-status");
    await expect(status).toHaveAttribute("data-status", "READY", { timeout: WAIT.stage });
    await expect(status).toHaveText("Ready · certification overridden");
    await expect(status).toHaveAttribute("data-tone", "warning");
    const readiness = editor.getByTestId("stage-qa-production-readiness");
    await expect(readiness).toHaveAttribute("data-warning", "true");
    await expect(readiness).toContainText("below its threshold 9.9");
    await expect(readiness.getByTestId("stage-override")).toContainText(REASON);
    await editor.screenshot({ path: info.outputPath("ready-overridden.png"), fullPage: true });

    await editor.getByTestId("certification-link").click();
    const override = editor.getByTestId("certification-override");
    await expect(override).toContainText(REASON);
    await expect(override).toContainText("below its threshold 9.9");
    await expect(editor.getByTestId("certification-verdict")).toHaveText("Not certified");
    await editor.screenshot({ path: info.outputPath("certification-override.png"), fullPage: true });
  });
});
