import { expect, test, type Locator } from "@playwright/test";
import { parseScriptText } from "@/lib/domain/parse-script-text";
import { RESEARCH_SEQUENCE } from "@/lib/domain/stages";
import { OWN_SCRIPT } from "@/test/own-script";
import { signIn } from "./helpers";
import { WAIT } from "./waits";

const HOSTS = ["Maya Chen", "Theo Marsh"];

/** The script a panel shows, read back as segments of `Speaker: text` lines (titles as written, not as styled). */
const shownScript = (panel: Locator) =>
  panel.locator("section").evaluateAll((sections) =>
    sections.map((s) => ({
      title: s.querySelector("h3")?.textContent?.trim() ?? "",
      lines: [...s.querySelectorAll("p")].map((p) => p.textContent?.trim() ?? ""),
    })),
  );

test.describe("bring your own script", () => {
  test("a producer's pasted script is refused with its line numbers, then, fixed, reaches the final gate without research", async ({
    browser,
  }, info) => {
    test.setTimeout(WAIT.pipeline + 120_000); // speech, mastering and measurement of a short script on shared cores
    const producer = await browser.newPage();
    await signIn(producer, "PRODUCER");
    await producer.goto("/episodes/new");
    await producer.getByLabel("Show").selectOption({ label: "Signal & Noise" });
    await producer.getByLabel("Topic").fill("Does sleep help memory?");

    // A line spoken by someone who is not a host is refused at the field, with its line number.
    await producer.getByLabel("Script", { exact: true }).fill(`${OWN_SCRIPT}\nSam: One more thing.`);
    await expect(producer.getByLabel("Target length (minutes)")).toBeDisabled();
    await producer.getByRole("button", { name: "Start production" }).click();
    await expect(producer.getByTestId("script-errors")).toHaveText(
      `line 12: "Sam" is not one of the show's hosts (Maya Chen, Theo Marsh)`,
    );
    await expect(producer).toHaveURL(/\/episodes\/new$/);
    await producer.screenshot({ path: info.outputPath("script-refused.png"), fullPage: true });

    // Fixed, the script goes in: the error goes as soon as the text changes.
    await producer.getByLabel("Script", { exact: true }).fill(OWN_SCRIPT);
    await expect(producer.getByTestId("script-errors")).toHaveCount(0);
    await producer.getByRole("button", { name: "Start production" }).click();
    await expect(producer.getByTestId("episode-status")).toHaveAttribute("data-status", "AWAITING_SCRIPT_APPROVAL", {
      timeout: WAIT.stage,
    });

    // No research, plan or writing ran: each is shown skipped, saying why; the brand score ran on the script.
    for (const key of [...RESEARCH_SEQUENCE, "script-writer"]) {
      const stage = producer.getByTestId(`stage-${key}`);
      await expect(stage).toHaveAttribute("data-status", "SKIPPED");
      await expect(stage).toContainText("Skipped: the producer supplied the script");
    }
    await expect(producer.getByTestId("stage-brand-validator")).toHaveAttribute("data-status", "SUCCEEDED");
    await producer.screenshot({ path: info.outputPath("script-gate-research-skipped.png"), fullPage: true });

    // The editor sees exactly the pasted script as version 1 (host names as the show spells them) and approves it.
    const editor = await browser.newPage();
    await signIn(editor, "EDITOR");
    await editor.goto(producer.url());
    const parsed = parseScriptText(OWN_SCRIPT, HOSTS);
    if (!parsed.ok) throw new Error("the test script does not parse");
    const expected = parsed.script.segments.map((s) => ({
      title: s.title,
      lines: s.lines.map((l) => `${l.speaker}: ${l.text}`),
    }));
    await expect(editor.getByTestId("gate-panel")).toContainText("Script v1 — Supplied by the producer");
    expect(await shownScript(editor.getByTestId("script-preview"))).toEqual(expected);
    await editor.getByRole("button", { name: "Approve" }).click();

    // Speech, audio and the quality gates run; the final gate opens with research still skipped.
    await expect(editor.getByTestId("episode-status")).toHaveAttribute("data-status", "AWAITING_FINAL_APPROVAL", {
      timeout: WAIT.pipeline,
    });
    for (const key of ["audio-synthesizer", "audio-validator", "qa-quality-assessment", "qa-production-readiness"])
      await expect(editor.getByTestId(`stage-${key}`)).toHaveAttribute("data-status", "SUCCEEDED");
    await expect(editor.getByTestId("stage-research-discovery")).toHaveAttribute("data-status", "SKIPPED");
    await editor.screenshot({ path: info.outputPath("final-gate-without-research.png"), fullPage: true });

    // The Script tab shows the same script, still version 1.
    await editor.getByRole("tab", { name: "Script" }).click();
    const lines = editor.getByTestId("script-lines");
    for (const segment of parsed.script.segments)
      for (const line of segment.lines) await expect(lines).toContainText(line.text);
    await editor.screenshot({ path: info.outputPath("script-tab-own-script.png"), fullPage: true });
  });
});
