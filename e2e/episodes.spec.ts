import { expect, test } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { buildTestPdf } from "@/lib/providers/sources/build-test-pdf";
import { STAGES } from "@/lib/domain/stages";
import { demoShowId, signIn } from "./helpers";
import { WAIT } from "./waits";
import { approveFinalGate } from "./approve-final-gate";

const SOURCE =
  "A 2019 study of 120 adults found that a full night of sleep improved recall of new words by about 20 percent. " +
  "The researchers caution that the sample was small and mostly students. Slow-wave sleep appears to replay the day's experiences.";

test.describe("a first path through the pipeline", () => {
  test("a producer starts an episode and watches it reach the script gate; an editor approves both gates", async ({
    browser,
  }, info) => {
    test.setTimeout(WAIT.pipeline + WAIT.stage + 120_000); // real research, script, speech, mastering and measurement, a rewrite, on two cores shared with the other tests
    const producer = await browser.newPage();
    await signIn(producer, "PRODUCER");
    await producer.goto("/episodes/new");
    await producer.getByLabel("Show").selectOption({ label: "Signal & Noise" });
    await producer.getByLabel("Topic").fill("How sleep shapes memory");
    await producer.getByRole("button", { name: "Paste a source" }).click();
    await producer.getByLabel("Source 1 text").fill(SOURCE);
    await producer.getByLabel("Target length (minutes)").fill("1");
    await producer.getByRole("button", { name: "Start production" }).click();

    // The timeline updates live until the pipeline waits for the editor.
    await expect(producer.getByTestId("episode-status")).toHaveAttribute("data-status", "AWAITING_SCRIPT_APPROVAL", {
      timeout: WAIT.pipeline,
    });
    const episodeUrl = producer.url();
    expect(episodeUrl).not.toMatch(/\/new$/);
    await expect(producer.getByTestId("stage-research-deep-dive")).toHaveAttribute("data-status", "SUCCEEDED");
    await expect(producer.getByTestId("stage-brand-validator")).toHaveAttribute("data-status", "SUCCEEDED");
    await expect(producer.getByTestId("stage-tts-optimizer")).toHaveAttribute("data-status", "PENDING");
    await expect(producer.getByText("Waiting for an editor to decide.")).toBeVisible();
    await producer.screenshot({ path: info.outputPath("producer-script-gate.png"), fullPage: true });

    const editor = await browser.newPage();
    await signIn(editor, "EDITOR");
    await editor.goto("/review");
    await editor.getByRole("link", { name: "How sleep shapes memory", exact: true }).click();
    // The script says the sources' findings in the hosts' words (the topic is never read out as written).
    await expect(editor.getByTestId("script-preview")).toContainText(/2019 study of 120 adults/i);
    await editor.getByRole("button", { name: "Reject…" }).click();
    await editor.getByRole("button", { name: "Reject with comment" }).click();
    await expect(editor.getByText("Say what should change")).toBeVisible();
    await editor.getByLabel("What should change?").fill("Mention that the sample was small.");
    await editor.getByRole("button", { name: "Reject with comment" }).click();
    await expect(editor.getByTestId("gate-panel")).toContainText("round 2", { timeout: WAIT.stage });
    await expect(editor.getByTestId("gate-panel")).toContainText(
      "Script v2 — Revised with guidance: Mention that the sample was small.",
    );
    // The Script tab shows the revision against the first draft, and the Research tab the claims behind it.
    await editor.getByRole("tab", { name: "Script" }).click();
    await editor.getByRole("button", { name: "Compare with v1" }).click();
    await expect(editor.getByTestId("script-diff")).toContainText("the sample was small");
    await editor.screenshot({ path: info.outputPath("editor-script-diff.png"), fullPage: true });
    await editor.getByRole("tab", { name: "Research" }).click();
    await expect(editor.getByTestId("claims").locator("li").first()).toContainText("“");
    await editor.getByRole("button", { name: /^Supported/ }).click();
    await expect(editor.getByTestId("claims").locator("li[data-verdict='SUPPORTED']").first()).toBeVisible();
    await editor.getByRole("button", { name: "Approve" }).click();

    // Audio is synthesised, mastered and measured before the final gate opens.
    await expect(editor.getByTestId("gate-panel")).toContainText("Final approval", { timeout: WAIT.pipeline });
    await editor.screenshot({ path: info.outputPath("editor-final-gate.png"), fullPage: true });
    await approveFinalGate(editor.getByTestId("gate-panel"));
    await expect(editor.getByTestId("episode-status")).toHaveAttribute("data-status", "READY", { timeout: WAIT.stage });

    await producer.goto(episodeUrl);
    await expect(producer.getByTestId("episode-status")).toContainText("Ready");
    // Beside the research score, the Quality tab says how many script statements were checked and lists the ones the
    // sources do not back, each with the passage it was compared with.
    await producer.getByRole("tab", { name: "Quality" }).click();
    // The content score part by part, each with what was counted.
    const parts = producer.getByTestId("content-parts");
    await expect(parts.locator("[data-part='coverage']")).toContainText(/\d+ of \d+ key points spoken/);
    await expect(parts.locator("[data-part='copying']")).toContainText(/read out of a source/);
    await expect(producer.getByRole("heading", { name: "Script lines the sources do not back" })).toBeVisible();
    await expect(
      producer.getByText(/\d+ factual statement\(s\) of the script checked against the sources/),
    ).toBeVisible();
    const unbacked = producer.getByTestId("unbacked-lines").locator("li");
    for (const row of await unbacked.all()) {
      await expect(row).toHaveAttribute("data-verdict", /^(CONTRADICTED|UNSUPPORTED)$/);
      await expect(row).toContainText(/^Line \d+/);
    }
    await producer.screenshot({ path: info.outputPath("producer-quality-tab.png"), fullPage: true });
    // The certification lists every gate with its approval, and every measurement beside its threshold.
    await producer.getByTestId("certification-link").click();
    await expect(producer.getByRole("heading", { name: "Production-readiness certification" })).toBeVisible();
    await expect(producer.getByRole("heading", { name: "Gates" })).toBeVisible();
    await expect(producer.getByRole("row", { name: /Integrated loudness/ })).toContainText("LUFS");
    await expect(producer.getByRole("row", { name: /Script gate/ }).last()).toContainText("APPROVED by");
    await producer.screenshot({ path: info.outputPath("producer-certification.png"), fullPage: true });
    const json = await producer.request.get(`${episodeUrl.replace("/episodes/", "/api/episodes/")}/certification`);
    expect(json.status()).toBe(200);
    expect((await json.json()).certification.report.sections.map((s: { title: string }) => s.title)).toEqual([
      "Gates",
      "Quality",
      "Audio",
      "Costs",
    ]);
  });

  test("the JSON API creates an episode and reports its stages; bad input gets field errors", async ({ page }) => {
    await signIn(page, "PRODUCER");
    const shows = await page.request.get("/api/episodes");
    expect(shows.status()).toBe(200);

    const bad = await page.request.post("/api/episodes", { data: { showId: "", topic: "x", targetMinutes: 500 } });
    expect(bad.status()).toBe(400);
    const { error } = await bad.json();
    expect(error.fields.topic[0]).toBe("Describe the topic in at least 5 characters.");
    expect(error.fields.targetMinutes[0]).toBe("Target length can be at most 90 minutes.");

    const showId = await demoShowId(page);
    const tooRich = await page.request.post("/api/episodes", {
      data: { showId, topic: "Expensive idea", budget: 999 },
    });
    expect(tooRich.status()).toBe(422);
    expect((await tooRich.json()).error.message).toMatch(/Producers can set up to \$5\.00/);

    const created = await page.request.post("/api/episodes", {
      data: { showId, topic: "Naps and learning", targetMinutes: 1.5, sources: [{ title: "Naps", content: SOURCE }] },
    });
    expect(created.status()).toBe(201);
    const { episode } = await created.json();
    await expect
      .poll(
        async () => {
          const res = await page.request.get(`/api/episodes/${episode.id}`);
          const body = await res.json();
          return body.episode.stages.find((s: { key: string }) => s.key === "research-discovery").status;
        },
        { timeout: WAIT.stage },
      )
      .toBe("SUCCEEDED");
    const detail = await (await page.request.get(`/api/episodes/${episode.id}`)).json();
    expect(detail.episode.stages).toHaveLength(STAGES.length);
    expect(detail.episode.targetMinutes).toBe(2); // decimal minutes are rounded to whole ones
  });

  test("a new episode with more sources than a server action takes goes to the JSON API, which names what is wrong", async ({
    page,
  }) => {
    await signIn(page, "PRODUCER");
    await page.goto("/episodes/new");
    await page.getByLabel("Topic").fill("Sources past a megabyte");
    await page.getByLabel("Target length (minutes)").fill("1");
    // 450 KB each: five pass the 2 MB an episode's sources may hold together, three (1.3 MB) pass an action's 1 MB.
    const text = `${SOURCE} `.repeat(Math.ceil((450 * 1024) / (SOURCE.length + 1))).slice(0, 450 * 1024);
    for (let i = 1; i <= 5; i++) {
      await page.getByRole("button", { name: "Paste a source" }).click();
      await page.getByLabel(`Source ${i} text`).fill(text);
    }
    await page.getByRole("button", { name: "Start production" }).click();
    await expect(page.getByTestId("form-error")).toContainText(
      "An episode's sources can hold at most 2 MB of text together.",
    );
    for (let i = 0; i < 2; i++) await page.getByRole("button", { name: "Remove" }).first().click();
    await page.getByRole("button", { name: "Start production" }).click();
    await page.waitForURL(/\/episodes\/c[a-z0-9]+$/);
    const episodeId = new URL(page.url()).pathname.split("/").at(-1)!;
    expect((await (await page.request.get(`/api/episodes/${episodeId}`)).json()).episode._count.sources).toBe(3);
    // Nothing more to see here: the pipeline need not research 1.3 MB of sources for this test. Cancelling asks in an
    // in-app dialog (not the browser's confirm()): focus moves into it, Escape closes it, and its button cancels.
    const cancel = page.getByRole("button", { name: "Cancel episode" });
    await cancel.click();
    const dialog = page.getByRole("dialog", { name: "Cancel this episode?" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Keep producing" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(cancel).toBeFocused();
    await cancel.click();
    await dialog.getByRole("button", { name: "Cancel episode" }).click();
    await expect(page.getByTestId("episode-status")).toHaveAttribute("data-status", "CANCELLED");
  });

  test("uploaded sources are read on the server: a PDF's text appears for review, a renamed file is refused", async ({
    page,
  }, info) => {
    await signIn(page, "PRODUCER");
    await page.goto("/episodes/new");
    const pdf = info.outputPath("study.pdf");
    writeFileSync(
      pdf,
      buildTestPdf([["Sleep study notes", "A full night of sleep improved recall by 20 percent."]], "Sleep study"),
    );
    await page.getByLabel("Upload files").setInputFiles(pdf);
    await expect(page.getByLabel("Source 1 title")).toHaveValue("Sleep study");
    await expect(page.getByLabel("Source 1 text")).toHaveValue(/improved recall by 20 percent/);

    const fake = info.outputPath("not-really.pdf");
    writeFileSync(fake, "just some text pretending to be a PDF");
    await page.getByLabel("Upload files").setInputFiles(fake);
    await expect(page.getByText("not-really.pdf is not a PDF file.")).toBeVisible();
    await expect(page.getByTestId("source-draft")).toHaveCount(1);

    // Nearly 10 MB of PDF with far more text than a source holds: refused with a message, and the web server (its
    // heap capped) is still there to say so and to serve the next page.
    const long = info.outputPath("whole-archive.pdf");
    const line = "Participants who slept a full night recalled more of the word pairs they had learned the day before.";
    writeFileSync(long, buildTestPdf(Array.from({ length: 1300 }, () => Array.from({ length: 60 }, () => line))));
    await page.getByLabel("Upload files").setInputFiles(long);
    // The form says it is reading the file; the server's answer gets a wait sized to 8.4 MB of upload.
    await expect(page.getByTestId("upload-reading")).toHaveText("Reading whole-archive.pdf…");
    await expect(
      page.getByText("whole-archive.pdf has more than 512 KB of text. Split it into smaller files."),
    ).toBeVisible({ timeout: WAIT.upload });
    await expect(page.getByTestId("upload-reading")).toHaveCount(0);
    await expect(page.getByTestId("source-draft")).toHaveCount(1);
    await page.goto("/episodes");
    await expect(page.getByRole("heading", { name: "Episodes", exact: true })).toBeVisible();
  });
});
