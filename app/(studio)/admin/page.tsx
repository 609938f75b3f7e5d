import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody, TitledCard } from "@/components/ui/card";
import { AlertList } from "@/components/alerts/alert-list";
import { listOpenAlerts } from "@/lib/alerts/list-open-alerts";
import { getWorkspacePolicy } from "@/lib/costs/get-workspace-policy";
import { getUserCount } from "@/lib/users/get-user-count";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await requirePageUser("ADMIN");
  const [users, policy, alerts] = await Promise.all([getUserCount(db), getWorkspacePolicy(db), listOpenAlerts(db)]);
  return (
    <>
      <PageHeader title="Admin" description="People, budgets and the studio's settings." />
      <TitledCard title={`Open alerts (${alerts.length})`} className="mb-6">
        <AlertList alerts={JSON.parse(JSON.stringify(alerts))} canAcknowledge canResume />
      </TitledCard>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Link href="/admin/users" prefetch={false} className="block">
          <Card className="hover:border-brand-500">
            <CardBody>
              <h2 className="font-semibold">Users and roles</h2>
              <p className="mt-1 text-sm text-slate-600">
                {users} people can sign in. Add people and change their roles.
              </p>
            </CardBody>
          </Card>
        </Link>
        <Link href="/admin/prices" prefetch={false} className="block">
          <Card className="hover:border-brand-500">
            <CardBody>
              <h2 className="font-semibold">Price table</h2>
              <p className="mt-1 text-sm text-slate-600">
                What each provider call costs, versioned: changes apply from now on.
              </p>
            </CardBody>
          </Card>
        </Link>
        <Link href="/admin/providers" prefetch={false} className="block">
          <Card className="hover:border-brand-500">
            <CardBody>
              <h2 className="font-semibold">Providers</h2>
              <p className="mt-1 text-sm text-slate-600">
                Which adapter each capability uses, and whether it is healthy.
              </p>
            </CardBody>
          </Card>
        </Link>
        <Link href="/admin/budgets" prefetch={false} className="block">
          <Card className="hover:border-brand-500">
            <CardBody>
              <h2 className="font-semibold">Budgets and spend</h2>
              {policy ? (
                <dl className="mt-2 grid grid-cols-2 gap-y-1 text-sm text-slate-700">
                  <dt>Default per episode</dt>
                  <dd className="tabular-nums">${policy.episodeDefault.toFixed(2)}</dd>
                  <dt>Hard cap per episode</dt>
                  <dd className="tabular-nums">${policy.episodeHardCap.toFixed(2)}</dd>
                  <dt>Monthly cap</dt>
                  <dd className="tabular-nums">${policy.monthlyCap.toFixed(2)}</dd>
                </dl>
              ) : (
                <p className="mt-1 text-sm text-slate-600">No workspace budget is set yet.</p>
              )}
            </CardBody>
          </Card>
        </Link>
      </div>
    </>
  );
}
