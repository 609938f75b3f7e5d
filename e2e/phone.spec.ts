import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { approveUntilReady } from "./approve-until-ready";
import { demoShowId, signIn } from "./helpers";
import { WAIT } from "./waits";

const SOURCE =
  "A 2019 study of 120 adults found that a full night of sleep improved recall of new words by about 20 percent. " +
  "The researchers caution that the sample was small and mostly students. Slow-wave sleep appears to replay the day's experiences.";

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };

/** The studio's pages an admin reaches from the menu and from them, each with what shows it has loaded. */
const PAGES: { path: string; heading: string | RegExp }[] = [
  { path: "/", heading: /^Welcome/ },
  { path: "/episodes", heading: "Episodes" },
  { path: "/episodes/new", heading: "New episode" },
  { path: "/review", heading: "Review" },
  { path: "/shows", heading: "Shows" },
  { path: "/shows/new", heading: "New show" },
  { path: "/admin", heading: "Admin" },
  { path: "/admin/users", heading: "Users and roles" },
  { path: "/admin/budgets", heading: "Budgets" },
  { path: "/admin/prices", heading: "Price table" },
  { path: "/admin/providers", heading: "Providers" },
];

/**
 * Asserts the page is no wider than the window (nothing scrolls sideways) and saves a screenshot. A failure names
 * the first elements that reach past the window's right edge outside a box that scrolls or clips them.
 */
async function expectNoSideScroll(page: Page, info: TestInfo, name: string): Promise<void> {
  const width = page.viewportSize()!.width;
  const { scrollWidth, innerWidth, culprits } = await page.evaluate((width) => {
    const clipped = (el: Element): boolean => {
      // An absolutely placed element is clipped only by a scrolling box that holds its containing block.
      const position = getComputedStyle(el).position;
      if (position === "fixed") return false;
      let from = el.parentElement;
      while (position === "absolute" && from && getComputedStyle(from).position === "static") from = from.parentElement;
      for (let p = from; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== "visible") return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el))
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">`);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      culprits: wide.join(", "),
    };
  }, width);
  // A phone widens its layout to fit content wider than the screen (and zooms out): the window must stay the
  // screen's width, and the page no wider than the window.
  expect(innerWidth, `${name} is laid out wider than the ${width} px screen; too wide: ${culprits}`).toBe(width);
  expect(scrollWidth, `${name} scrolls sideways at ${width} px; too wide: ${culprits}`).toBeLessThanOrEqual(innerWidth);
  await page.screenshot({ path: info.outputPath(`${width}-${name}.png`), fullPage: true });
}

function slug(path: string): string {
  return path === "/" ? "dashboard" : path.slice(1).replaceAll("/", "-");
}

/** One finished episode for the episode pages, made through the JSON API as the audio journey makes it. */
async function readyEpisode(page: Page, info: TestInfo): Promise<string> {
  const showId = await demoShowId(page);
  const created = await page.request.post("/api/episodes", {
    data: {
      showId,
      topic: "How sleep shapes memory, on a phone",
      targetMinutes: 1,
      sources: [{ title: "Sleep study", content: SOURCE }],
    },
  });
  expect(created.status()).toBe(201);
  const episodeId = ((await created.json()) as { episode: { id: string } }).episode.id;

  // At the script gate, the script editor fits the phone and its fields take a finger.
  await page.goto(`/episodes/${episodeId}?tab=script`);
  await expect(page.getByTestId("episode-status")).toHaveAttribute("data-status", "AWAITING_SCRIPT_APPROVAL", {
    timeout: WAIT.pipeline,
  });
  await page.getByRole("button", { name: "Edit script" }).tap();
  const line = page.getByRole("tabpanel").locator("textarea").first();
  await expect(line).toBeVisible();
  expect((await line.boundingBox())!.height).toBeGreaterThanOrEqual(40);
  // Every line's box is as tall as its text: nothing is cut off behind a scrollbar.
  const cutOff = await page
    .getByRole("tabpanel")
    .locator("textarea")
    .evaluateAll((boxes) =>
      boxes.filter((b) => b.scrollHeight > b.clientHeight + 1).map((b) => b.getAttribute("aria-label")),
    );
  expect(cutOff).toEqual([]);
  await expectNoSideScroll(page, info, "script-editor");
  await page.getByRole("button", { name: "Cancel", exact: true }).tap();

  await approveUntilReady(page.request, episodeId);
  return episodeId;
}

/** Visits the main pages and every tab of an episode, asserting none scrolls sideways. */
async function visitMainPages(page: Page, info: TestInfo, episodeId: string, showId: string): Promise<void> {
  for (const { path, heading } of [...PAGES, { path: `/shows/${showId}`, heading: "Signal & Noise" }]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoSideScroll(page, info, path.startsWith("/shows/") && path !== "/shows/new" ? "show" : slug(path));
  }

  await page.goto(`/episodes/${episodeId}`);
  await expect(page.getByTestId("episode-status")).toHaveAttribute("data-status", "READY");
  const tabs = page.getByRole("tablist", { name: "Episode views" }).getByRole("tab");
  const labels = await tabs.allInnerTexts();
  expect(labels.length).toBeGreaterThanOrEqual(6);
  for (const label of labels) {
    const tab = tabs.filter({ hasText: label });
    await tab.click();
    await expect(tab).toHaveAttribute("aria-selected", "true");
    const panel = page.getByRole("tabpanel");
    await expect(panel).toBeVisible();
    // Loaded: the tab's spinner is gone (and the player has drawn its waveform).
    await expect(panel.getByText("Loading…")).toHaveCount(0);
    if (label === "Audio") await expect(page.getByTestId("audio-waveform")).toHaveAttribute("data-ready", "true");
    await expectNoSideScroll(page, info, `episode-${label.toLowerCase()}`);
  }

  await page.goto(`/episodes/${episodeId}/certification`);
  await expect(page.getByRole("heading", { name: "Production-readiness certification" })).toBeVisible();
  await expectNoSideScroll(page, info, "certification");
}

test.describe("the studio on a phone and a tablet", () => {
  test("at 390 px the menu opens and closes and no main page scrolls sideways; at 768 px neither", async ({
    browser,
  }, info) => {
    test.setTimeout(WAIT.pipeline + 240_000); // a one-minute episode through the whole pipeline, then two page tours
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();

    await page.goto("/login");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await expectNoSideScroll(page, info, "login");
    await signIn(page, "ADMIN");

    // The sidebar is behind the menu button: it opens as a panel, closes on Escape and after choosing a page.
    const menu = page.getByRole("button", { name: "Open menu" });
    const nav = page.getByTestId("main-nav");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toHaveAttribute("aria-controls", "studio-nav");
    await expect(nav).toBeHidden();
    const box = await menu.boundingBox();
    expect(box!.height, "the menu button is big enough for a finger").toBeGreaterThanOrEqual(40);
    await menu.tap();
    const close = page.getByRole("button", { name: "Close menu" });
    await expect(close).toHaveAttribute("aria-expanded", "true");
    await expect(nav).toBeVisible();
    await expect(page.locator("#studio-nav")).toContainText("Sign out");
    await page.screenshot({ path: info.outputPath("390-menu-open.png") });
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();
    await menu.tap();
    await nav.getByRole("link", { name: "Shows" }).tap();
    await expect(page).toHaveURL(/\/shows$/);
    await expect(nav).toBeHidden();
    await expect(menu).toHaveAttribute("aria-expanded", "false");

    const showId = await demoShowId(page);
    const episodeId = await readyEpisode(page, info);
    await visitMainPages(page, info, episodeId, showId);

    // The player and the transcript take a finger: the controls are at least 40 px tall.
    await page.goto(`/episodes/${episodeId}?tab=audio`);
    await expect(page.getByTestId("audio-waveform")).toHaveAttribute("data-ready", "true");
    for (const control of [
      page.getByRole("button", { name: "Play", exact: true }),
      page.getByLabel("Speed"),
      page.getByTestId("audio-transcript").getByRole("button").first(),
    ]) {
      expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(40);
    }
    await page.getByTestId("audio-transcript").getByRole("listitem").nth(1).getByRole("button").first().tap();
    await expect
      .poll(async () => Number(await page.getByTestId("audio-current-time").getAttribute("data-seconds")))
      .toBeGreaterThan(0);

    // A tablet has the sidebar, and no page scrolls sideways either.
    await page.setViewportSize(TABLET);
    await page.goto("/");
    await expect(nav).toBeVisible();
    await expect(page.getByRole("button", { name: "Open menu" })).toBeHidden();
    await visitMainPages(page, info, episodeId, showId);
    await context.close();
  });
});
