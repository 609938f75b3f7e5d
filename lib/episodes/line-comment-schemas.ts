import { z } from "zod";
import { idSchema, INT4_MAX, refuseUnsafeText } from "@/lib/domain/bounded-input";
import { lineGuidanceSchema } from "@/lib/domain/line-comment";

/** An editor's new comment on lines of one script version (by its number). */
export const createLineCommentSchema = refuseUnsafeText(
  lineGuidanceSchema.and(z.object({ version: z.number().int().min(1).max(INT4_MAX) })),
);

/** An editor marks a comment resolved by hand. */
export const resolveLineCommentSchema = refuseUnsafeText(z.object({ commentId: idSchema("comment") }));

export const LINE_COMMENT_BODY_LIMIT = 8_192;
