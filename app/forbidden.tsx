import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="flex min-h-[60vh] flex-col items-center justify-center text-center" data-testid="forbidden">
      <p className="text-sm font-semibold text-red-600">403</p>
      <h1 className="mt-1 text-2xl font-semibold">Your role does not give access to this page</h1>
      <p className="mt-2 text-sm text-slate-600">Ask an admin if you need it.</p>
      <Link href="/" className="mt-6 text-sm font-medium text-brand-600 hover:underline">
        Back to the dashboard
      </Link>
    </div>
  );
}
