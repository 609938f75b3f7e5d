import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { approveUntilReady } from "./approve-until-ready";
import { demoShowId, signIn } from "./helpers";
import { WAIT } from "./waits";

const SOURCE =
  "A 2019 study of 120 adults found that a full night of sleep improved recall of new words by about 20 percent. " +
  "The researchers caution that the sample was small and mostly students. Slow-wave sleep appears to replay the day's experiences.";

/** The player's current time in seconds, as the panel shows it. */
async function currentTime(page: Page): Promise<number> {
  return Number(await page.getByTestId("audio-current-time").getAttribute("data-seconds"));
}

test.describe("the Audio tab", () => {
  test("an editor plays the audio: waveform drawn, time advances, seeking and speed work; the file is served in ranges to signed-in users only", async ({
    browser,
    baseURL,
  }, info) => {
    test.setTimeout(WAIT.pipeline + 120_000); // real research, script, speech, mastering and measurement on two cores

    // A producer starts a one-minute episode; an editor approves its gates.
    const producer = await browser.newPage();
    await signIn(producer, "PRODUCER");
    const showId = await demoShowId(producer);
    const created = await producer.request.post("/api/episodes", {
      data: {
        showId,
        topic: "How sleep shapes memory, heard aloud",
        targetMinutes: 1,
        sources: [{ title: "Sleep study", content: SOURCE }],
      },
    });
    expect(created.status()).toBe(201);
    const episodeId = ((await created.json()) as { episode: { id: string } }).episode.id;

    const editor = await browser.newPage();
    await signIn(editor, "EDITOR");
    await approveUntilReady(editor.request, episodeId);

    // The metadata: peaks, a timeline and the validator's checks.
    const meta = await editor.request.get(`/api/episodes/${episodeId}/audio`);
    expect(meta.status()).toBe(200);
    const { audio, validation } = (await meta.json()) as {
      audio: {
        url: string;
        byteSize: number;
        durationSec: number;
        peaks: { peaks: number[][] } | null;
        timeline: { segment: number; start: number; text: string }[];
      };
      validation: { checks: { key: string }[] } | null;
    };
    expect(audio.peaks?.peaks[0]?.length).toBeGreaterThan(100);
    expect(audio.timeline.length).toBeGreaterThan(2);
    expect(validation?.checks.map((c) => c.key)).toEqual(
      expect.arrayContaining(["loudness", "true-peak", "wer", "dead-air", "duration"]),
    );

    // The file route: whole file, ranges, unsatisfiable ranges, conditional requests.
    const whole = await editor.request.get(audio.url);
    expect(whole.status()).toBe(200);
    expect(whole.headers()["accept-ranges"]).toBe("bytes");
    expect(whole.headers()["content-type"]).toBe("audio/mpeg");
    expect(whole.headers()["cache-control"]).toContain("private");
    // Next.js 16 drops Content-Length from route handlers' responses (it sends them chunked), so the body is measured.
    const bytes = await whole.body();
    expect(bytes.length).toBe(audio.byteSize);

    const part = await editor.request.get(audio.url, { headers: { Range: "bytes=100-1123" } });
    expect(part.status()).toBe(206);
    expect(part.headers()["content-range"]).toBe(`bytes 100-1123/${audio.byteSize}`);
    expect(Buffer.compare(await part.body(), bytes.subarray(100, 1124))).toBe(0);

    const tail = await editor.request.get(audio.url, { headers: { Range: "bytes=-500" } });
    expect(tail.status()).toBe(206);
    expect(tail.headers()["content-range"]).toBe(
      `bytes ${audio.byteSize - 500}-${audio.byteSize - 1}/${audio.byteSize}`,
    );
    expect(Buffer.compare(await tail.body(), bytes.subarray(audio.byteSize - 500))).toBe(0);

    const open = await editor.request.get(audio.url, { headers: { Range: `bytes=${audio.byteSize - 10}-` } });
    expect(open.status()).toBe(206);
    expect((await open.body()).length).toBe(10);

    const past = await editor.request.get(audio.url, { headers: { Range: `bytes=${audio.byteSize}-` } });
    expect(past.status()).toBe(416);
    expect(past.headers()["content-range"]).toBe(`bytes */${audio.byteSize}`);

    const etag = whole.headers()["etag"]!;
    expect(etag).toMatch(/^".+"$/);
    expect((await editor.request.get(audio.url, { headers: { "If-None-Match": etag } })).status()).toBe(304);
    const stale = await editor.request.get(audio.url, {
      headers: { Range: "bytes=0-9", "If-Range": '"an-older-version"' },
    });
    expect(stale.status()).toBe(200);

    // Signed out: no audio, no metadata.
    const anonymous = await playwrightRequest.newContext({ baseURL });
    for (const url of [audio.url, `/api/episodes/${episodeId}/audio`]) {
      const res = await anonymous.get(url, { headers: { Range: "bytes=0-99" } });
      expect(res.status(), url).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
    }
    await anonymous.dispose();

    // The editor opens the Audio tab: the waveform is drawn from the stored peaks.
    const fileStatuses: number[] = [];
    editor.on("response", (res) => {
      if (res.url().includes(`/api/episodes/${episodeId}/audio/file`)) fileStatuses.push(res.status());
    });
    await editor.goto(`/episodes/${episodeId}?tab=audio`);
    await expect(editor.getByRole("tab", { name: "Audio" })).toHaveAttribute("data-state", "active");
    const waveform = editor.getByTestId("audio-waveform");
    await expect(waveform).toHaveAttribute("data-ready", "true");
    const canvasSize = await waveform
      .locator("canvas")
      .first()
      .evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }));
    expect(canvasSize.width).toBeGreaterThan(0);
    expect(canvasSize.height).toBeGreaterThan(0);
    // Something is painted: the canvas is not blank.
    const painted = await waveform
      .locator("canvas")
      .first()
      .evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
        let opaque = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) opaque++;
        return opaque;
      });
    expect(painted).toBeGreaterThan(100);
    // One region per script segment, laid out across the waveform (wavesurfer's shadow DOM; Playwright's CSS pierces it).
    const segments = new Set(audio.timeline.map((l) => l.segment)).size;
    const regions = waveform.locator('[part~="region"]');
    await expect(regions).toHaveCount(segments);
    if (segments > 1)
      expect((await regions.last().boundingBox())!.x).toBeGreaterThan((await waveform.boundingBox())!.x + 50);
    // Their labels never overlap: a label that would is stacked on a second row or hidden.
    const labels = await waveform.locator('[data-testid="segment-label"]').evaluateAll((els) =>
      els
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0)
        .map(({ left, right, top, bottom }) => ({ left, right, top, bottom })),
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1))
        expect(
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top,
          JSON.stringify([a, b]),
        ).toBe(true);
    await expect(
      editor.getByTestId("audio-measurements").getByRole("row", { name: /Integrated loudness/ }),
    ).toContainText("LUFS");
    await expect(editor.getByTestId("measurement-loudness")).toHaveAttribute("data-status", /pass|fail/);
    await expect(editor.getByTestId("audio-transcript").getByRole("listitem")).toHaveCount(audio.timeline.length);
    await editor.screenshot({ path: info.outputPath("audio-tab.png"), fullPage: true });

    // Play: the current time advances.
    await editor.getByRole("button", { name: "Play", exact: true }).click();
    await expect(editor.getByRole("button", { name: "Pause", exact: true })).toBeVisible();
    await expect.poll(() => currentTime(editor)).toBeGreaterThan(0.5);
    await expect(editor.getByTestId("audio-transcript").locator('[aria-current="true"]')).toHaveCount(1);
    await editor.screenshot({ path: info.outputPath("audio-playing.png"), fullPage: true });
    await editor.getByRole("button", { name: "Pause", exact: true }).click();
    await expect(editor.getByRole("button", { name: "Play", exact: true })).toBeVisible();
    // The <audio> element streamed the file in ranges; nothing downloaded it whole to decode it.
    expect(fileStatuses).toContain(206);
    expect(fileStatuses).not.toContain(200);
    // Paused means the element is paused and the panel shows where it stopped.
    const audioElement = waveform.locator("audio");
    expect(await audioElement.evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
    const stoppedAt = await audioElement.evaluate((a: HTMLAudioElement) => a.currentTime);
    await expect.poll(() => currentTime(editor)).toBeCloseTo(stoppedAt, 1);

    // Seek by clicking the middle of the waveform.
    const box = (await waveform.boundingBox())!;
    await waveform.click({ position: { x: box.width / 2, y: box.height / 2 } });
    const half = audio.durationSec / 2;
    await expect.poll(() => currentTime(editor)).toBeGreaterThan(half - audio.durationSec * 0.05);
    expect(await currentTime(editor)).toBeLessThan(half + audio.durationSec * 0.05);
    await expect(editor.getByTestId("audio-current-time")).not.toHaveText("0:00");
    // The transcript follows: the line under the playhead is marked and scrolled into the list's view.
    const transcript = editor.getByTestId("audio-transcript");
    await expect(transcript.locator('[aria-current="true"]')).toHaveCount(1);
    await expect
      .poll(() =>
        transcript.evaluate((list) => {
          const item = list.querySelector('[aria-current="true"]')!.getBoundingClientRect();
          const box = list.getBoundingClientRect();
          return item.top >= box.top - 1 && item.bottom <= box.bottom + 1;
        }),
      )
      .toBe(true);
    await editor.screenshot({ path: info.outputPath("audio-seeked-middle.png"), fullPage: true });

    // Seek with the keyboard: → moves 5 s on.
    const beforeKey = await currentTime(editor);
    await waveform.focus();
    await editor.keyboard.press("ArrowRight");
    await expect.poll(() => currentTime(editor)).toBeCloseTo(Math.min(beforeKey + 5, audio.durationSec), 0);
    // The slider too: ← moves 5 s back.
    const slider = editor.getByRole("slider", { name: "Seek", exact: true });
    await slider.focus();
    const beforeSlider = await currentTime(editor);
    await editor.keyboard.press("ArrowLeft");
    await expect.poll(() => currentTime(editor)).toBeCloseTo(beforeSlider - 5, 0);

    // Seek by clicking a transcript line: the time jumps to its start, and the line is marked current.
    const target = audio.timeline.length - 2;
    const line = transcript.getByRole("listitem").nth(target);
    await line.getByRole("button").first().click(); // the line itself; beside it, "Play line" and "Regenerate"
    await expect.poll(() => currentTime(editor)).toBeCloseTo(audio.timeline[target]!.start, 1);
    await expect(line).toHaveAttribute("aria-current", "true");

    // Change the speed and play on from there.
    await editor.getByLabel("Speed").selectOption("1.5");
    await expect(editor.getByLabel("Speed")).toHaveValue("1.5");
    expect(await audioElement.evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(1.5);
    const fromLine = await currentTime(editor);
    await editor.getByRole("button", { name: "Play", exact: true }).click();
    await expect.poll(() => currentTime(editor)).toBeGreaterThan(fromLine + 0.5);
    await editor.getByRole("button", { name: "Pause", exact: true }).click();
    await editor.screenshot({ path: info.outputPath("audio-transcript-seek.png"), fullPage: true });
  });

  test("the tab says when there is no audio yet", async ({ page }, info) => {
    await signIn(page, "PRODUCER");
    const showId = await demoShowId(page);
    const created = await page.request.post("/api/episodes", {
      data: {
        showId,
        topic: "How sleep shapes memory early on",
        targetMinutes: 1,
        sources: [{ title: "Sleep study", content: SOURCE }],
      },
    });
    expect(created.status()).toBe(201);
    const episodeId = ((await created.json()) as { episode: { id: string } }).episode.id;
    const meta = await page.request.get(`/api/episodes/${episodeId}/audio`);
    expect(meta.status()).toBe(200);
    expect(((await meta.json()) as { audio: unknown }).audio).toBeNull();
    expect((await page.request.get(`/api/episodes/${episodeId}/audio/file`)).status()).toBe(404);
    expect((await page.request.get(`/api/episodes/no-such-episode/audio`)).status()).toBe(404);
    await page.goto(`/episodes/${episodeId}?tab=audio`);
    await expect(page.getByText("Audio appears after the script is approved and synthesised.")).toBeVisible();
    await page.screenshot({ path: info.outputPath("audio-empty.png"), fullPage: true });
    // Leave the machine's cores to the other journey.
    expect((await page.request.post(`/api/episodes/${episodeId}/cancel`, { data: {} })).status()).toBe(200);
  });
});
