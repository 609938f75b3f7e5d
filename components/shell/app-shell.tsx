import { Suspense, type ReactNode } from "react";
import { signOut } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/guard";
import { hasRole, ROLE_LABELS } from "@/lib/domain/roles";
import { Button } from "@/components/ui/button";
import { CollapsibleSidebar } from "./collapsible-sidebar";
import { NAV_ITEMS } from "./nav-items";
import { NavLink } from "./nav-link";
import { PipelineStatusBanner } from "./pipeline-status-banner";

export function AppShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  async function signOutAction() {
    "use server";
    await signOut({ redirectTo: "/login" });
  }

  const brand = (
    <div className="text-lg font-semibold tracking-tight">
      <span className="text-brand-600">Show</span>runner
    </div>
  );

  return (
    <div className="min-h-screen md:flex" data-testid="studio-shell">
      <CollapsibleSidebar brand={brand}>
        <nav aria-label="Main" data-testid="main-nav" className="flex-1 space-y-1 px-3 py-3 md:py-0">
          {NAV_ITEMS.filter((item) => hasRole(user.role, item.minRole)).map((item) => (
            <NavLink key={item.href} href={item.href} label={item.label} />
          ))}
        </nav>
        <div className="border-t border-slate-200 px-4 py-4 text-sm">
          <div className="font-medium text-slate-900" data-testid="current-user">
            {user.name}
          </div>
          <div className="text-xs text-slate-500">
            {user.email} · <span data-testid="current-role">{ROLE_LABELS[user.role]}</span>
          </div>
          <form action={signOutAction} className="mt-3">
            <Button type="submit" variant="secondary" size="sm" className="w-full">
              Sign out
            </Button>
          </form>
        </div>
      </CollapsibleSidebar>
      <div className="min-w-0 flex-1">
        {/* Streamed: a slow check never holds the page back. */}
        <Suspense fallback={null}>
          <PipelineStatusBanner />
        </Suspense>
        <main className="px-4 py-6 md:px-8 md:py-8">{children}</main>
      </div>
    </div>
  );
}
