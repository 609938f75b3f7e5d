import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export interface DataTableColumn {
  label: string;
  align?: "right";
  /** Named for screen readers only (an icon or a button column). */
  srOnly?: boolean;
  className?: string;
}

const HEADER_CELL = {
  // Edge to edge in a card: cells padded on both sides.
  inset: "px-5 py-3",
  // Inside padded content: cells padded on the right only, so the first column lines up with the text around it.
  plain: "py-2 pr-3 last:pr-0",
};

/**
 * A table with the studio's header style; rows are passed as children, their cells padded to match the variant
 * (`px-5` inset; `pr-3`, none on the last, plain). The caption is for screen readers. Wider than the screen, it
 * scrolls sideways in its own box.
 */
export function DataTable({
  columns,
  children,
  testId,
  caption,
  variant = "inset",
}: {
  columns: DataTableColumn[];
  children: ReactNode;
  testId?: string;
  caption?: string;
  variant?: keyof typeof HEADER_CELL;
}) {
  // A narrow screen scrolls the table inside its own box, never the page. Relative, so that the box also holds
  // the screen-reader-only labels (absolutely positioned) of columns past its edge.
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm" data-testid={testId}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="border-b border-slate-100 text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            {columns.map((c) => (
              <th
                key={c.label}
                scope="col"
                className={cn(HEADER_CELL[variant], "font-medium", c.align === "right" && "text-right", c.className)}
              >
                {c.srOnly ? <span className="sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
