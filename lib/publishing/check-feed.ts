import { appleSubcategories, isAppleCategory } from "@/lib/domain/apple-categories";
import { publicBaseUrlProblem } from "@/lib/shows/feed-settings-schema";

export interface FeedProblem {
  /** The show setting to fill in (its form field's name), or "artwork". */
  field: string;
  message: string;
}

export interface FeedCheckShow {
  name: string;
  description: string;
  language: string;
  publicBaseUrl: string | null;
  author: string;
  ownerEmail: string;
  category: string;
  subcategory?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * What the feed still lacks before podcast apps accept it; empty when nothing. These are the tags Apple requires
 * (title, description, artwork, language, category, explicit is always set) plus what the studio needs to build the
 * feed's URLs and what Apple mails to confirm ownership; each message says where to fix it.
 */
export function checkFeed(show: FeedCheckShow, context: { hasArtwork: boolean }): FeedProblem[] {
  const problems: FeedProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });

  if (!show.name.trim()) add("name", "Give the show a name in its profile: it is the feed's title.");
  if (!show.description.trim())
    add("description", "Write the show's description in its profile: podcast apps show it on the show's page.");
  if (!context.hasArtwork)
    add("artwork", "Upload the show's artwork (a square JPEG or PNG of 1400–3000 px): Apple lists no show without it.");
  const baseProblem = show.publicBaseUrl ? publicBaseUrlProblem(show.publicBaseUrl) : null;
  if (!show.publicBaseUrl)
    add("publicBaseUrl", "Set the public address of the studio: the feed's and the episodes' links start there.");
  else if (baseProblem) add("publicBaseUrl", baseProblem);
  if (!show.language.trim()) add("language", "Set the show's language, e.g. en.");
  if (!show.author.trim()) add("author", "Name the show's author: podcast apps show it under the title.");
  if (!show.ownerEmail.trim())
    add("ownerEmail", "Give the owner's e-mail address: Apple writes to it to confirm who owns the show.");
  else if (!EMAIL.test(show.ownerEmail.trim()))
    add("ownerEmail", `“${show.ownerEmail}” is not an e-mail address; correct the owner's e-mail.`);
  if (!show.category) add("category", "Choose an Apple Podcasts category: Apple lists no show without one.");
  else if (!isAppleCategory(show.category))
    add("category", `“${show.category}” is not an Apple Podcasts category; choose one from the list.`);
  else if (show.subcategory && !appleSubcategories(show.category).includes(show.subcategory))
    add(
      "subcategory",
      `“${show.subcategory}” is not a subcategory of ${show.category}; choose one from the list or none.`,
    );
  return problems;
}
