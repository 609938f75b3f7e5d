import type { AccountStatus } from "@/lib/domain/account-status";
import { Badge } from "@/components/ui/badge";

export function AccountStatusBadge({ status }: { status: AccountStatus }) {
  if (status.kind === "disabled") return <Badge tone="danger">Disabled</Badge>;
  if (status.kind === "active") return <Badge tone="success">Active</Badge>;
  return (
    <span className="flex flex-col items-start gap-0.5">
      <Badge tone="warning" className="whitespace-nowrap">
        <span>
          Locked until{" "}
          <time dateTime={status.until.toISOString()}>
            {status.until.toLocaleTimeString("en", { hour: "2-digit", minute: "2-digit" })}
          </time>
        </span>
      </Badge>
      <span className="text-xs text-slate-500">
        {status.everywhere ? "for every new browser" : "for the browsers and addresses that failed"}
      </span>
    </span>
  );
}
