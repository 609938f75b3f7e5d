import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { approveUntilReady } from "./approve-until-ready";
import { demoShowId, signIn } from "./helpers";
import { WAIT } from "./waits";

const SOURCE =
  "A 2019 study of 120 adults found that a full night of sleep improved recall of new words by about 20 percent. " +
  "The researchers caution that the sample was small and mostly students. Slow-wave sleep appears to replay the day's experiences.";

test.describe("the Publish tab's downloads and show notes", () => {
  test("an editor downloads the WebVTT transcript of a Ready episode and edits its show notes; a producer reads them", async ({
    browser,
  }) => {
    test.setTimeout(WAIT.pipeline + 120_000); // the whole offline pipeline on two cores

    const producer = await browser.newPage();
    await signIn(producer, "PRODUCER");
    const showId = await demoShowId(producer);
    const created = await producer.request.post("/api/episodes", {
      data: {
        showId,
        topic: "Why sleep helps memory",
        targetMinutes: 1,
        sources: [{ title: "Sleep study", content: SOURCE }],
      },
    });
    expect(created.status()).toBe(201);
    const episodeId = ((await created.json()) as { episode: { id: string } }).episode.id;

    const editor = await browser.newPage();
    await signIn(editor, "EDITOR");
    await approveUntilReady(editor.request, episodeId);

    await editor.goto(`/episodes/${episodeId}?tab=publish`);
    await expect(editor.getByRole("tab", { name: "Publish" })).toHaveAttribute("data-state", "active");

    // The downloads, each with its size; the WebVTT one arrives as a file named after the episode.
    const panel = editor.getByTestId("downloads-panel");
    await expect(panel.getByRole("listitem")).toHaveCount(6);
    await expect(panel).toContainText("transcript.srt");
    const [download] = await Promise.all([
      editor.waitForEvent("download"),
      editor.getByTestId("download-transcript.vtt").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.vtt$/);
    const vtt = await readFile(await download.path(), "utf8");
    expect(vtt.startsWith("WEBVTT\n")).toBe(true);
    expect(vtt).toMatch(/\n<v [^>]+>\S/);

    // The chapters are the voiced script's segments, by their titles.
    const script = (await (await editor.request.get(`/api/episodes/${episodeId}/script`)).json()) as {
      current: { segments: { title: string }[] };
    };
    const chapters = (await (
      await editor.request.get(`/api/episodes/${episodeId}/downloads/chapters.json`)
    ).json()) as {
      chapters: { title: string }[];
    };
    expect(chapters.chapters.map((c) => c.title)).toEqual(script.current.segments.map((s) => s.title));

    // The generated notes: chapters with their start times. The editor rewrites them, previews and saves.
    const notes = editor.getByTestId("show-notes-markdown");
    const firstTitle = script.current.segments[0]!.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    await expect(notes).toHaveValue(new RegExp(`## Chapters\\n\\n- 00:00 ${firstTitle}\\n`));
    await expect(editor.getByTestId("show-notes-provenance")).toHaveText(/^Generated from the brief/);
    await notes.fill(
      "## In this episode\n\nWhy a night's **sleep** helps you keep new words. <script>alert(1)</script>",
    );
    await editor.getByRole("button", { name: "Preview" }).click();
    const preview = editor.getByTestId("show-notes-preview");
    await expect(preview.locator("h2")).toHaveText("In this episode");
    await expect(preview.locator("strong")).toHaveText("sleep");
    await expect(preview.locator("script")).toHaveCount(0);
    await editor.getByRole("button", { name: "Back to editing" }).click();
    await editor.getByTestId("show-notes-save").click();
    await expect(editor.getByTestId("show-notes-saved")).toHaveText("Show notes saved.");

    // Still there after a reload, with who saved them; a producer reads them rendered, without the editor.
    await editor.reload();
    await expect(editor.getByTestId("show-notes-markdown")).toHaveValue(/^## In this episode\n\nWhy a night's/);
    await expect(editor.getByTestId("show-notes-provenance")).toHaveText(/^Edited by .+ on /);
    await producer.goto(`/episodes/${episodeId}?tab=publish`);
    await expect(producer.getByTestId("show-notes-rendered").locator("h2")).toHaveText("In this episode");
    await expect(producer.getByTestId("show-notes-markdown")).toHaveCount(0);
    const md = await producer.request.get(`/api/episodes/${episodeId}/downloads/show-notes.md`);
    expect(await md.text()).toContain("Why a night's **sleep** helps you keep new words.");

    // Back to the generated notes.
    await editor.getByRole("button", { name: "Return to generated notes" }).click();
    await editor.getByTestId("confirm-dialog").getByRole("button", { name: "Return to generated notes" }).click();
    await expect(editor.getByTestId("show-notes-saved")).toHaveText("Back to the generated show notes.");
    await expect(editor.getByTestId("show-notes-markdown")).toHaveValue(/## Chapters/);
  });
});
