import { artworkRoutes } from "@/app/api/_artwork/artwork-routes";

/**
 * An episode's own artwork (it uses its show's without one): GET describes both, PUT uploads a new image (multipart,
 * field `file`; editors), DELETE removes it.
 */
const routes = artworkRoutes("episode");
export const GET = routes.GET;
export const PUT = routes.PUT;
export const DELETE = routes.DELETE;
