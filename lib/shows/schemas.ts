import { z } from "zod";
import { idSchema, refuseUnsafeText } from "@/lib/domain/bounded-input";
import { LOCAL_VOICES } from "@/lib/domain/local-voices";

/** Neutral voice names every offline speech engine maps (see docs/audio.md). */
export const LOCAL_VOICE_KEYS = Object.keys(LOCAL_VOICES) as [
  keyof typeof LOCAL_VOICES,
  ...(keyof typeof LOCAL_VOICES)[],
];
export const localVoiceSchema = z.enum(LOCAL_VOICE_KEYS, {
  message: `Choose one of the voices: ${LOCAL_VOICE_KEYS.join(", ")}.`,
});

export const MAX_HOSTS = 4;
export const MAX_PHRASES = 50;
export const MAX_PHRASE_LENGTH = 200;
export const MAX_LEXICON_ROWS = 200;

/** "" / null / undefined stay undefined (so "required" applies); numeric strings from inputs become numbers. */
const toNumber = (v: unknown) =>
  v === "" || v === null || v === undefined ? undefined : typeof v === "string" ? Number(v.trim()) : v;

const score = (what: string) =>
  z.preprocess(
    toNumber,
    z
      .number({ error: `Enter the ${what} as a number from 0 to 10, e.g. 9.3.` })
      .min(0, `The ${what} cannot be below 0.`)
      .max(10, `The ${what} cannot be above 10.`),
  );

const base = (what: string, max: number) =>
  z
    .string({ error: `Enter the ${what}.` })
    .trim()
    .max(max, `Keep the ${what} under ${max} characters.`);
const requiredText = (what: string, max: number) => base(what, max).min(1, `Enter the ${what}.`);
const optionalText = (what: string, max: number) => base(what, max).default("");

/**
 * A list of short phrases: each trimmed, blank rows dropped, duplicates (ignoring case) removed, and bounded in
 * count and length so a brand profile stays readable by people and prompts alike. Before blanks and duplicates are
 * dropped a list may be twice as long, no more, so a client cannot make the server sift an endless list.
 */
const phraseList = (what: string) =>
  z
    .array(z.string().trim().max(MAX_PHRASE_LENGTH, `Keep each ${what} under ${MAX_PHRASE_LENGTH} characters.`))
    .max(MAX_PHRASES * 2, `At most ${MAX_PHRASES} ${what}s; remove some.`)
    .default([])
    .transform((list) => {
      const seen = new Set<string>();
      return list.filter((p) => {
        const key = p.toLowerCase();
        if (!p || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    })
    .pipe(z.array(z.string()).max(MAX_PHRASES, `At most ${MAX_PHRASES} ${what}s; remove some.`));

const lexiconRowSchema = z.object({
  term: z.string().trim().max(80, "Keep the term under 80 characters.").default(""),
  say: z.string().trim().max(200, "Keep the pronunciation under 200 characters.").default(""),
});

const lexiconSchema = z
  .array(lexiconRowSchema)
  .max(MAX_LEXICON_ROWS, `At most ${MAX_LEXICON_ROWS} lexicon entries.`)
  .default([])
  .superRefine((rows, ctx) => {
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      if (!row.term && !row.say) return; // a blank row is dropped below
      if (!row.term)
        ctx.addIssue({
          code: "custom",
          path: [i, "term"],
          message: "Enter the term this row is for, or remove the row.",
        });
      if (!row.say)
        ctx.addIssue({
          code: "custom",
          path: [i, "say"],
          message: `Say how to pronounce “${row.term}”, e.g. “sequel” for SQL.`,
        });
      const key = row.term.toLowerCase();
      if (row.term && seen.has(key)) {
        ctx.addIssue({
          code: "custom",
          path: [i, "term"],
          message: `“${row.term}” is already in row ${seen.get(key)! + 1}; keep one.`,
        });
      } else if (row.term) seen.set(key, i);
    });
  })
  .transform((rows) => rows.filter((r) => r.term || r.say));

export const hostInputSchema = z.object({
  name: requiredText("host's name", 80),
  persona: optionalText("persona", 500),
  localVoice: localVoiceSchema,
  hostedVoice: z
    .string()
    .trim()
    .max(64, "A voice id is at most 64 characters.")
    .regex(/^[A-Za-z0-9_-]*$/, "A hosted voice id has letters and digits only, e.g. ZF6FPAbjXT4488VcRRnw.")
    .optional()
    .nullable()
    .transform((v) => v || null),
});

const showProfileFields = z.object({
  name: requiredText("show's name", 100),
  slug: z
    .string({ error: "Enter a short address for the show, e.g. signal-and-noise." })
    .trim()
    .min(2, "The address needs at least 2 characters, e.g. signal-and-noise.")
    .max(60, "Keep the address under 60 characters.")
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lowercase letters, digits and single dashes only, e.g. signal-and-noise."),
  description: optionalText("description", 1000),
  tone: requiredText("tone", 500),
  audience: requiredText("audience", 500),
  structureNotes: optionalText("structure notes", 2000),
  targetReadingGrade: z.preprocess(
    toNumber,
    z
      .number({ error: "Enter a reading grade from 1 to 18, e.g. 9." })
      .min(1, "The reading grade is at least 1.")
      .max(18, "The reading grade is at most 18."),
  ),
  requiredPhrases: phraseList("required phrase"),
  bannedPhrases: phraseList("banned phrase"),
  humilityMarkers: phraseList("humility marker"),
  pronunciationLexicon: lexiconSchema,
  hosts: z
    .array(hostInputSchema)
    .min(1, "A show needs at least one host.")
    .max(MAX_HOSTS, `A show can have at most ${MAX_HOSTS} hosts.`),
  brandThreshold: score("brand threshold"),
  dimensionThreshold: score("dimension threshold"),
  qualityTarget: score("quality target"),
  autoApprove: z.boolean().default(false),
});

// Scripts label lines by host name, so two hosts cannot share one.
function distinctHostNames(show: { hosts: { name: string }[] }, ctx: z.RefinementCtx) {
  const seen = new Map<string, number>();
  show.hosts.forEach((h, i) => {
    const key = h.name.toLowerCase();
    if (!key) return;
    if (seen.has(key))
      ctx.addIssue({
        code: "custom",
        path: ["hosts", i, "name"],
        message: `Host ${seen.get(key)! + 1} already has this name; give each host a distinct name.`,
      });
    else seen.set(key, i);
  });
}

/** A show's brand profile: the one shape the form, the server actions and the JSON API accept. */
export const showProfileSchema = refuseUnsafeText(showProfileFields.superRefine(distinctHostNames));

export type ShowProfileInput = z.input<typeof showProfileSchema>;
export type ShowProfile = z.output<typeof showProfileSchema>;

/** The server action's input for an edit: the profile plus which show. */
export const updateShowSchema = refuseUnsafeText(
  showProfileFields.extend({ id: idSchema("show") }).superRefine(distinctHostNames),
);
