import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { demoShowId, signIn } from "./helpers";
import { WAIT } from "./waits";

const SOURCE =
  "A 2019 study of 120 adults found that a full night of sleep improved recall of new words by about 20 percent. " +
  "The researchers caution that the sample was small and mostly students. Slow-wave sleep appears to replay the day's experiences.";
const HOSTS = ["Maya Chen", "Theo Marsh"];

/** An editor's episode waiting at the script gate, with its Script tab open in the editor. */
async function editScriptAtGate(page: Page, topic: string): Promise<string> {
  await signIn(page, "EDITOR");
  const showId = await demoShowId(page);
  const created = await page.request.post("/api/episodes", {
    data: { showId, topic, targetMinutes: 1, sources: [{ title: "Sleep study", content: SOURCE }] },
  });
  expect(created.status()).toBe(201);
  const episodeId = ((await created.json()) as { episode: { id: string } }).episode.id;
  await page.goto(`/episodes/${episodeId}?tab=script`);
  await expect(page.getByTestId("episode-status")).toHaveAttribute("data-status", "AWAITING_SCRIPT_APPROVAL", {
    timeout: WAIT.pipeline,
  });
  await expect(page.getByLabel("Script version")).toHaveValue("1");
  await page.getByRole("button", { name: "Edit script" }).click();
  await expect(page.getByTestId("script-line").first()).toBeVisible();
  return episodeId;
}

type Segments = { title: string; lines: { speaker: string; text: string }[] }[];
/** The newest version's lines as the API stores them, in order. */
async function savedLines(page: Page, episodeId: string) {
  const res = await page.request.get(`/api/episodes/${episodeId}/script`);
  expect(res.status()).toBe(200);
  const { current } = (await res.json()) as { current: { version: number; segments: Segments } };
  return { version: current.version, lines: current.segments.flatMap((s) => s.lines) };
}

const lineBox = (page: Page, n: number) => page.locator(`textarea[aria-label^="Line ${n} of the script"]`);
const readLines = (page: Page) => page.getByTestId("script-lines").locator("p");

async function saveAndSee(page: Page, info: TestInfo, shot: string): Promise<void> {
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.getByLabel("Script version")).toHaveValue("2");
  await expect(page.getByTestId("script-lines")).toBeVisible();
  await page.screenshot({ path: info.outputPath(shot), fullPage: true });
}

test.describe("the script editor", () => {
  test.describe.configure({ timeout: WAIT.pipeline + 120_000 });

  test("an editor edits two lines and deletes one; the saved version has them and a brand score", async ({
    page,
  }, info) => {
    const episodeId = await editScriptAtGate(page, "How sleep shapes memory, edited by hand");
    const before = (await savedLines(page, episodeId)).lines;
    const deleted = await lineBox(page, 3).inputValue();
    const first = "Welcome to Signal and Noise. Our editor rewrote this opening about sleep and memory.";
    const second = "Honestly, this small study is a game-changer for anyone cramming before an exam.";

    // A cleared line says so beside it, with the control that fixes it; the error goes once the line has text.
    await lineBox(page, 2).fill("");
    await page.getByRole("button", { name: "Save as a new version" }).click();
    const lineTwo = page.getByRole("group", { name: /^Line 2,/ });
    await expect(lineTwo.getByTestId("line-error")).toHaveText(/This line is empty\./);
    await expect(lineTwo.getByRole("button", { name: "Delete line", exact: true })).toBeVisible();
    await expect(page.getByLabel("Script version")).toHaveValue("1");
    await page.screenshot({ path: info.outputPath("empty-line-error.png"), fullPage: true });
    await lineBox(page, 2).fill(second);
    await expect(page.getByTestId("line-error")).toHaveCount(0);

    await lineBox(page, 1).fill(first);
    await page.getByRole("button", { name: "Delete line 3", exact: true }).click();
    await expect(lineBox(page, 3)).not.toHaveValue(deleted);
    await saveAndSee(page, info, "edited-version.png");

    const saved = await savedLines(page, episodeId);
    expect(saved.version).toBe(2);
    expect(saved.lines.map((l) => l.text)).toEqual([first, second, ...before.slice(3).map((l) => l.text)]);
    // The read view shows them (a marked phrase carries its rule beside it, so fragments are matched).
    const script = page.getByTestId("script-lines");
    await expect(readLines(page).nth(0)).toContainText("Our editor rewrote this opening");
    await expect(readLines(page).nth(1)).toContainText("for anyone cramming before an exam.");
    await expect(script).not.toContainText(deleted);
    // Scored at once: the aside shows v2's score, with the banned phrase typed in found at its line.
    const aside = page.getByRole("complementary", { name: "Brand score", exact: true });
    await expect(aside.getByRole("heading", { name: "Brand score of v2" })).toBeVisible();
    await expect(aside).not.toContainText("has not been scored");
    await expect(aside.getByTestId("brand-violations")).toContainText(/banned-phrase\s+line 2: .*game-changer/);
    await expect(script.locator("mark[data-rule='banned-phrase']").filter({ hasText: /game-changer/i })).toHaveCount(1);
  });

  test("an editor moves a line down and changes a speaker; the saved version has the new order", async ({
    page,
  }, info) => {
    const episodeId = await editScriptAtGate(page, "How sleep shapes memory, reordered");
    const before = (await savedLines(page, episodeId)).lines;
    const a = await lineBox(page, 1).inputValue();
    const b = await lineBox(page, 2).inputValue();
    await page.getByRole("button", { name: "Move line 1 down", exact: true }).click();
    // Focus follows the moved line.
    await expect(lineBox(page, 2)).toBeFocused();
    await expect(lineBox(page, 2)).toHaveValue(a);
    await expect(lineBox(page, 1)).toHaveValue(b);
    // And the shortcuts move it back and forth again.
    await page.keyboard.press("Alt+ArrowUp");
    await expect(lineBox(page, 1)).toHaveValue(a);
    await page.keyboard.press("Alt+ArrowDown");
    await expect(lineBox(page, 2)).toHaveValue(a);
    await expect(lineBox(page, 2)).toBeFocused();

    const speaker = page.getByRole("combobox", { name: "Speaker of line 1", exact: true });
    const current = await speaker.inputValue();
    const other = HOSTS.find((h) => h !== current)!;
    await speaker.selectOption(other);
    await page.screenshot({ path: info.outputPath("reordered-in-editor.png"), fullPage: true });
    await saveAndSee(page, info, "reordered-version.png");

    const saved = await savedLines(page, episodeId);
    expect(saved.lines.slice(0, 2)).toEqual([
      { speaker: other, text: b },
      { speaker: before[0]!.speaker, text: a },
    ]);
    expect(saved.lines.slice(2)).toEqual(before.slice(2));
    await expect(readLines(page).nth(0).getByTestId("line-speaker")).toHaveText(other);
    await expect(readLines(page).nth(0)).toContainText(b.slice(0, 12));
    await expect(readLines(page).nth(1)).toContainText(a.slice(0, 12));
    await expect(page.getByRole("complementary", { name: "Brand score", exact: true })).not.toContainText(
      "has not been scored",
    );
  });
});
