// CONTRACT (issue 16 base): part C replaces this with the full check of what Apple and Podcasting 2.0 apps require.

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
}

/** What the feed still lacks before podcast apps accept it; empty when nothing. */
export function checkFeed(show: FeedCheckShow, context: { hasArtwork: boolean }): FeedProblem[] {
  const problems: FeedProblem[] = [];
  if (!show.publicBaseUrl) problems.push({ field: "publicBaseUrl", message: "Set the public address of the studio." });
  if (!show.author.trim()) problems.push({ field: "author", message: "Name the show's author." });
  if (!show.ownerEmail.trim()) problems.push({ field: "ownerEmail", message: "Give the owner's e-mail address." });
  if (!show.category) problems.push({ field: "category", message: "Choose an Apple Podcasts category." });
  if (!context.hasArtwork) problems.push({ field: "artwork", message: "Upload the show's artwork." });
  return problems;
}
