/** Placeholders while a shows page streams its data in; announced once to screen readers. */
export function ShowCardsSkeleton() {
  return (
    <div className="grid grid-cols-1 animate-pulse gap-4 md:grid-cols-2" aria-busy="true" data-testid="shows-loading">
      <span className="sr-only" role="status">
        Loading shows…
      </span>
      <div className="h-40 rounded-lg bg-slate-100" />
      <div className="h-40 rounded-lg bg-slate-100" />
    </div>
  );
}

export function BrandHistorySkeleton() {
  return (
    <div className="animate-pulse space-y-3" aria-busy="true" data-testid="brand-history-loading">
      <span className="sr-only" role="status">
        Loading brand score history…
      </span>
      <div className="h-6 w-2/3 rounded bg-slate-100" />
      <div className="h-40 rounded bg-slate-100" />
    </div>
  );
}
