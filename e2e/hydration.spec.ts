import { expect, test, type Page } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { signIn } from "./helpers";
import { E2E_EMAILS, E2E_PASSWORDS } from "./users";

/**
 * Opens a page with its scripts held back, so the server's HTML is on screen and React is not: what a person on a
 * slow laptop (or a loaded machine) sees for a moment. `release` lets the scripts load and the page hydrate.
 */
async function openBeforeHydration(page: Page, url: string): Promise<{ release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  // Only the scripts: the stylesheet (also under chunks/) is needed to parse the page.
  await page.route(/\/_next\/static\/chunks\/.+\.js$/, async (route) => {
    held++;
    await released;
    await route.continue().catch(() => {}); // the page may have closed meanwhile
  });
  // The HTML is parsed without waiting for the (async) scripts.
  await page.goto(url, { waitUntil: "domcontentloaded" });
  await expect.poll(() => held, { message: "the page's scripts are requested and held" }).toBeGreaterThan(0);
  return { release };
}

test.describe("input typed before the page hydrates", () => {
  test("the show form keeps what is typed, chosen and ticked before hydration, in the fields and in what it saves", async ({
    page,
  }) => {
    await signIn(page, "EDITOR");
    const { release } = await openBeforeHydration(page, "/shows/new");

    // Typed while React is not there yet: text fields (one key at a time, one filled), a select and a switch.
    await page.getByLabel("Name", { exact: true }).pressSequentially("Night Owl");
    await page.getByLabel("Tone", { exact: true }).fill("Quiet and precise");
    await page.getByLabel("Host 1 name").fill("Ivy");
    await page.getByLabel("Host 1 voice", { exact: true }).selectOption("awb");
    await page.getByLabel("Auto-approval").check();
    // Nothing can be submitted or added yet: those buttons wait for the page to be able to act.
    await expect(page.getByRole("button", { name: "Create show" })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Add host" })).toBeDisabled();

    release();
    await expect(page.getByRole("button", { name: "Create show" })).toBeEnabled();
    // React has the typed name: the address follows it, as it does for a name typed after hydration.
    await expect(page.getByLabel("Address (slug)")).toHaveValue("night-owl");
    // Fields typed after hydration re-render the form; the early input stays.
    const slug = `night-owl-${Date.now().toString(36)}`;
    await page.getByLabel("Address (slug)").fill(slug);
    await page.getByLabel("Audience").fill("Insomniacs");
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Night Owl");
    await expect(page.getByLabel("Tone", { exact: true })).toHaveValue("Quiet and precise");
    await expect(page.getByLabel("Host 1 name")).toHaveValue("Ivy");
    await expect(page.getByLabel("Host 1 voice", { exact: true })).toHaveValue("awb");
    await expect(page.getByLabel("Auto-approval")).toBeChecked();

    await page.getByRole("button", { name: "Create show" }).click();
    await expect(page.getByRole("heading", { name: "Night Owl", level: 1 })).toBeVisible();
    const id = page.url().split("/").pop()!;
    const { show } = await (await page.request.get(`/api/shows/${id}`)).json();
    expect(show).toMatchObject({
      name: "Night Owl",
      slug,
      tone: "Quiet and precise",
      audience: "Insomniacs",
      autoApprove: true,
    });
    expect(show.hosts.map((h: { name: string; localVoice: string }) => `${h.name}:${h.localVoice}`)).toEqual([
      "Ivy:awb",
    ]);
  });

  test("the new-episode form keeps a chosen show, a typed topic and a file picked before hydration", async ({
    page,
  }, info) => {
    await signIn(page, "PRODUCER");
    const { release } = await openBeforeHydration(page, "/episodes/new");
    const show = page.getByLabel("Show");
    const other = await show.locator("option:not(:checked)").first().getAttribute("value");
    await show.selectOption(other!);
    await page.getByLabel("Topic").pressSequentially("Why owls stay up");
    const notes = info.outputPath("owl-notes.md");
    writeFileSync(notes, "# Owl notes\n\nBarn owls hunt by sound alone, even in complete darkness.\n");
    await page.getByLabel("Upload files").setInputFiles(notes);
    await expect(page.getByRole("button", { name: "Start production" })).toBeDisabled();

    release();
    // The file picked before hydration is read once React can: its text comes back for review.
    await expect(page.getByLabel("Source 1 title")).toHaveValue("Owl notes");
    await expect(page.getByLabel("Source 1 text")).toHaveValue(/hunt by sound alone/);
    // Another choice re-renders the form; the show chosen early is still the one selected.
    await page.getByLabel("Format").selectOption("SOLO");
    await expect(page.getByLabel("Speakers")).toHaveValue("1");
    await expect(show).toHaveValue(other!);
    await expect(page.getByLabel("Topic")).toHaveValue("Why owls stay up");
  });

  test("sign-in waits for the page before it submits, so typed credentials are sent once and never in the address", async ({
    page,
  }) => {
    const urls: string[] = [];
    page.on("request", (req) => urls.push(req.url()));
    const { release } = await openBeforeHydration(page, "/login");
    await page.getByLabel("Email").pressSequentially(E2E_EMAILS.PRODUCER);
    await page.getByLabel("Password").fill(E2E_PASSWORDS.PRODUCER);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeDisabled();

    release();
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("main-nav")).toBeVisible();
    expect(
      urls.filter((u) => u.includes(encodeURIComponent(E2E_PASSWORDS.PRODUCER)) || u.includes("password=")),
    ).toEqual([]);
  });
});
