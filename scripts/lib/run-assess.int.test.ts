import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { DEMO_SHOW } from "@/lib/seed/demo-show";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { freshDatabase } from "@/test/db";
import { runAssess } from "./run-assess";

let db: Db;
let url = "";
let dir = "";

beforeAll(async () => {
  ({ db, url } = await freshDatabase());
  await seedDemoWorkspace(db);
  // The show as an editor changed it in the studio: another host and another required phrase.
  const show = await db.show.update({
    where: { slug: DEMO_SHOW.slug },
    data: { requiredPhrases: ["Stay curious"] },
    include: { hosts: { orderBy: { position: "asc" } } },
  });
  await db.host.update({ where: { id: show.hosts[1]!.id }, data: { name: "Priya Nair" } });
  dir = mkdtempSync(path.join(tmpdir(), "assess-db-"));
  writeFileSync(
    path.join(dir, "script.txt"),
    "## Naps\nMaya Chen: A nap of about 20 minutes restores alertness without the grogginess of deep sleep.\n" +
      "Priya Nair: So short naps help alertness? Stay curious.\n",
  );
}, 60_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.$disconnect();
});

describe("npm run assess with DATABASE_URL", () => {
  it("scores against the show as the database has it: its hosts and its brand profile", async () => {
    const result = await runAssess(["--script", path.join(dir, "script.txt"), "--json"], {
      ...process.env,
      DATABASE_URL: url,
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as {
      show: { hosts: string[]; from: string };
      brand: { violations: { rule: string; text: string }[] };
    };
    expect(out.show).toMatchObject({ hosts: ["Maya Chen", "Priya Nair"], from: "the database" });
    // The required phrase is the stored one, and the script says it: no missing-phrase violation.
    expect(out.brand.violations.filter((v) => v.rule === "missing-required-phrase")).toEqual([]);
  });

  it("refuses a slug the database does not have, and the demo host the database renamed", async () => {
    const env = { ...process.env, DATABASE_URL: url };
    const missing = await runAssess(["--script", path.join(dir, "script.txt"), "--show", "no-such-show"], env);
    expect(missing.code).toBe(64);
    expect(missing.stderr).toContain('No show with the slug "no-such-show"');
    writeFileSync(path.join(dir, "old-host.txt"), "## Naps\nTheo Marsh: Hello there, everyone.\n");
    const renamed = await runAssess(["--script", path.join(dir, "old-host.txt")], env);
    expect(renamed.code).toBe(65);
    expect(renamed.stderr).toContain(`line 2: "Theo Marsh" is not one of the show's hosts (Maya Chen, Priya Nair)`);
  });
});
