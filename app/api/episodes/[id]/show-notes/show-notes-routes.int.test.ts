import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/guard";
import type { Db } from "@/lib/db";
import { getShowNotes } from "@/lib/publishing/get-show-notes";
import { createLocalStorage } from "@/lib/providers/storage/local-storage";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { freshDatabase } from "@/test/db";
import { episodeIn } from "@/test/episodes-workspace";
import { readyEpisode, realMp3 } from "@/test/ready-episode";
import { DELETE, GET, PUT } from "./route";
import { POST as preview } from "./preview/route";

// The session as Auth.js would decode it from the cookie.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));

let db: Db;
let show: { id: string };
const users = {} as Record<"producer" | "editor", SessionUser>;
let episodeId: string;

beforeAll(async () => {
  const fresh = await freshDatabase();
  db = fresh.db;
  process.env.DATABASE_URL = fresh.url; // what the route handlers' shared client connects to
  await seedDemoWorkspace(db);
  show = await db.show.findFirstOrThrow();
  for (const role of ["PRODUCER", "EDITOR"] as const) {
    const u = await db.user.findFirstOrThrow({ where: { role } });
    users[role === "PRODUCER" ? "producer" : "editor"] = { id: u.id, email: u.email, name: u.name, role: u.role };
  }
  const storage = createLocalStorage(await mkdtemp(path.join(tmpdir(), "show-notes-storage-")));
  episodeId = (await readyEpisode({ db, show }, users.producer, storage, await realMp3())).episode.id;
}, 120_000);
beforeEach(() => {
  session.current = { user: { id: users.editor.id } };
});

const call = (
  handler: typeof GET,
  method: string,
  body?: unknown,
  id = episodeId,
  url = `/api/episodes/${id}/show-notes`,
) =>
  handler(
    new NextRequest(`http://localhost:3000${url}`, {
      method,
      headers: {
        "sec-fetch-site": "same-origin",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    }),
    { params: Promise.resolve({ id }) },
  );
type Notes = { markdown: string; html: string; edited: boolean; editedBy: string | null; editedAt: string | null };
const message = async (res: Response) => ((await res.json()) as { error: { message: string } }).error.message;
const audits = (action: string) => db.auditLog.count({ where: { episodeId, action } });

describe("generated show notes", () => {
  it("summarise the episode, list its chapters, the sources it used and the claims the fact check supports", async () => {
    const res = await call(GET, "GET");
    expect(res.status).toBe(200);
    const notes = (await res.json()) as Notes;
    expect(notes).toMatchObject({ edited: false, editedBy: null, editedAt: null });
    const [summary, ...sections] = notes.markdown.split("\n\n## ");
    // The brief's key point first, then a statement from the script's body that does not repeat it; never the
    // hosts' greeting.
    expect(summary).toBe(
      "A full night of sleep improved recall of new words by about 20 percent in a study of 120 adults. That is a big \\<difference\\> & worth a look.",
    );
    expect(sections[0]).toBe("Chapters\n\n- 00:00 Intro\n- 00:01 Why we sleep");
    expect(sections[1]).toContain("- [Sleep and memory](https://example.org/sleep-and-memory)");
    expect(sections[1]).toContain("- Naps");
    expect(notes.markdown).not.toContain("A blog the editor dropped");
    expect(sections[2]).toBe(
      [
        "Key claims",
        "",
        "- Sleep improved recall of new words by about 20 percent. (source: [Sleep and memory](https://example.org/sleep-and-memory))",
        "- Short naps help alertness. (source: Naps)",
        "",
      ].join("\n"),
    );
    expect(notes.html).toContain("<h2>Chapters</h2>\n<ul>\n<li>00:00 Intro</li>");
    expect(notes.html).toContain('<a href="https://example.org/sleep-and-memory" rel="noopener">Sleep and memory</a>');
  });
});

describe("PUT and DELETE /api/episodes/[id]/show-notes", () => {
  it("saves an editor's notes with who and when, audited, and returns to the generated ones on DELETE", async () => {
    const saved = await call(PUT, "PUT", { markdown: "## Our notes\n\nHand-written <script>alert(1)</script>." });
    expect(saved.status).toBe(200);
    const notes = (await saved.json()) as Notes;
    expect(notes).toMatchObject({
      edited: true,
      editedBy: users.editor.name,
      markdown: expect.stringContaining("Hand-written"),
    });
    expect(notes.html).toBe("<h2>Our notes</h2>\n<p>Hand-written .</p>");
    expect(new Date(notes.editedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await getShowNotes(db, episodeId)).toEqual({
      markdown: expect.stringContaining("Hand-written"),
      edited: true,
    });
    const row = await db.episode.findUniqueOrThrow({ where: { id: episodeId } });
    expect(row.showNotesEditedById).toBe(users.editor.id);
    expect(await audits("episode.show-notes.save")).toBe(1);

    const reset = await call(DELETE, "DELETE");
    expect(reset.status).toBe(200);
    expect(((await reset.json()) as Notes).markdown).toContain("## Chapters");
    const after = await db.episode.findUniqueOrThrow({ where: { id: episodeId } });
    expect([after.showNotes, after.showNotesEditedAt, after.showNotesEditedById]).toEqual([null, null, null]);
    expect(await audits("episode.show-notes.reset")).toBe(1);
  });

  it("refuses producers, empty, oversized and malformed notes, and episodes not Ready, changing nothing", async () => {
    session.current = { user: { id: users.producer.id } };
    const forbidden = await call(PUT, "PUT", { markdown: "Mine now." });
    expect(forbidden.status).toBe(403);
    expect((await call(DELETE, "DELETE")).status).toBe(403);
    expect(
      (await call(preview, "POST", { markdown: "x" }, episodeId, `/api/episodes/${episodeId}/show-notes/preview`))
        .status,
    ).toBe(403);

    session.current = { user: { id: users.editor.id } };
    const empty = await call(PUT, "PUT", { markdown: " \n" });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(await empty.json())).toContain("Write some show notes, or return to the generated ones.");
    const long = await call(PUT, "PUT", { markdown: "x".repeat(20_001) });
    expect(long.status).toBe(400);
    expect(JSON.stringify(await long.json())).toContain("Show notes are at most 20,000 characters.");
    const huge = await call(PUT, "PUT", { markdown: "x".repeat(130_000) });
    expect(huge.status).toBe(413);
    expect((await call(PUT, "PUT", "{not json")).status).toBe(400);
    expect((await call(PUT, "PUT", { markdown: 42 })).status).toBe(400);

    const draft = await episodeIn({ db, show }, users.producer, "AWAITING_FINAL_APPROVAL");
    const early = await call(PUT, "PUT", { markdown: "Too soon." }, draft.id);
    expect(early.status).toBe(409);
    expect(await message(early)).toBe(
      "Show notes can be edited once the episode is Ready: approve its final audio first.",
    );
    expect((await call(PUT, "PUT", { markdown: "x" }, "cnosuchepisode00000000000")).status).toBe(404);

    const rows = await db.episode.findMany({ where: { showNotes: { not: null } } });
    expect(rows).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "episode.show-notes.save" } })).toBe(1); // the first test's
  });
});

describe("POST /api/episodes/[id]/show-notes/preview", () => {
  it("answers the sanitised HTML the feed would carry, saving nothing", async () => {
    const res = await call(
      preview,
      "POST",
      { markdown: "**Hi** [x](javascript:alert(1)) <img src=x onerror=alert(1)>" },
      episodeId,
      `/api/episodes/${episodeId}/show-notes/preview`,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ html: '<p><strong>Hi</strong> <a rel="noopener">x</a> </p>' });
    expect((await db.episode.findUniqueOrThrow({ where: { id: episodeId } })).showNotes).toBeNull();
  });
});
