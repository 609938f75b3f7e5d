import { artworkImageRoute } from "@/app/api/_artwork/artwork-routes";

/** The show's current artwork image, for the studio (private; the public copy is under /api/public/shows/). */
export const GET = artworkImageRoute("show");
