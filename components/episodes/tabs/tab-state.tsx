import { Loader2 } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";

/** Loading, error and empty states, the same in every tab. */
export function TabState({
  loading,
  error,
  empty,
  emptyTitle,
  emptyText,
}: {
  loading: boolean;
  error: Error | null;
  empty: boolean;
  emptyTitle: string;
  emptyText: string;
}) {
  if (loading)
    return (
      <p className="flex items-center gap-2 py-6 text-sm text-slate-500" role="status">
        <Loader2 className="size-4 animate-spin" aria-hidden /> Loading…
      </p>
    );
  if (error)
    return (
      <p className="py-6 text-sm text-red-700" role="alert">
        Could not load this tab: {error.message}. Reload the page to try again.
      </p>
    );
  if (empty) return <EmptyState title={emptyTitle}>{emptyText}</EmptyState>;
  return null;
}
