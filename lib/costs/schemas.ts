import { z } from "zod";
import { idSchema, refuseUnsafeText } from "@/lib/domain/bounded-input";
import { toMoney } from "@/lib/domain/money";
import { webhookUrlProblem } from "@/lib/alerts/webhook-url-problem";

const slug = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${what}.`)
    .max(100)
    .regex(/^[a-z0-9._:-]+$/i, `The ${what} has letters, digits, dots, dashes and colons only.`);

export const setPriceSchema = refuseUnsafeText(
  z.object({
    provider: slug("provider"),
    model: slug("model"),
    unit: z.enum(["input_token", "output_token", "character", "minute", "request"], { message: "Choose a unit." }),
    // Price.unitPrice is Decimal(20, 10): at most 10 digits before the point and 10 after.
    unitPrice: z
      .string()
      .trim()
      .regex(
        /^\d{1,10}(\.\d{1,10})?$/,
        "A price in USD per unit, e.g. 0.000003 (up to 10 digits before the point and 10 after).",
      ),
  }),
);
export type SetPriceInput = z.infer<typeof setPriceSchema>;

// Budget columns are Decimal(12, 2); eight digits of dollars keep every sum of them in range too.
const DOLLARS = /^\d{1,8}(\.\d{1,2})?$/;
export const money = (what: string) => z.string().trim().regex(DOLLARS, `Enter the ${what} in dollars, e.g. 5.00.`);

/** `a` ≥ `b`, exactly; true while either is not an amount yet (the refinement also runs when a field failed, which reports it). */
const notBelow = (a: unknown, b: unknown) =>
  typeof a !== "string" ||
  typeof b !== "string" ||
  !DOLLARS.test(a.trim()) ||
  !DOLLARS.test(b.trim()) ||
  toMoney(a.trim()).greaterThanOrEqualTo(b.trim());

/** A budget policy: the workspace's (showId null) or a show's own. */
export const budgetPolicySchema = refuseUnsafeText(
  z
    .object({
      showId: idSchema("show").nullable(),
      episodeDefault: money("default budget per episode"),
      episodeHardCap: money("hard cap per episode"),
      monthlyCap: money("monthly cap"),
      researchTarget: money("research target"),
      contentTarget: money("content target"),
      audioTarget: money("audio target"),
      alertThresholds: z
        .array(
          z.coerce
            .number()
            .int("Thresholds are whole percents.")
            .min(1, "A threshold is at least 1%.")
            .max(200, "A threshold is at most 200%."),
        )
        .min(1, "Keep at least one alert threshold.")
        .max(5, "At most five thresholds."),
      onExceed: z.enum(["DOWNGRADE", "PAUSE"], { message: "Choose what happens when a call would pass a cap." }),
      alertWebhookUrl: z
        .string()
        .trim()
        .max(500)
        .superRefine((u, ctx) => {
          // Its host name is resolved and checked too, where the policy is saved (checkWebhookUrl).
          const problem = u === "" ? null : webhookUrlProblem(u);
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        })
        .nullable()
        .transform((u) => u || null),
    })
    .refine((p) => notBelow(p.episodeHardCap, p.episodeDefault), {
      message: "The hard cap cannot be below the default budget.",
      path: ["episodeHardCap"],
    })
    .refine((p) => notBelow(p.monthlyCap, p.episodeHardCap), {
      message: "The monthly cap cannot be below one episode's hard cap.",
      path: ["monthlyCap"],
    }),
);
