import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";
import { ShowForm } from "../show-form";

export const metadata: Metadata = { title: "New show" };

export default async function NewShowPage() {
  // Editors own the brand; the create action checks the role again on the server.
  await requirePageUser("EDITOR");
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href="/shows" prefetch={false} className="text-brand-700 hover:underline">
          ← Shows
        </Link>
      </nav>
      <PageHeader
        title="New show"
        description="The brand profile every episode of the show is written, voiced and scored against."
      />
      <ShowForm />
    </>
  );
}
