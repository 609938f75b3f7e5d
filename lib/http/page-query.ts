import { z } from "zod";
import { idSchema } from "@/lib/domain/bounded-input";

/** `?limit=&after=` for a list answered a page at a time: `after` is the last id of the previous page. */
export const pageQuerySchema = (fallback: number, max: number) =>
  z.object({
    limit: z.coerce
      .number()
      .int("The limit is a whole number.")
      .min(1, "The limit is at least 1.")
      .max(max, `The limit is at most ${max}.`)
      .default(fallback),
    after: idSchema("row").optional(),
  });
