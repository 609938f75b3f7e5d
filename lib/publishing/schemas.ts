import { z } from "zod";
import { scheduleProblem } from "@/lib/domain/publish-rules";

/**
 * POST /api/episodes/[id]/publish: an empty body publishes now; `at` (an ISO date-time with its offset) schedules it.
 * The time window is checked against the clock when the request is read, so a form and the route agree.
 */
export const publishRequestSchema = z
  .object({
    at: z.iso
      .datetime({ offset: true, error: "Give the time to publish at as a date and time, e.g. 2027-01-31T09:00:00Z." })
      .max(40)
      .optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.at === undefined) return;
    const problem = scheduleProblem(new Date(value.at), new Date());
    if (problem) ctx.addIssue({ code: "custom", path: ["at"], message: problem });
  });
export type PublishRequest = z.infer<typeof publishRequestSchema>;

/** The event that wakes the scheduled publish: the time it was scheduled for, so a changed schedule is skipped. */
export const publicationScheduledData = z.object({ episodeId: z.string(), at: z.iso.datetime() });
