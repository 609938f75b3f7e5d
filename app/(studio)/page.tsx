import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { PageHeader } from "@/components/ui/page-header";
import { DashboardLive } from "@/components/dashboard/dashboard-live";
import { PublicationsList } from "@/components/episodes/publications-list";
import { listPublications } from "@/lib/publishing/list-publications";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageUser();
  const [dashboard, publications] = await Promise.all([getDashboard(db, user), listPublications(db)]);
  return (
    <>
      <PageHeader
        title={`Welcome, ${user.name.split(" ")[0]}`}
        description="Your studio at a glance: what is running, what waits for you, and how the studio does against its targets."
      />
      <DashboardLive initial={JSON.parse(JSON.stringify(dashboard))} />
      <div className="mt-6">
        <PublicationsList items={publications} />
      </div>
    </>
  );
}
