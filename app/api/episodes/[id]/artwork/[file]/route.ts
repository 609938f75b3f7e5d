import { artworkImageRoute } from "@/app/api/_artwork/artwork-routes";

/** The episode's own current artwork image, for the studio (private; public only once published). */
export const GET = artworkImageRoute("episode");
