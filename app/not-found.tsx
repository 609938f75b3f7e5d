import Link from "next/link";

export default function NotFound() {
  return (
    <div className="flex min-h-[60vh] flex-col items-center justify-center text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-1 text-2xl font-semibold">We could not find that page</h1>
      <p className="mt-2 text-sm text-slate-600">It may have been moved or deleted, or the link is mistyped.</p>
      <Link href="/" className="mt-6 text-sm font-medium text-brand-600 hover:underline">
        Back to the dashboard
      </Link>
    </div>
  );
}
