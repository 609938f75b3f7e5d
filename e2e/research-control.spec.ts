import { expect, test, type APIRequestContext } from "@playwright/test";
import { approveUntilReady } from "./approve-until-ready";
import { demoShowId, signIn } from "./helpers";
import { WAIT } from "./waits";

const OWN = {
  title: "Sleep study (control)",
  content:
    "A 2019 study of 120 adults found that a full night of sleep improved recall of new words by about 20 percent. " +
    "The researchers caution that the sample was small and mostly students. Slow-wave sleep appears to replay the day's experiences.",
};
const LIBRARY = {
  title: "Sleep research digest (control)",
  content:
    "Sleep and memory: a 2021 review of sleep studies found that sleep after learning improved memory in most of the 40 experiments it read. " +
    "Memory for new words benefits most from a full night of sleep, the review found. " +
    "Sleep deprivation before learning reduced the ability to form new memories by about 40 percent in one experiment.",
};

interface Report {
  certified: boolean;
  report: {
    warnings: string[];
    sections: { title: string }[];
    assessment: { dimensions: { key: string; score: number }[] };
  };
}

async function certification(api: APIRequestContext, episodeId: string): Promise<Report> {
  const res = await api.get(`/api/episodes/${episodeId}/certification`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { certification: Report }).certification;
}

test.describe("research under the editor's control", () => {
  test("an editor sees the sources by title and origin, overrides a verdict with a reason at the final gate, and the certification counts it", async ({
    browser,
  }, info) => {
    test.setTimeout(WAIT.pipeline + 180_000); // a real episode through the pipeline on two shared cores

    // An earlier episode of the show leaves a source in the show's library (its own run is cancelled at once).
    const producer = await browser.newPage();
    await signIn(producer, "PRODUCER");
    const showId = await demoShowId(producer);
    const earlier = await producer.request.post("/api/episodes", {
      data: { showId, topic: "A sleep digest for later episodes", targetMinutes: 1, sources: [LIBRARY] },
    });
    expect(earlier.status()).toBe(201);
    const earlierId = ((await earlier.json()) as { episode: { id: string; title: string } }).episode.id;
    expect((await producer.request.post(`/api/episodes/${earlierId}/cancel`, { data: {} })).status()).toBe(200);
    const earlierTitle = (
      (await (await producer.request.get(`/api/episodes/${earlierId}`)).json()) as {
        episode: { title: string };
      }
    ).episode.title;

    const created = await producer.request.post("/api/episodes", {
      data: { showId, topic: "How sleep shapes memory, checked by an editor", targetMinutes: 1, sources: [OWN] },
    });
    expect(created.status()).toBe(201);
    const episodeId = ((await created.json()) as { episode: { id: string } }).episode.id;

    const page = await browser.newPage();
    await signIn(page, "EDITOR");
    // The fact check can be changed while the final decision is awaited (not while the pipeline runs, nor once ready).
    await approveUntilReady(page.request, episodeId, "AWAITING_FINAL_APPROVAL");

    // The sources: by title, with their origin and how many claims cite each; no database id on the page.
    await page.goto(`/episodes/${episodeId}?tab=research`);
    const sources = page.getByTestId("sources");
    await expect(sources.locator('li[data-origin="episode"]', { hasText: OWN.title })).toContainText("this episode");
    await expect(sources.locator('li[data-origin="library"]', { hasText: LIBRARY.title })).toContainText(
      `show library (from “${earlierTitle}”)`,
    );
    await expect(page.getByTestId("claims")).not.toContainText(/\bc[a-z0-9]{24}\b/);
    await page.screenshot({ path: info.outputPath("research-sources.png"), fullPage: true });

    // Override the first claim's verdict with a reason.
    const claim = page.getByTestId("claims").locator("li").first();
    const checker = (await claim.getAttribute("data-checker-verdict"))!;
    const target = checker === "SUPPORTED" ? "unsupported" : "supported";
    await claim.getByRole("button", { name: "Override verdict" }).click();
    const form = claim.getByRole("form", { name: "Override verdict" });
    await form.getByRole("radio", { name: target, exact: true }).check();
    const reason = "The source says this in its first sentence, word for word.";
    await form.getByLabel("Reason (what the source says)").fill("too short");
    await expect(form.getByRole("button", { name: "Save override" })).toBeDisabled();
    await form.getByLabel("Reason (what the source says)").fill(reason);
    await form.getByRole("button", { name: "Save override" }).click();
    await expect(claim.getByTestId("verdict-history")).toContainText(
      `Checker: ${checker.toLowerCase()} · Overridden by`,
    );
    await expect(claim.getByTestId("verdict-history")).toContainText(`${target} — “${reason}”`);
    await expect(claim).toHaveAttribute("data-verdict", target.toUpperCase());
    // The worker re-assesses (the tab read the override with its request, so it says pending until it is done).
    await expect(page.getByTestId("reassessment")).toHaveAttribute("data-state", "idle", { timeout: WAIT.stage });
    await page.screenshot({ path: info.outputPath("research-override.png"), fullPage: true });

    // Excluding the library source: marked excluded, its claims count as unsupported; then put back.
    const library = page.getByTestId("sources").locator("li", { hasText: LIBRARY.title });
    await library.getByRole("button", { name: "Exclude" }).click();
    await expect(library).toHaveAttribute("data-excluded", "true");
    await expect(page.getByTestId("reassessment")).toHaveAttribute("data-state", "idle", { timeout: WAIT.stage });
    await page.screenshot({ path: info.outputPath("research-source-excluded.png"), fullPage: true });
    await library.getByRole("button", { name: "Use again" }).click();
    await expect(library).toHaveAttribute("data-excluded", "false");
    await expect(page.getByTestId("reassessment")).toHaveAttribute("data-state", "idle", { timeout: WAIT.stage });

    // The final gate decided, the certification counts the editor's verdict and says so.
    await approveUntilReady(page.request, episodeId);
    const after = await certification(page.request, episodeId);
    expect(after.report.warnings).toContain("1 verdict overridden by an editor.");
    expect(after.report.sections.map((s) => s.title)).toContain("Editor's verdicts");
    await page.goto(`/episodes/${episodeId}?tab=quality`);
    await expect(page.getByTestId("verdict-overrides")).toContainText("1 verdict overridden by an editor");
    await page.screenshot({ path: info.outputPath("quality-after-override.png"), fullPage: true });
    await page.goto(`/episodes/${episodeId}/certification`);
    await expect(page.getByText("1 verdict overridden by an editor.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Editor's verdicts" })).toBeVisible();
    await page.screenshot({ path: info.outputPath("certification-after-override.png"), fullPage: true });

    // Once ready, the controls are gone and the tab says why; the API refuses too.
    await page.goto(`/episodes/${episodeId}?tab=research`);
    await expect(page.getByTestId("research-control-refusal")).toContainText("certification stands");
    await expect(page.getByRole("button", { name: "Override verdict" })).toHaveCount(0);
    const research = (await (await page.request.get(`/api/episodes/${episodeId}/research`)).json()) as {
      sources: { id: string }[];
    };
    const refused = await page.request.patch(`/api/episodes/${episodeId}/sources/${research.sources[0]!.id}`, {
      data: { excluded: true },
    });
    expect(refused.status()).toBe(409);
  });
});
