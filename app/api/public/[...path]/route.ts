import { withPublicRoute } from "@/lib/api/with-route";
import { NotFoundError } from "@/lib/domain/errors";

// Unknown public paths (an old enclosure address, a guessed file): the same 404 for everyone, since nothing under
// /api/public/ needs a session and "sign in" would mislead a podcast app.
const notFound = withPublicRoute<{ path: string[] }>(async () => {
  throw new NotFoundError("That file");
});
export { notFound as GET, notFound as HEAD };
