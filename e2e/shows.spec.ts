import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test.describe("shows: brand profiles", () => {
  test("an editor creates a show with two hosts and a banned phrase, after fixing field errors, then edits it", async ({
    page,
  }, info) => {
    await signIn(page, "EDITOR");
    await page.goto("/shows");
    await page.getByRole("link", { name: "New show" }).click();
    await expect(page.getByRole("heading", { name: "New show" })).toBeVisible();

    // The address follows the name until it is typed; bad input gets a message on each field, and focus moves there.
    await page.getByLabel("Name", { exact: true }).fill("Night Shift");
    await expect(page.getByLabel("Address (slug)")).toHaveValue("night-shift");
    await page.getByLabel("Address (slug)").fill("Night Shift!");
    await page.getByLabel("Brand threshold").fill("12");
    await page.getByRole("button", { name: "Create show" }).click();
    await expect(
      page.getByText("Use lowercase letters, digits and single dashes only, e.g. signal-and-noise."),
    ).toBeVisible();
    await expect(page.getByText("Enter the tone.")).toBeVisible();
    await expect(page.getByText("Enter the audience.")).toBeVisible();
    await expect(page.getByText("Enter the host's name.")).toBeVisible();
    await expect(page.getByText("The brand threshold cannot be above 10.")).toBeVisible();
    await expect(page.getByLabel("Address (slug)")).toBeFocused();
    await expect(page.getByLabel("Address (slug)")).toHaveAttribute("aria-invalid", "true");
    await page.screenshot({ path: info.outputPath("show-form-errors.png"), fullPage: true });

    const slug = `night-shift-${Date.now().toString(36)}`;
    await page.getByLabel("Address (slug)").fill(slug);
    await page.getByLabel("Tone", { exact: true }).fill("Low-key and kind");
    await page.getByLabel("Audience").fill("People who work nights");
    await page.getByLabel("Brand threshold").fill("9.0");
    await page.getByLabel("Host 1 name").fill("Nora");
    await page.getByRole("button", { name: "Add host" }).click();
    await expect(page.getByLabel("Host 2 name")).toBeFocused();
    await page.keyboard.type("Kit");
    await page.getByLabel("Host 2 voice", { exact: true }).selectOption("awb");
    await page.getByRole("button", { name: "Add banned phrase" }).click();
    await expect(page.getByLabel("Banned phrase 1", { exact: true })).toBeFocused();
    await page.keyboard.type("circle back");
    await page.getByRole("button", { name: "Add term" }).click();
    await page.getByLabel("Term 1", { exact: true }).fill("GPU");
    await page.getByLabel("Say term 1 as").fill("gee pee you");
    await page.getByRole("button", { name: "Create show" }).click();

    await expect(page).toHaveURL(/\/shows\/(?!new)[^/]+$/);
    await expect(page.getByRole("heading", { name: "Night Shift", level: 1 })).toBeVisible();
    await expect(page.getByTestId("brand-history-empty")).toBeVisible();
    await expect(page.getByLabel("Host 2 name")).toHaveValue("Kit");
    await expect(page.getByLabel("Banned phrase 1", { exact: true })).toHaveValue("circle back");
    const showUrl = page.url();

    // Edit: keyboard only for the phrase list (Enter adds the next row), a threshold and auto-approval.
    await page.getByRole("button", { name: "Add required phrase" }).focus();
    await page.keyboard.press("Enter");
    // Focus moves to the new row after React renders it; type once it is there, as a person would.
    await expect(page.getByLabel("Required phrase 1", { exact: true })).toBeFocused();
    await page.keyboard.type("Good night from Night Shift");
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Required phrase 2", { exact: true })).toBeFocused();
    await page.keyboard.type("See you tomorrow");
    await page.getByLabel("Tone", { exact: true }).fill("Low-key, kind and exact");
    await page.getByLabel("Auto-approval").check();
    await page.getByRole("button", { name: "Remove banned phrase 1" }).click();
    await page.getByRole("button", { name: "Add banned phrase" }).click();
    await page.keyboard.type("synergy");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByTestId("show-saved")).toHaveText("Saved. New pipeline stages use this profile.");

    await page.reload();
    await expect(page.getByLabel("Tone", { exact: true })).toHaveValue("Low-key, kind and exact");
    await expect(page.getByLabel("Required phrase 2", { exact: true })).toHaveValue("See you tomorrow");
    await expect(page.getByLabel("Banned phrase 1", { exact: true })).toHaveValue("synergy");
    await expect(page.getByLabel("Auto-approval")).toBeChecked();
    await page.screenshot({ path: info.outputPath("show-edit.png"), fullPage: true });

    const api = await page.request.get(showUrl.replace("/shows/", "/api/shows/"));
    expect(api.status()).toBe(200);
    const { show, brandHistory } = await api.json();
    expect(show).toMatchObject({ slug, autoApprove: true, bannedPhrases: ["synergy"], brandThreshold: 9 });
    expect(show.hosts.map((h: { name: string; localVoice: string }) => `${h.name}:${h.localVoice}`)).toEqual([
      "Nora:slt",
      "Kit:awb",
    ]);
    expect(brandHistory.count).toBe(0);

    await page.goto("/shows");
    const card = page.getByTestId("show-card").filter({ hasText: "Night Shift" });
    await expect(card).toContainText("Nora, Kit");
    await expect(card).toContainText("auto-approval");
    await expect(card.getByRole("link", { name: "Edit Night Shift" })).toBeVisible();
  });

  test("keys typed straight after adding a row land in it, even when the machine is too busy to draw the next frame", async ({
    page,
  }) => {
    // A loaded machine draws late: a focus moved on the next frame let the first keys fall on the button ("ynergy").
    await page.addInitScript(() => {
      window.requestAnimationFrame = (draw) => window.setTimeout(() => draw(performance.now()), 2_000);
    });
    await signIn(page, "EDITOR");
    await page.goto("/shows/new");
    await page.getByRole("button", { name: "Add banned phrase" }).click();
    await page.keyboard.type("synergy");
    await page.keyboard.press("Enter");
    await page.keyboard.type("circle back");
    await page.getByRole("button", { name: "Add host" }).click();
    await page.keyboard.type("Kit");
    await page.getByRole("button", { name: "Add term" }).click();
    await page.keyboard.type("GPU");
    await expect(page.getByLabel("Banned phrase 1", { exact: true })).toHaveValue("synergy");
    await expect(page.getByLabel("Banned phrase 2", { exact: true })).toHaveValue("circle back");
    await expect(page.getByLabel("Host 2 name")).toHaveValue("Kit");
    await expect(page.getByLabel("Term 1", { exact: true })).toHaveValue("GPU");
    // Removing a row hands the keys to the row now in its place.
    await page.getByRole("button", { name: "Remove banned phrase 1" }).click();
    await page.keyboard.type("!");
    await expect(page.getByLabel("Banned phrase 1", { exact: true })).toHaveValue("circle back!");
  });

  test("the JSON API validates a show with field errors and refuses a taken address", async ({ page }) => {
    await signIn(page, "EDITOR");
    const bad = await page.request.post("/api/shows", {
      data: { name: "X", slug: "Has Spaces", hosts: [], brandThreshold: 11 },
    });
    expect(bad.status()).toBe(400);
    const { error } = await bad.json();
    expect(error.fields.slug[0]).toBe("Use lowercase letters, digits and single dashes only, e.g. signal-and-noise.");
    expect(error.fields.hosts[0]).toBe("A show needs at least one host.");
    expect(error.fields.brandThreshold[0]).toBe("The brand threshold cannot be above 10.");

    const taken = await page.request.post("/api/shows", {
      data: {
        name: "Copy",
        slug: "signal-and-noise",
        tone: "Same",
        audience: "Same",
        targetReadingGrade: 9,
        hosts: [{ name: "A", localVoice: "slt" }],
        brandThreshold: 9,
        dimensionThreshold: 7,
        qualityTarget: 8.5,
      },
    });
    expect(taken.status()).toBe(409);
    expect((await taken.json()).error.message).toBe(
      "Another show already uses the address “signal-and-noise”. Choose a different one.",
    );
  });

  test("a producer sees the shows and their brand profile but no edit controls", async ({ page }, info) => {
    await signIn(page, "PRODUCER");
    await page.goto("/shows");
    await expect(page.getByRole("link", { name: "New show" })).toHaveCount(0);
    const card = page.getByTestId("show-card").filter({ hasText: "Signal & Noise" });
    await expect(card).toContainText("Maya Chen, Theo Marsh");
    await expect(card.getByRole("link", { name: /^Edit/ })).toHaveCount(0);
    await card.getByRole("link", { name: /^View Signal & Noise/ }).click();

    await expect(page.getByRole("heading", { name: "Signal & Noise", level: 1 })).toBeVisible();
    await expect(page.getByTestId("show-profile-view")).toContainText("game-changer");
    await expect(page.getByTestId("host-view")).toHaveCount(2);
    // Other journeys may already have scored this show's scripts: the history is a chart or its empty state.
    await expect(page.getByTestId("brand-history-empty").or(page.getByTestId("brand-history-table"))).toBeVisible();
    await expect(page.getByTestId("show-form")).toHaveCount(0);
    await expect(page.getByRole("textbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    await page.screenshot({ path: info.outputPath("show-producer.png"), fullPage: true });

    const id = page.url().split("/").pop()!;
    expect((await page.request.get(`/api/shows/${id}`)).status()).toBe(200);
    expect((await page.request.put(`/api/shows/${id}`, { data: {} })).status()).toBe(403);
    expect((await page.request.post("/api/shows", { data: {} })).status()).toBe(403);
    const res = await page.goto("/shows/new");
    expect(res?.status()).toBe(403);
    await expect(page.getByTestId("forbidden")).toBeVisible();
  });
});
