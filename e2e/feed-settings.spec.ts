import { expect, request as newRequest, test } from "@playwright/test";
import { signIn } from "./helpers";

test.describe("feed settings and feed preview", () => {
  test("an editor fixes a refused setting, saves the feed settings, sees the check shrink and previews the feed, which a signed-out app then reads", async ({
    page,
    baseURL,
  }, info) => {
    await signIn(page, "EDITOR");
    // A show of its own, so other journeys' publishing never meets this one.
    const slug = `tide-tables-${Date.now().toString(36)}`;
    const created = await page.request.post("/api/shows", {
      data: {
        name: "Tide Tables",
        slug,
        description: "Coasts, moons & the sea, weekly.",
        tone: "Calm",
        audience: "Walkers by the sea",
        targetReadingGrade: 8,
        hosts: [{ name: "Maren", localVoice: "slt" }],
        brandThreshold: 9,
        dimensionThreshold: 7,
        qualityTarget: 8.5,
      },
    });
    expect(created.status()).toBe(201);
    const { show } = (await created.json()) as { show: { id: string } };
    await page.goto(`/shows/${show.id}`);

    // Before anything is set the check names what the feed lacks, each linked to its field.
    const check = page.getByTestId("feed-check");
    await expect(check.locator("li[data-field=publicBaseUrl]")).toBeVisible();
    await expect(check.locator("li[data-field=ownerEmail] a")).toHaveAttribute("href", "#feed-ownerEmail");
    await expect(check.locator("li[data-field=artwork] a")).toHaveAttribute("href", "#show-artwork");

    await page.getByLabel("Public address").fill(`${baseURL}/podcasts`);
    await page.getByLabel("Author").fill("Tide Tables Studio");
    await page.getByLabel("Owner name").fill("Maren Holt");
    await page.getByLabel("Owner e-mail").fill("maren-at-example");
    await page.getByLabel("Category", { exact: true }).selectOption("Science");
    await page.getByLabel("Subcategory").selectOption("Earth Sciences");
    await page.getByLabel("Show type").selectOption("SERIAL");
    await page.getByLabel("Copyright").fill("© 2026 Tide Tables");
    await page.getByLabel("Explicit content").check();
    await page.getByRole("button", { name: "Save feed settings" }).click();

    // Refused beside each field, focus on the first; nothing saved (the check still wants an address).
    await expect(page.getByText("Enter a valid e-mail address, e.g. podcasts@example.com.")).toBeVisible();
    await expect(page.getByText(/Give the address without a path or query/)).toBeVisible();
    await expect(page.getByLabel("Public address")).toBeFocused();
    await page.screenshot({ path: info.outputPath("feed-settings-errors.png"), fullPage: true });
    await expect(check.locator("li[data-field=publicBaseUrl]")).toBeVisible();

    // Fixing a field clears its message at once.
    await page.getByLabel("Owner e-mail").fill("maren@example.com");
    await expect(page.getByText("Enter a valid e-mail address, e.g. podcasts@example.com.")).toBeHidden();
    await page.getByLabel("Public address").fill(baseURL!);
    await page.getByRole("button", { name: "Save feed settings" }).click();
    await expect(page.getByTestId("feed-settings-saved")).toBeVisible();
    // Only the artwork is left (uploaded in its own section).
    await expect(check.locator("li")).toHaveCount(1);
    await expect(check.locator("li[data-field=artwork]")).toBeVisible();

    // The settings survive a reload.
    await page.reload();
    await expect(page.getByLabel("Owner e-mail")).toHaveValue("maren@example.com");
    await expect(page.getByLabel("Subcategory")).toHaveValue("Earth Sciences");
    await expect(page.getByLabel("Explicit content")).toBeChecked();

    await page.getByRole("link", { name: "Preview feed" }).click();
    await expect(page.getByRole("heading", { name: "Feed preview" })).toBeVisible();
    const preview = page.getByTestId("feed-preview");
    await expect(preview.getByTestId("feed-preview-title")).toHaveText("Tide Tables");
    await expect(preview.getByText("Science › Earth Sciences · Explicit")).toBeVisible();
    const feedUrl = `${baseURL}/api/public/shows/${slug}/feed.xml`;
    await expect(preview.getByTestId("feed-url")).toHaveText(feedUrl);
    await expect(preview.getByText("Nothing published yet")).toBeVisible();
    await page.screenshot({ path: info.outputPath("feed-preview.png"), fullPage: true });

    // A podcast app (no session) reads the feed, and is told 304 when it holds the current version.
    const app = await newRequest.newContext();
    const res = await app.get(feedUrl);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
    const xml = await res.text();
    expect(xml).toContain("<itunes:author>Tide Tables Studio</itunes:author>");
    expect(xml).toContain("<itunes:type>serial</itunes:type>");
    expect(xml).toContain("<itunes:email>maren@example.com</itunes:email>");
    expect(xml).not.toContain("<item>");
    const again = await app.get(feedUrl, { headers: { "if-none-match": res.headers()["etag"]! } });
    expect(again.status()).toBe(304);
    expect((await app.get(`${baseURL}/api/public/shows/no-such-show/feed.xml`)).status()).toBe(404);
    await app.dispose();
  });

  test("a producer sees the feed settings but cannot change them", async ({ page }) => {
    await signIn(page, "PRODUCER");
    await page.goto("/shows");
    await page.getByRole("link", { name: "Signal & Noise" }).first().click();
    await expect(page.getByRole("heading", { name: "Feed settings" })).toBeVisible();
    const view = page.getByTestId("feed-settings-view");
    await expect(view).toContainText("Author");
    await expect(view).toContainText("Explicit content");
    await expect(page.getByRole("textbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save feed settings" })).toHaveCount(0);
    expect(
      (await page.request.put(`/api/shows/${page.url().split("/").pop()}/feed-settings`, { data: {} })).status(),
    ).toBe(403);
  });
});
