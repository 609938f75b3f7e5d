import { artworkRoutes } from "@/app/api/_artwork/artwork-routes";

/** A show's artwork: GET describes it, PUT uploads a new image (multipart, field `file`; editors), DELETE removes it. */
const routes = artworkRoutes("show");
export const GET = routes.GET;
export const PUT = routes.PUT;
export const DELETE = routes.DELETE;
