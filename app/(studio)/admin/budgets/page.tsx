import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { spendOverTime } from "@/lib/costs/spend-over-time";
import { getBudgetPolicies } from "@/lib/costs/get-budget-policies";
import { getMonthSpendByProvider } from "@/lib/costs/get-month-spend-by-provider";
import { formatUsd } from "@/lib/domain/money";
import { PageHeader } from "@/components/ui/page-header";
import { TitledCard } from "@/components/ui/card";
import { SpendChart } from "@/components/charts/spend-chart";
import { BudgetForm, type PolicyValues } from "./budget-form";

export const metadata: Metadata = { title: "Budgets" };

type Policy = NonNullable<Awaited<ReturnType<typeof getBudgetPolicies>>["workspace"]>;

const valuesOf = (p: Policy | null, showId: string | null, fallback: Policy | null): PolicyValues => {
  const from = p ?? fallback;
  const money = (v: { toFixed(n: number): string } | undefined, d: string) => v?.toFixed(2) ?? d;
  return {
    showId,
    episodeDefault: money(from?.episodeDefault, "5.00"),
    episodeHardCap: money(from?.episodeHardCap, "8.00"),
    monthlyCap: money(from?.monthlyCap, "500.00"),
    researchTarget: money(from?.researchTarget, "1.00"),
    contentTarget: money(from?.contentTarget, "2.50"),
    audioTarget: money(from?.audioTarget, "3.00"),
    alertThresholds: from?.alertThresholds ?? [80, 100],
    onExceed: from?.onExceed ?? "DOWNGRADE",
    alertWebhookUrl: from?.alertWebhookUrl ?? null,
  };
};

export default async function BudgetsPage() {
  await requirePageUser("ADMIN");
  const [{ workspace, shows }, days, month] = await Promise.all([
    getBudgetPolicies(db),
    spendOverTime(db, 30),
    getMonthSpendByProvider(db),
  ]);
  return (
    <>
      <PageHeader
        title="Budgets"
        description="Caps are enforced before every provider call; targets are what the quality gate measures costs against."
      />
      <TitledCard title="Spend over the last 30 days" className="mb-6">
        <SpendChart days={days} />
        {month.length > 0 && (
          <table className="mt-4 w-full max-w-xl text-sm">
            <caption className="mb-1 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
              This month by provider
            </caption>
            <tbody className="divide-y divide-slate-100">
              {month.map((m) => (
                <tr key={m.provider}>
                  <th scope="row" className="py-1 text-left font-normal">
                    {m.provider}
                  </th>
                  <td className="py-1 text-right tabular-nums">{formatUsd(m.charged)} charged</td>
                  <td className="py-1 text-right tabular-nums text-slate-500">{formatUsd(m.projected)} hosted</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </TitledCard>
      <TitledCard title="Workspace" className="mb-6">
        <BudgetForm id="workspace" name="Workspace" values={valuesOf(workspace, null, null)} />
      </TitledCard>
      {shows.map((show) => (
        <TitledCard
          key={show.id}
          title={`${show.name}${show.policy ? "" : " (uses the workspace budget until saved)"}`}
          className="mb-6"
        >
          <BudgetForm id={`show-${show.id}`} name={show.name} values={valuesOf(show.policy, show.id, workspace)} />
        </TitledCard>
      ))}
    </>
  );
}
