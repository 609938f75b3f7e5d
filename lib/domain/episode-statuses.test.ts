import { describe, expect, expectTypeOf, it } from "vitest";
import { EpisodeStatus as DbEpisodeStatus } from "@/lib/generated/prisma/enums";
import { EPISODE_STATUSES, type EpisodeStatus } from "./episode-statuses";

describe("EPISODE_STATUSES", () => {
  it("lists exactly the database enum's values", () => {
    expect([...EPISODE_STATUSES].sort()).toEqual(Object.values(DbEpisodeStatus).sort());
    expectTypeOf<EpisodeStatus>().toEqualTypeOf<DbEpisodeStatus>();
  });
});
