import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { listCurrentPrices } from "@/lib/costs/list-prices";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody, TitledCard } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PriceForm } from "./price-form";

export const metadata: Metadata = { title: "Prices" };

const UNIT_LABELS: Record<string, string> = {
  input_token: "per input token",
  output_token: "per output token",
  character: "per character",
  minute: "per minute",
  request: "per request",
};

export default async function PricesPage() {
  await requirePageUser("ADMIN");
  const prices = await listCurrentPrices(db);
  return (
    <>
      <PageHeader
        title="Price table"
        description="What each provider call costs. A change applies from now on; past ledger entries keep their price. Offline providers have no price and cost $0."
      />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card>
          {prices.length === 0 ? (
            <CardBody>
              <EmptyState title="No prices yet">Every call costs $0 until a price is set.</EmptyState>
            </CardBody>
          ) : (
            <DataTable
              testId="prices-table"
              columns={[
                { label: "Provider / model" },
                { label: "Unit" },
                { label: "USD", align: "right" },
                { label: "Since" },
              ]}
            >
              {prices.map((p) => (
                <tr key={p.id} data-testid="price-row">
                  <td className="px-5 py-2">
                    <div className="font-medium">{p.provider}</div>
                    <div className="text-xs text-slate-500">{p.model}</div>
                  </td>
                  <td className="px-5 py-2 text-slate-600">{UNIT_LABELS[p.unit] ?? p.unit}</td>
                  <td className="px-5 py-2 text-right font-mono tabular-nums">{p.unitPrice}</td>
                  <td className="px-5 py-2 text-xs text-slate-500">
                    {p.effectiveFrom.toISOString().slice(0, 10)} · {p.setBy}
                    {p.versions > 1 && ` · ${p.versions} versions`}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </Card>
        <TitledCard title="Set a price">
          <PriceForm />
        </TitledCard>
      </div>
    </>
  );
}
