import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/** A plain table with the studio's header style; rows are passed as children. */
export function DataTable({ columns, children, testId }: { columns: { label: string; align?: "right" }[]; children: ReactNode; testId?: string }) {
  return (
    <table className="w-full text-sm" data-testid={testId}>
      <thead className="border-b border-slate-100 text-left text-xs uppercase tracking-wide text-slate-500">
        <tr>
          {columns.map((c) => (
            <th key={c.label} scope="col" className={cn("px-5 py-3 font-medium", c.align === "right" && "text-right")}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">{children}</tbody>
    </table>
  );
}
