import { expect, test, type APIRequestContext } from "@playwright/test";
import { demoShowId, signIn } from "./helpers";
import { WAIT } from "./waits";

const SOURCE =
  "A 2019 study of 120 adults found that a full night of sleep improved recall of new words by about 20 percent. " +
  "The researchers caution that the sample was small and mostly students. Slow-wave sleep appears to replay the day's experiences.";

/** Approves the script gate (as the editor, through the JSON API), then waits until the final approval is asked for. */
async function approveUntilFinalGate(api: APIRequestContext, episodeId: string): Promise<void> {
  const deadline = Date.now() + WAIT.pipeline;
  const decided = new Set<string>();
  while (Date.now() < deadline) {
    const { episode } = (await (await api.get(`/api/episodes/${episodeId}`)).json()) as {
      episode: { status: string; pendingGate: { id: string; kind: string } | null };
    };
    if (episode.status === "AWAITING_FINAL_APPROVAL") return;
    expect(["NEEDS_ATTENTION", "CANCELLED", "READY"]).not.toContain(episode.status);
    const gate = episode.pendingGate;
    if (gate?.kind === "SCRIPT" && !decided.has(gate.id)) {
      const res = await api.post(`/api/episodes/${episodeId}/gates/${gate.id}`, { data: { decision: "APPROVED" } });
      expect(res.status()).toBe(200);
      decided.add(gate.id);
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error("The episode did not reach its final approval in time.");
}

test.describe("re-voicing", () => {
  test("in the Audio tab an editor plays one line on its own and regenerates it; only that line is synthesised again", async ({
    browser,
  }, info) => {
    test.setTimeout(WAIT.pipeline + 2 * WAIT.stage);

    const producer = await browser.newPage();
    await signIn(producer, "PRODUCER");
    const created = await producer.request.post("/api/episodes", {
      data: {
        showId: await demoShowId(producer),
        topic: "How sleep shapes memory, one line at a time",
        targetMinutes: 1,
        sources: [{ title: "Sleep study", content: SOURCE }],
      },
    });
    expect(created.status()).toBe(201);
    const episodeId = ((await created.json()) as { episode: { id: string } }).episode.id;

    const editor = await browser.newPage();
    await signIn(editor, "EDITOR");
    await approveUntilFinalGate(editor.request, episodeId);
    // A producer may not regenerate (editors only).
    const refused = await producer.request.post(`/api/episodes/${episodeId}/audio/regenerate`, { data: { line: 2 } });
    expect(refused.status()).toBe(403);

    const meta = (await (await editor.request.get(`/api/episodes/${episodeId}/audio`)).json()) as {
      audio: {
        id: string;
        timeline: { line: number; start: number; end: number }[];
        voiced: { synthesized: number; reused: number };
      };
    };
    const lines = meta.audio.timeline.length;
    // Takes are shared by content: a line another test's episode already said (a greeting) may be reused.
    expect(meta.audio.voiced.synthesized + meta.audio.voiced.reused).toBe(lines);
    expect(meta.audio.voiced.synthesized).toBeGreaterThan(0);
    const line2 = meta.audio.timeline.find((l) => l.line === 2)!;

    await editor.goto(`/episodes/${episodeId}?tab=audio`);
    // The Audio tab's own player (the final gate above shows one too).
    const panel = editor.getByTestId("audio-panel");
    await expect(panel.getByTestId("audio-waveform")).toHaveAttribute("data-ready", "true");
    const { synthesized, reused } = meta.audio.voiced;
    await expect(panel.getByTestId("audio-voiced")).toHaveText(
      `${synthesized} ${synthesized === 1 ? "line" : "lines"} synthesised, ${reused} reused from earlier takes.`,
    );

    // Line 2 plays on its own: the playhead enters it and stops at its end.
    await panel.getByTestId("play-line-2").click();
    await expect(panel.getByRole("button", { name: "Pause" })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Play", exact: true })).toBeVisible({ timeout: WAIT.stage });
    const stoppedAt = Number(await panel.getByTestId("audio-current-time").getAttribute("data-seconds"));
    expect(stoppedAt).toBeGreaterThan(line2.start);
    expect(stoppedAt).toBeLessThan(line2.end + 0.5);

    await panel.getByTestId("regenerate-line-2").click();
    await expect(panel.getByTestId("regenerate-note")).toHaveText(/Line 2 was regenerated/, { timeout: WAIT.stage });
    await expect(panel.getByTestId("audio-voiced")).toHaveText(
      `1 line synthesised, ${lines - 1} reused from earlier takes.`,
    );
    await editor.screenshot({ path: info.outputPath("audio-line-regenerated.png"), fullPage: true });

    const after = (await (await editor.request.get(`/api/episodes/${episodeId}/audio`)).json()) as {
      audio: { id: string };
      validation: { checks: unknown[] } | null;
    };
    expect(after.audio.id).not.toBe(meta.audio.id); // a new master, measured and validated again
    expect(after.validation?.checks.length).toBeGreaterThan(0);
  });

  test("in the show settings an editor previews a host's voice and hears it in the page", async ({ page }, info) => {
    await signIn(page, "EDITOR");
    await page.goto(`/shows/${await demoShowId(page)}`);
    const host = page.getByTestId("host-row").first();
    await host.getByRole("button", { name: "Preview host 1 voice" }).click();
    const audio = host.getByTestId("voice-preview-audio");
    await expect(audio).toBeVisible({ timeout: WAIT.stage });
    await expect
      .poll(() => audio.evaluate((a: HTMLAudioElement) => a.duration), { timeout: WAIT.stage })
      .toBeGreaterThan(1);
    await page.screenshot({ path: info.outputPath("voice-preview.png"), fullPage: true });
  });
});
