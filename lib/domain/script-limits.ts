/**
 * The bounds of a script, one source for an editor's saved edit (lib/episodes/schemas.ts) and a supplied script's
 * text (parse-script-text.ts), so a supplied script can be edited and saved like any other version. A 90-minute
 * episode is about 80,000 characters in a few hundred lines: these leave room for any real script while keeping one
 * request small enough for the web server's capped heap.
 */
export const MAX_SCRIPT_SEGMENTS = 50;
export const MAX_SCRIPT_LINES = 2_000;
/** One spoken line longer than this is a pasted document, not a turn. */
export const MAX_LINE_CHARS = 4_000;
/** The characters of all its lines' text together. */
export const MAX_SPOKEN_CHARS = 200_000;
/** A script file larger than this is not a podcast script (headings and speaker names on top of the spoken text). */
export const MAX_SCRIPT_TEXT_CHARS = 300_000;
/** The most bytes of script text a new episode may send (MAX_SCRIPT_TEXT_CHARS of mostly ASCII, with room for accents). */
export const MAX_SCRIPT_TEXT_BYTES = 512 * 1024;
