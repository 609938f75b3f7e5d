import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { getDefaultShowId } from "./get-default-show-id";

let db: Db;
const at = (day: number) => new Date(Date.UTC(2026, 2, day, 9));

beforeAll(async () => {
  ({ db } = await freshDatabase());
});

describe("getDefaultShowId", () => {
  it("is none before any episode, then the show of the latest episode, then the one this user last produced for", async () => {
    const user = (email: string) => db.user.create({ data: { email, name: email, role: "PRODUCER" } });
    const [pat, sam] = [await user("pat@example.com"), await user("sam@example.com")];
    const show = (name: string) =>
      db.show.create({ data: { name, slug: name.toLowerCase(), tone: "warm", audience: "everyone" } });
    // "Alpha" sorts first: the old default whatever anyone produced.
    const [alpha, daily, weekly] = [await show("Alpha"), await show("Daily"), await show("Weekly")];
    expect(await getDefaultShowId(db, pat.id)).toBeNull();

    const episode = (showId: string, createdById: string, day: number) =>
      db.episode.create({
        data: { showId, createdById, title: "E", topic: "E", budget: "5.00", createdAt: at(day) },
      });
    await episode(alpha.id, sam.id, 1);
    await episode(weekly.id, sam.id, 3);
    // Pat has produced nothing: the show with the most recent episode.
    expect(await getDefaultShowId(db, pat.id)).toBe(weekly.id);

    await episode(daily.id, pat.id, 2);
    // Pat's own last show wins over a newer episode of another show by someone else.
    expect(await getDefaultShowId(db, pat.id)).toBe(daily.id);
    expect(await getDefaultShowId(db, sam.id)).toBe(weekly.id);
  });
});
