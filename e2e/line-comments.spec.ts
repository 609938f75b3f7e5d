import { expect, test, type Page } from "@playwright/test";
import { demoShowId, signIn } from "./helpers";
import { WAIT } from "./waits";

// No sentence about the sample's size: the revision must bring it, at the commented line.
const SOURCE =
  "A 2019 study of 120 adults found that a full night of sleep improved recall of new words by about 20 percent. " +
  "Slow-wave sleep appears to replay the day's experiences. A 2021 trial found a short nap helped 40 students recall more.";
const OPEN_EDIT = "Pillows count too, says our cold open.";
const BODY_EDIT = "Sleep on it, and tell us what you find.";
const COMMENT = "Say the sample was small";
const GATE_COMMENT = "Keep my edits.";

/** The read view's lines, as shown: number, speaker and text of each. */
const shownLines = (page: Page) => page.getByTestId("script-lines").locator("p");
const shownText = async (page: Page) => (await shownLines(page).allInnerTexts()).join("\n");

test("an editor edits two lines, deletes one, comments on another, rejects; the next version keeps the edits and acts on the comment", async ({
  page,
}, info) => {
  test.setTimeout(WAIT.pipeline + WAIT.stage);
  await signIn(page, "EDITOR");
  const showId = await demoShowId(page);
  const created = await page.request.post("/api/episodes", {
    data: {
      showId,
      topic: "How sleep shapes memory, line by line",
      targetMinutes: 1,
      sources: [{ title: "Sleep study", content: SOURCE }],
    },
  });
  expect(created.status()).toBe(201);
  const episodeId = ((await created.json()) as { episode: { id: string } }).episode.id;
  await page.goto(`/episodes/${episodeId}?tab=script`);
  await expect(page.getByTestId("episode-status")).toHaveAttribute("data-status", "AWAITING_SCRIPT_APPROVAL", {
    timeout: WAIT.pipeline,
  });

  // Two hand edits with the script editor, the first line and the third, and the fourth deleted.
  await page.getByRole("button", { name: "Edit script" }).click();
  const fields = page.getByRole("tabpanel").locator("textarea");
  const deleted = await fields.nth(3).inputValue();
  for (const [n, edit] of [
    [0, OPEN_EDIT],
    [2, BODY_EDIT],
  ] as const) {
    const field = fields.nth(n);
    await field.fill(`${await field.inputValue()} ${edit}`);
  }
  await page.getByRole("button", { name: "Delete line 4", exact: true }).click();
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.getByRole("combobox", { name: "Script version" })).toHaveValue("2");
  await expect(shownLines(page).first()).toContainText(OPEN_EDIT);
  expect(await shownText(page)).not.toContain(deleted);

  // A comment on one line of the body, picked by its number.
  const count = await shownLines(page).count();
  const target = Math.min(6, count - 2);
  const targetText = (
    await shownLines(page)
      .nth(target - 1)
      .innerText()
  ).trim();
  await page.getByRole("button", { name: `Comment on line ${target}`, exact: true }).click();
  await expect(page.getByTestId("comment-range")).toHaveText(`Line ${target}`);
  await page.getByRole("textbox", { name: `Comment on line ${target}` }).fill(COMMENT);
  await page.getByRole("button", { name: "Add comment" }).click();
  const card = page.getByTestId("line-comment");
  await expect(card).toHaveAttribute("data-status", "OPEN");
  await expect(card).toContainText(COMMENT);
  await expect(page.getByTestId("open-line-comments")).toHaveText(
    "1 open line comment will go to the writer if you reject this version.",
  );
  await page.screenshot({ path: info.outputPath("line-comment-open.png"), fullPage: true });

  await page.getByRole("button", { name: "Reject…" }).click();
  await page.getByLabel("What should change?").fill(GATE_COMMENT);
  await page.getByRole("button", { name: "Reject with comment" }).click();
  await expect(page.getByTestId("gate-panel")).toContainText("round 2", { timeout: WAIT.stage });

  // The next version: both edits kept, a line about the sample right after the commented one, no comment text.
  await expect(page.getByRole("combobox", { name: "Script version" })).toHaveValue("3");
  const lines = await shownLines(page).allInnerTexts();
  expect(lines[0]).toContain(OPEN_EDIT);
  expect(lines[2]).toContain(BODY_EDIT);
  expect(lines[target - 1]!.replace(/^\D*\d+\s*/, "")).toBe(targetText.replace(/^\D*\d+\s*/, ""));
  expect(lines[target]).toMatch(/the sample was small/i);
  expect(lines).toHaveLength(count + 1);
  const spoken = await shownText(page);
  expect(spoken).not.toContain(deleted);
  expect(spoken).not.toContain(COMMENT);
  expect(spoken).not.toContain(GATE_COMMENT);
  await expect(page.getByTestId("line-comment")).toHaveCount(0);
  await expect(page.getByTestId("open-line-comments")).toHaveCount(0);
  await page.screenshot({ path: info.outputPath("next-version.png"), fullPage: true });

  // The comment stays on the version it was made on, resolved in the new one.
  await page.getByRole("combobox", { name: "Script version" }).selectOption("2");
  await expect(card).toHaveAttribute("data-status", "RESOLVED");
  await expect(card).toContainText("resolved in v3");
  await expect(page.getByRole("button", { name: `Comment on line ${target}` })).toHaveCount(0);
  await page.screenshot({ path: info.outputPath("comment-resolved.png"), fullPage: true });
});
