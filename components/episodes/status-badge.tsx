import type { ComponentProps } from "react";
import { Badge } from "@/components/ui/badge";
import { statusBadge, type CertificationState } from "@/lib/domain/episode-status";
import type { EpisodeStatus } from "@/lib/domain/episode-statuses";

/** An episode's status, amber rather than green when it is ready but not certified (lib/domain/episode-status.ts). */
export function StatusBadge({
  status,
  certification,
  ...rest
}: { status: EpisodeStatus; certification: CertificationState | null } & Omit<
  ComponentProps<typeof Badge>,
  "tone" | "children"
>) {
  const { label, tone } = statusBadge(status, certification);
  return (
    <Badge tone={tone} data-status={status} data-tone={tone} {...rest}>
      {label}
    </Badge>
  );
}
