import { Badge } from "@/components/ui/badge";

/** "Published" or "Scheduled" beside an episode wherever episodes are listed; nothing otherwise. */
export function PublicationBadge({ status }: { status: string | null | undefined }) {
  if (status === "PUBLISHED")
    return (
      <Badge tone="success" data-testid="publication-badge">
        Published
      </Badge>
    );
  if (status === "SCHEDULED")
    return (
      <Badge tone="info" data-testid="publication-badge">
        Scheduled
      </Badge>
    );
  return null;
}
