import type { Metadata } from "next";
import { CheckCircle2, XCircle } from "lucide-react";
import { requirePageUser } from "@/lib/auth/guard";
import { appProviders } from "@/lib/providers/app-providers";
import { describeProviders } from "@/lib/providers/registry";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Providers" };

export default async function ProvidersPage() {
  await requirePageUser("ADMIN");
  let statuses;
  try {
    statuses = await describeProviders(await appProviders(), process.env);
  } catch (error) {
    return (
      <>
        <PageHeader title="Providers" />
        <p className="rounded-md bg-red-50 px-4 py-3 text-sm text-red-800" data-testid="providers-error">
          The provider configuration is invalid: {error instanceof Error ? error.message : String(error)}. Fix the
          environment and restart.
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Providers"
        description="The adapter each capability uses, chosen by configuration (see the README), and whether it answers now."
      />
      <Card>
        <DataTable
          testId="providers-table"
          columns={[{ label: "Capability" }, { label: "Adapter" }, { label: "Health" }]}
        >
          {statuses.map((s) => (
            <tr key={s.capability} data-testid="provider-row">
              <td className="px-5 py-3 font-medium">{s.capability}</td>
              <td className="px-5 py-3">
                <span className="font-mono">{s.adapter}</span>{" "}
                <Badge tone={s.offline ? "neutral" : "info"}>{s.offline ? "offline default" : "hosted"}</Badge>
              </td>
              <td className="px-5 py-3">
                <span className="inline-flex items-start gap-2">
                  {s.health.ok ? (
                    <CheckCircle2 className="mt-0.5 size-4 shrink-0 text-emerald-600" aria-label="healthy" />
                  ) : (
                    <XCircle className="mt-0.5 size-4 shrink-0 text-red-600" aria-label="unhealthy" />
                  )}
                  <span className="text-slate-700">{s.health.detail}</span>
                </span>
              </td>
            </tr>
          ))}
        </DataTable>
      </Card>
    </>
  );
}
