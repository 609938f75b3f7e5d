import { expect, request as playwrightRequest, test } from "@playwright/test";
import sharp from "sharp";
import { approveUntilReady } from "./approve-until-ready";
import { demoShowId, signIn } from "./helpers";
import { WAIT } from "./waits";

const SOURCE =
  "A 2019 study of 120 adults found that a full night of sleep improved recall of new words by about 20 percent. " +
  "Slow-wave sleep appears to replay the day's experiences, which may be why memories settle overnight.";

// The must-show journey of publishing: artwork and feed settings (the show page), publish (the Publish tab), the
// preview, then what a podcast app sees without signing in, and what it no longer sees after unpublishing.
test.describe("publishing an episode", () => {
  test("an editor publishes; a signed-out client reads the feed, the enclosure in ranges, the transcript and chapters; unpublishing removes them", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(WAIT.pipeline + 180_000);

    const producer = await browser.newPage();
    await signIn(producer, "PRODUCER");
    const showId = await demoShowId(producer);
    const topic = "How sleep shapes memory, published";
    const created = await producer.request.post("/api/episodes", {
      data: { showId, topic, targetMinutes: 1, sources: [{ title: "Sleep study", content: SOURCE }] },
    });
    expect(created.status()).toBe(201);
    const episodeId = ((await created.json()) as { episode: { id: string } }).episode.id;

    const editor = await browser.newPage();
    await signIn(editor, "EDITOR");
    await approveUntilReady(editor.request, episodeId);

    // The show's artwork (part B's control) and feed settings (part C's card).
    await editor.goto(`/shows/${showId}`);
    const artwork = await sharp({
      create: { width: 1400, height: 1400, channels: 3, background: { r: 20, g: 90, b: 160 } },
    })
      .png()
      .toBuffer();
    await editor
      .getByLabel("Show artwork")
      .setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: artwork });
    await expect(editor.locator('img[src*="artwork"]').first()).toBeVisible({ timeout: WAIT.upload });
    await editor.getByLabel("Public address").fill(baseURL!);
    await editor.getByLabel("Author").fill("Signal & Noise Productions");
    await editor.getByLabel("Owner name").fill("Pat Editor");
    await editor.getByLabel("Owner e-mail").fill("owner@example.com");
    await editor.getByLabel("Category", { exact: true }).selectOption("Science");
    await editor.getByLabel("Explicit content").setChecked(false);
    await editor.getByRole("button", { name: "Save feed settings" }).click();

    // Publish from the episode's Publish tab: the feed check passes, the state and the public URLs show.
    await editor.goto(`/episodes/${episodeId}`);
    await editor.getByRole("tab", { name: "Publish" }).click();
    const controls = editor.getByTestId("publish-controls");
    await expect(controls.getByTestId("feed-problems")).toHaveCount(0);
    await controls.getByRole("button", { name: "Publish now" }).click();
    await expect(controls.getByTestId("publication-state")).toHaveText(/^Published on /, { timeout: WAIT.stage });
    await expect(editor.getByTestId("publication-badge")).toHaveText("Published");
    const feedUrl = await controls.getByTestId("url-feed").getAttribute("href");
    const enclosureUrl = await controls.getByTestId("url-audio").getAttribute("href");
    expect(feedUrl).toBe(`${baseURL}/api/public/shows/signal-and-noise/feed.xml`);
    // Each publish has its own release folder, so apps and caches never mix two publishes' bytes.
    expect(enclosureUrl).toMatch(
      new RegExp(`^${baseURL}/api/public/episodes/${episodeId}/\\d+-[0-9a-f]{8}/episode\\.mp3$`),
    );
    const transcriptUrl = enclosureUrl!.replace(/episode\.mp3$/, "transcript.vtt");
    const chaptersUrl = enclosureUrl!.replace(/episode\.mp3$/, "chapters.json");

    // The preview lists the published episode as an app would.
    await editor.goto(`/shows/${showId}`);
    await editor.getByRole("link", { name: "Preview feed" }).click();
    await expect(editor).toHaveURL(new RegExp(`/shows/${showId}/feed$`));
    const title = (await (await editor.request.get(`/api/episodes/${episodeId}`)).json()).episode.title as string;
    await expect(editor.getByText(title).first()).toBeVisible();

    // A podcast app: no session at all.
    const app = await playwrightRequest.newContext({ baseURL });
    const feed = await app.get(feedUrl!);
    expect(feed.status()).toBe(200);
    const xml = await feed.text();
    const item = xml.split("<item>").find((i) => i.includes(enclosureUrl!));
    expect(item, "the episode's item in the feed").toBeDefined();
    const length = Number(/<enclosure[^>]*length="(\d+)"/.exec(item!)?.[1]);
    expect(length).toBeGreaterThan(1024);

    const head = await app.head(enclosureUrl!);
    expect(head.status()).toBe(200);
    expect(head.headers()["content-length"]).toBe(String(length));
    const range = await app.get(enclosureUrl!, { headers: { Range: "bytes=0-1023" } });
    expect(range.status()).toBe(206);
    expect(range.headers()["content-range"]).toBe(`bytes 0-1023/${length}`);
    expect(range.headers()["content-type"]).toBe("audio/mpeg");
    expect((await range.body()).length).toBe(1024);

    expect(item).toContain(`url="${transcriptUrl}"`);
    expect(item).toContain(`url="${chaptersUrl}"`);
    const vtt = await app.get(transcriptUrl);
    expect(vtt.status()).toBe(200);
    expect(await vtt.text()).toMatch(/^WEBVTT/);
    const chapters = await app.get(chaptersUrl);
    expect(chapters.status()).toBe(200);
    expect(((await chapters.json()) as { version: string; chapters: unknown[] }).version).toBe("1.2.0");
    // The studio's own routes stay private.
    expect((await app.get(`/api/episodes/${episodeId}/audio/file`)).status()).toBe(401);

    // Unpublish (confirmed in the app's dialog): the files and the item are gone.
    await editor.goto(`/episodes/${episodeId}`);
    await editor.getByRole("tab", { name: "Publish" }).click();
    await controls.getByRole("button", { name: "Unpublish" }).click();
    await editor.getByTestId("confirm-dialog").getByRole("button", { name: "Unpublish" }).click();
    await expect(controls.getByTestId("publication-state")).toHaveText(/^Unpublished on /);
    expect((await app.get(enclosureUrl!)).status()).toBe(404);
    expect((await app.get(transcriptUrl)).status()).toBe(404);
    expect(await (await app.get(feedUrl!)).text()).not.toContain(enclosureUrl!);
    await app.dispose();
  });

  test("publishing is refused with a clear message and nothing changes: a signed-out client, a producer, a past time", async ({
    browser,
    baseURL,
  }) => {
    const editor = await browser.newPage();
    await signIn(editor, "EDITOR");
    const showId = await demoShowId(editor);
    const created = await editor.request.post("/api/episodes", {
      data: {
        showId,
        topic: "An episode that is not ready to publish",
        targetMinutes: 1,
        sources: [{ title: "Sleep study", content: SOURCE }],
      },
    });
    const episodeId = ((await created.json()) as { episode: { id: string } }).episode.id;

    const anonymous = await playwrightRequest.newContext({ baseURL });
    expect((await anonymous.post(`/api/episodes/${episodeId}/publish`)).status()).toBe(401);
    expect((await anonymous.get(`/api/public/episodes/${episodeId}/1767225600000/episode.mp3`)).status()).toBe(404);
    expect((await anonymous.get(`/api/public/episodes/${episodeId}/1767225600000/master.wav`)).status()).toBe(404);
    expect((await anonymous.get(`/api/public/episodes/${episodeId}/episode.mp3`)).status()).toBe(404);
    await anonymous.dispose();

    const producer = await browser.newPage();
    await signIn(producer, "PRODUCER");
    expect((await producer.request.post(`/api/episodes/${episodeId}/publish`)).status()).toBe(403);

    const past = await editor.request.post(`/api/episodes/${episodeId}/publish`, {
      data: { at: "2001-01-01T00:00:00Z" },
    });
    expect(past.status()).toBe(400);
    expect(JSON.stringify(await past.json())).toContain("Choose a time in the future");
    const notADate = await editor.request.post(`/api/episodes/${episodeId}/publish`, { data: { at: "next tuesday" } });
    expect(notADate.status()).toBe(400);

    const notReady = await editor.request.post(`/api/episodes/${episodeId}/publish`);
    expect(notReady.status()).toBe(422);
    expect(((await notReady.json()) as { error: { message: string } }).error.message).toMatch(
      /^Only a Ready episode can be published/,
    );
    const state = (await (await editor.request.get(`/api/episodes/${episodeId}/publication`)).json()) as {
      state: { kind: string };
    };
    expect(state.state.kind).toBe("not-published");
    // Its pipeline is not needed: stop it rather than leave it using the machine.
    expect((await editor.request.post(`/api/episodes/${episodeId}/cancel`)).status()).toBe(200);
  });
});
