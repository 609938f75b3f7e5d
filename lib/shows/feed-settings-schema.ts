import { z } from "zod";
import { idSchema, refuseUnsafeText } from "@/lib/domain/bounded-input";
import { appleSubcategories, isAppleCategory } from "@/lib/domain/apple-categories";

const text = (what: string, max: number) =>
  z
    .string({ error: `Enter the ${what}.` })
    .trim()
    .max(max, `Keep the ${what} under ${max} characters.`);
const required = (what: string, max: number, example: string) =>
  text(what, max).min(1, `Enter the ${what}, e.g. ${example}; podcast apps refuse a feed without it.`);

/**
 * Why an address cannot be the studio's public origin, or null when it can. The feed and media URLs are built by
 * appending paths to it, so a path, query or fragment would end up in the middle of every URL.
 */
export function publicBaseUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "Enter a full address starting with https://, e.g. https://studio.example.com.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return "The address must start with https:// (or http://), e.g. https://studio.example.com.";
  if (url.username || url.password) return "Leave the user name and password out of the address.";
  if (url.pathname !== "/" || url.search || url.hash)
    return `Give the address without a path or query (just ${url.origin}): the studio adds /api/public/… itself.`;
  return null;
}

const publicBaseUrl = z
  .string({ error: "Enter the studio's public address, e.g. https://studio.example.com." })
  .trim()
  .max(200, "Keep the address under 200 characters.")
  .min(1, "Enter the studio's public address, e.g. https://studio.example.com; the feed's links start there.")
  .superRefine((value, ctx) => {
    const problem = publicBaseUrlProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((value) => new URL(value).origin);

const feedSettingsFields = z.object({
  publicBaseUrl,
  language: z
    .string({ error: "Enter the show's language, e.g. en or en-GB." })
    .trim()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,2}$/, "Enter a language code such as en, en-GB or pt-BR."),
  author: required("author", 255, "the host's or the studio's name"),
  ownerName: text("owner's name", 255).default(""),
  ownerEmail: z
    .string({ error: "Enter the owner's e-mail address." })
    .trim()
    .max(254, "Keep the e-mail address under 254 characters.")
    .min(1, "Enter the owner's e-mail address; Apple writes to it to confirm who owns the show.")
    .pipe(z.email("Enter a valid e-mail address, e.g. podcasts@example.com.")),
  category: z
    .string({ error: "Choose an Apple Podcasts category." })
    .trim()
    .refine(isAppleCategory, "Choose one of Apple Podcasts' categories from the list."),
  subcategory: text("subcategory", 100).default(""),
  explicit: z.boolean({ error: "Say whether the show has explicit content (true or false)." }).default(false),
  showType: z.enum(["EPISODIC", "SERIAL"], { error: "Choose episodic or serial." }).default("EPISODIC"),
  copyright: text("copyright", 255).default(""),
});

// Apple accepts a subcategory only under its own category (an unknown category already has its own message).
function subcategoryOfCategory(settings: { category: string; subcategory: string }, ctx: z.RefinementCtx) {
  if (!isAppleCategory(settings.category)) return;
  if (settings.subcategory && !appleSubcategories(settings.category).includes(settings.subcategory))
    ctx.addIssue({
      code: "custom",
      path: ["subcategory"],
      message: `“${settings.subcategory}” is not a subcategory of ${settings.category}; choose one from the list or none.`,
    });
}

/** The show's feed settings: the one shape the form, the server action and the JSON API accept. */
export const feedSettingsSchema = refuseUnsafeText(feedSettingsFields.superRefine(subcategoryOfCategory));

export type FeedSettingsInput = z.input<typeof feedSettingsSchema>;
export type FeedSettings = z.output<typeof feedSettingsSchema>;

/** The server action's input: the settings plus which show. */
export const updateFeedSettingsSchema = refuseUnsafeText(
  feedSettingsFields.extend({ id: idSchema("show") }).superRefine(subcategoryOfCategory),
);
