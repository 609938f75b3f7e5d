"use client";

import { cn } from "@/lib/cn";
import type { LineComments } from "./use-line-comments";

/**
 * A line's number in the read view. For an editor it is a button (finger-sized on a phone): a click or a tap picks the
 * line to comment on, a shift-click extends the picked range to it (on touch, the comment box's "+ line" does). A dot
 * says an open comment is about the line.
 */
export function LineNumberButton({ n, lines }: { n: number; lines: LineComments }) {
  const selected = lines.selection && n >= lines.selection.firstLine && n <= lines.selection.lastLine;
  const commented = lines.comments.some((c) => c.status === "OPEN" && n >= c.firstLine && n <= c.lastLine);
  const label = (
    <>
      {commented && (
        <span aria-hidden className="mr-0.5 text-amber-600">
          •
        </span>
      )}
      {n}
    </>
  );
  if (!lines.canComment) return <span className="text-right text-xs tabular-nums text-slate-400">{label}</span>;
  return (
    <button
      type="button"
      onClick={(e) => lines.pick(n, e.shiftKey)}
      aria-pressed={Boolean(selected)}
      aria-label={`Comment on line ${n}${commented ? " (has an open comment)" : ""}`}
      title="Comment on this line (shift-click to extend the range)"
      className={cn(
        "-my-0.5 min-h-10 self-start rounded sm:min-h-6 text-right text-xs tabular-nums text-slate-400 hover:bg-amber-50 hover:text-amber-800",
        selected && "bg-amber-100 font-semibold text-amber-900",
      )}
    >
      {label}
    </button>
  );
}
