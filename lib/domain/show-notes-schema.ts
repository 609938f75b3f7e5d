import { z } from "zod";
import { refuseUnsafeText } from "./bounded-input";

/** The most an editor's show notes may hold (the feed's description takes a 4,000-byte summary of them). */
export const SHOW_NOTES_MAX_CHARS = 20_000;

/** The most bytes a request carrying show notes may send: each character as JSON writes it at worst (\uXXXX). */
export const SHOW_NOTES_BODY_LIMIT = SHOW_NOTES_MAX_CHARS * 6 + 1_024;
export const SHOW_NOTES_TOO_LONG = `Show notes are at most ${SHOW_NOTES_MAX_CHARS.toLocaleString("en")} characters.`;

/** The show notes an editor saves (the form and the route share it). */
export const showNotesSchema = refuseUnsafeText(
  z.object({
    markdown: z
      .string({ error: "Send the show notes as text." })
      .max(SHOW_NOTES_MAX_CHARS, SHOW_NOTES_TOO_LONG)
      .refine((s) => s.trim().length > 0, "Write some show notes, or return to the generated ones."),
  }),
);
