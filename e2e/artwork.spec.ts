import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Locator } from "@playwright/test";
import sharp from "sharp";
import { signIn } from "./helpers";
import { WAIT } from "./waits";

const image = (size: number) =>
  sharp({ create: { width: size, height: size, channels: 3, background: { r: 30, g: 90, b: 200 } } })
    .jpeg()
    .toBuffer();

/** Real images written to a temp folder, as an editor would pick them from disk. */
let files: { tooSmall: string; good: string };
test.beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "e2e-artwork-"));
  files = { tooSmall: path.join(dir, "too-small.jpg"), good: path.join(dir, "cover.jpg") };
  await writeFile(files.tooSmall, await image(1000));
  await writeFile(files.good, await image(1400));
});

/** The picture has loaded from the studio (a broken image has no natural width). */
const loaded = (img: Locator) => expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1400);

test("an editor's too-small artwork is refused with the reason and nothing saved; a good one is shown and kept", async ({
  page,
}, info) => {
  await signIn(page, "EDITOR");
  // A show no other journey gives artwork to.
  await page.goto("/shows");
  await page.getByRole("link", { name: "Resume Lab", exact: true }).click();
  const section = page.locator("#show-artwork");
  await expect(section.getByRole("heading", { name: "Artwork" })).toBeVisible();
  await expect(section.getByTestId("artwork-status")).toHaveText("No artwork yet.");

  const input = section.getByLabel("Show artwork");
  await input.setInputFiles(files.tooSmall);
  await expect(section.getByTestId("artwork-error")).toHaveText(
    "The image is 1000 × 1000 px: artwork must be at least 1400 × 1400 px. Upload a larger image.",
    { timeout: WAIT.upload },
  );
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: info.outputPath("artwork-refused.png"), fullPage: true });
  await page.reload();
  await expect(section.getByTestId("artwork-status")).toHaveText("No artwork yet.");
  await expect(section.getByTestId("artwork-image")).toHaveCount(0);

  await section.getByLabel("Show artwork").setInputFiles(files.good);
  await expect(section.getByTestId("artwork-status")).toHaveText("JPEG, 1400 × 1400 px", { timeout: WAIT.upload });
  await expect(section.getByTestId("artwork-error")).toHaveCount(0);
  await loaded(section.getByTestId("artwork-image"));

  await page.reload();
  await expect(section.getByTestId("artwork-status")).toHaveText("JPEG, 1400 × 1400 px");
  await loaded(section.getByTestId("artwork-image"));
  await expect(section.getByRole("button", { name: "Remove" })).toBeVisible();
  await page.screenshot({ path: info.outputPath("artwork-saved.png"), fullPage: true });
});
