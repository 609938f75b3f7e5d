import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { DEMO_SHOW } from "@/lib/seed/demo-show";
import { saveShow, SlugPublishedError, SlugTakenError } from "./save-show";
import { getShow } from "./get-show";
import { showProfileSchema, type ShowProfileInput } from "./schemas";

let db: Db;
let editorId: string;
beforeAll(async () => {
  ({ db } = await freshDatabase());
  await seedDemoWorkspace(db);
  editorId = (await db.user.findUniqueOrThrow({ where: { email: "editor@showrunner.local" } })).id;
});

const profile = (over: Partial<ShowProfileInput> = {}): ShowProfileInput => ({
  name: "Deep Time",
  slug: "deep-time",
  description: "Geology for the curious.",
  tone: "Calm and wondering",
  audience: "Walkers who look at rocks",
  targetReadingGrade: "8",
  requiredPhrases: ["  Welcome to Deep Time ", "welcome to deep time", ""],
  bannedPhrases: ["literally"],
  humilityMarkers: ["we think"],
  pronunciationLexicon: [
    { term: "Pangaea", say: "pan-jee-uh" },
    { term: "", say: "" },
  ],
  hosts: [
    { name: "Rhea", persona: "Geologist", localVoice: "slt", hostedVoice: "" },
    { name: "Idris", persona: "Hiker", localVoice: "awb" },
  ],
  brandThreshold: "9.0",
  dimensionThreshold: 7,
  qualityTarget: 8.5,
  autoApprove: true,
  ...over,
});

describe("saveShow", () => {
  it("creates a show with its hosts in order, a cleaned profile and an audit entry", async () => {
    const { id } = await saveShow(db, profile(), editorId);
    const show = (await getShow(db, id))!;
    expect(show).toMatchObject({
      slug: "deep-time",
      targetReadingGrade: 8,
      brandThreshold: 9,
      autoApprove: true,
      requiredPhrases: ["Welcome to Deep Time"], // trimmed, blank and case-insensitive duplicates dropped
      pronunciationLexicon: [{ term: "Pangaea", say: "pan-jee-uh" }],
      hosts: [
        { name: "Rhea", localVoice: "slt", hostedVoice: null },
        { name: "Idris", localVoice: "awb", hostedVoice: null },
      ],
    });
    const hosts = await db.host.findMany({ where: { showId: id }, orderBy: { position: "asc" } });
    expect(hosts.map((h) => h.position)).toEqual([1, 2]);
    const audit = await db.auditLog.findMany({ where: { entityId: id } });
    expect(audit).toMatchObject([{ action: "show.create", entityType: "Show", actorId: editorId }]);
  });

  it("updates a show, replacing its hosts by position, and records what changed", async () => {
    const { id } = await saveShow(db, profile({ slug: "replace-hosts" }), editorId);
    const before = await db.host.findFirstOrThrow({ where: { showId: id, position: 1 } });
    await saveShow(
      db,
      profile({
        slug: "replace-hosts",
        tone: "Brisk",
        hosts: [{ name: "Rhea Stone", persona: "Geologist", localVoice: "kal", hostedVoice: "ZF6FPAbjXT4488VcRRnw" }],
      }),
      editorId,
      id,
    );
    const hosts = await db.host.findMany({ where: { showId: id }, orderBy: { position: "asc" } });
    expect(hosts).toHaveLength(1);
    expect(hosts[0]).toMatchObject({
      id: before.id,
      position: 1,
      name: "Rhea Stone",
      localVoice: "kal",
      hostedVoice: "ZF6FPAbjXT4488VcRRnw",
    });
    expect((await db.show.findUniqueOrThrow({ where: { id } })).tone).toBe("Brisk");
    const update = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "show.update" } });
    expect(update.data).toEqual({ slug: "replace-hosts", changed: ["tone", "hosts"] });

    // Growing back to three hosts adds positions 2 and 3.
    await saveShow(
      db,
      profile({
        slug: "replace-hosts",
        hosts: [
          { name: "A", localVoice: "slt" },
          { name: "B", localVoice: "kal" },
          { name: "C", localVoice: "rms" },
        ],
      }),
      editorId,
      id,
    );
    expect(
      (await db.host.findMany({ where: { showId: id }, orderBy: { position: "asc" } })).map(
        (h) => `${h.position}:${h.name}`,
      ),
    ).toEqual(["1:A", "2:B", "3:C"]);
  });

  it("refuses a slug another show uses, clearly, and changes nothing", async () => {
    await expect(saveShow(db, profile({ slug: DEMO_SHOW.slug, name: "Copycat" }), editorId)).rejects.toThrow(
      SlugTakenError,
    );
    await expect(saveShow(db, profile({ slug: DEMO_SHOW.slug, name: "Copycat" }), editorId)).rejects.toThrow(
      `Another show already uses the address “${DEMO_SHOW.slug}”. Choose a different one.`,
    );
    const { id } = await saveShow(db, profile({ slug: "renamed-later" }), editorId);
    await expect(saveShow(db, profile({ slug: DEMO_SHOW.slug }), editorId, id)).rejects.toThrow(SlugTakenError);
    expect(await db.show.count({ where: { name: "Copycat" } })).toBe(0);
    expect((await db.show.findUniqueOrThrow({ where: { id } })).slug).toBe("renamed-later");
    // Keeping its own slug is no conflict.
    await expect(
      saveShow(db, profile({ slug: "renamed-later", name: "Renamed" }), editorId, id),
    ).resolves.toMatchObject({ id });
  });

  it("keeps the slug of a show that has published an episode: its feed URL holds it and apps follow that URL", async () => {
    const { id } = await saveShow(db, profile({ slug: "on-the-air" }), editorId);
    const episode = await db.episode.create({
      data: { showId: id, createdById: editorId, title: "Out", topic: "Out", budget: "5.00", status: "READY" },
    });
    // Scheduled only: no app has seen the feed's address yet, so it may still change.
    await db.publication.create({
      data: { episodeId: episode.id, guid: crypto.randomUUID(), status: "SCHEDULED", scheduledFor: new Date() },
    });
    await saveShow(db, profile({ slug: "on-air" }), editorId, id);
    await db.publication.update({
      where: { episodeId: episode.id },
      data: { status: "UNPUBLISHED", scheduledFor: null, publishedAt: new Date(), unpublishedAt: new Date() },
    });
    await expect(saveShow(db, profile({ slug: "off-air" }), editorId, id)).rejects.toThrow(
      "Podcast apps follow this show's feed at the address “on-air”, so it cannot change once an episode has been published.",
    );
    await expect(saveShow(db, profile({ slug: "off-air" }), editorId, id)).rejects.toThrow(SlugPublishedError);
    expect((await db.show.findUniqueOrThrow({ where: { id } })).slug).toBe("on-air");
    await expect(saveShow(db, profile({ slug: "on-air", name: "Renamed" }), editorId, id)).resolves.toMatchObject({
      id,
    });
  });

  it("rejects invalid input with messages a person can act on, and writes nothing", async () => {
    const count = await db.show.count();
    const bad = profile({
      name: " ",
      slug: "Bad Slug!",
      targetReadingGrade: 30,
      brandThreshold: "eleven",
      qualityTarget: 11,
      hosts: [
        { name: "Sam", localVoice: "slt" },
        { name: "sam", localVoice: "nope" as "slt" },
      ],
      pronunciationLexicon: [{ term: "SQL", say: "" }],
    });
    const error = await saveShow(db, bad, editorId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    const fields = (error as ZodError).issues.map((i) => [i.path.join("."), i.message]);
    expect(Object.fromEntries(fields)).toMatchObject({
      name: "Enter the show's name.",
      slug: "Use lowercase letters, digits and single dashes only, e.g. signal-and-noise.",
      targetReadingGrade: "The reading grade is at most 18.",
      brandThreshold: "Enter the brand threshold as a number from 0 to 10, e.g. 9.3.",
      qualityTarget: "The quality target cannot be above 10.",
      "hosts.1.localVoice": "Choose one of the voices: slt, kal, rms, awb.",
    });
    expect(showProfileSchema.safeParse(profile({ hosts: [] })).error?.issues[0]?.message).toBe(
      "A show needs at least one host.",
    );
    expect(
      showProfileSchema.safeParse(profile({ pronunciationLexicon: [{ term: "SQL", say: "" }] })).error?.issues[0],
    ).toMatchObject({
      path: ["pronunciationLexicon", 0, "say"],
      message: "Say how to pronounce “SQL”, e.g. “sequel” for SQL.",
    });
    expect(
      showProfileSchema.safeParse(
        profile({
          hosts: [
            { name: "Sam", localVoice: "slt" },
            { name: "sam", localVoice: "kal" },
          ],
        }),
      ).error?.issues[0],
    ).toMatchObject({
      path: ["hosts", 1, "name"],
      message: "Host 1 already has this name; give each host a distinct name.",
    });
    expect(
      showProfileSchema.safeParse(profile({ hosts: Array(5).fill({ name: "X", localVoice: "slt" }) })).error?.issues[0]
        ?.message,
    ).toBe("A show can have at most 4 hosts.");
    expect(showProfileSchema.safeParse(profile({ bannedPhrases: ["x".repeat(201)] })).error?.issues[0]?.message).toBe(
      "Keep each banned phrase under 200 characters.",
    );
    expect(await db.show.count()).toBe(count);
  });

  it("maps a host stored with an engine-specific voice to the neutral voice the form offers", async () => {
    const demo = await db.show.findUniqueOrThrow({ where: { slug: DEMO_SHOW.slug } });
    await db.host.update({
      where: { showId_position: { showId: demo.id, position: 1 } },
      data: { localVoice: "festival:cmu_us_rms_cg" },
    });
    expect((await getShow(db, demo.id))!.hosts[0]!.localVoice).toBe("rms");
  });
});
