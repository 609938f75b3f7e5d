import { DomainError } from "@/lib/domain/errors";
import type { FeedProblem } from "./check-feed";

/** Publishing refused because the show's feed lacks what podcast apps require: every missing setting, in one message. */
export class FeedNotReadyError extends DomainError {
  constructor(readonly problems: FeedProblem[]) {
    super(
      `The show's feed is not ready, so nothing was published: ${problems.map((p) => p.message).join(" ")} ` +
        "Fill these in the show's feed settings, then publish again.",
      422,
      "feed_not_ready",
    );
  }
}
