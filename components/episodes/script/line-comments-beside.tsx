"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { LINE_COMMENT_MAX } from "@/lib/domain/line-comment";
import type { LineCommentJson, LineComments, LineRange } from "./use-line-comments";

const rangeLabel = ({ firstLine, lastLine }: LineRange) =>
  firstLine === lastLine ? `Line ${firstLine}` : `Lines ${firstLine}–${lastLine}`;

function CommentComposer({ lines, lineCount }: { lines: LineComments; lineCount: number }) {
  const [text, setText] = useState("");
  const range = lines.selection!;
  // On touch there is no shift-click: the range grows or shrinks a line at a time from here.
  const resize = (lastLine: number) => lines.setSelection({ ...range, lastLine });
  return (
    <form
      className="my-1 ml-10 space-y-2 rounded-md border border-amber-300 bg-amber-50 p-2"
      aria-label="New line comment"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await lines.add(text)) setText("");
      }}
    >
      <div className="flex flex-wrap items-center gap-2 text-xs text-amber-900">
        <span className="font-semibold" data-testid="comment-range">
          {rangeLabel(range)}
        </span>
        <Button
          type="button"
          size="sm"
          variant="ghost"
          disabled={range.lastLine <= range.firstLine}
          onClick={() => resize(range.lastLine - 1)}
        >
          − line
        </Button>
        <Button
          type="button"
          size="sm"
          variant="ghost"
          disabled={range.lastLine >= lineCount}
          onClick={() => resize(range.lastLine + 1)}
        >
          + line
        </Button>
      </div>
      <label className="block text-sm">
        <span className="sr-only">Comment on {rangeLabel(range).toLowerCase()}</span>
        <textarea
          className="field-sizing-content block min-h-11 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-base sm:text-sm"
          value={text}
          maxLength={LINE_COMMENT_MAX}
          rows={2}
          autoFocus
          onChange={(e) => setText(e.target.value)}
          placeholder="What should change here? The writer acts on it at these lines; it is never read on air."
        />
      </label>
      {lines.error && (
        <p className="text-sm text-red-700" role="alert">
          {lines.error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={lines.busy || !text.trim()}>
          Add comment
        </Button>
        <Button type="button" size="sm" variant="secondary" onClick={() => lines.setSelection(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function CommentCard({ comment, lines }: { comment: LineCommentJson; lines: LineComments }) {
  const open = comment.status === "OPEN";
  return (
    <li
      className="rounded-md border border-slate-200 bg-white p-2 text-sm"
      data-testid="line-comment"
      data-status={comment.status}
    >
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
        <span className="font-semibold text-slate-700">{rangeLabel(comment)}</span>
        <span>{comment.author.name}</span>
        <Badge tone={open ? "warning" : "success"}>
          {open
            ? "open"
            : comment.resolvedInVersion
              ? `resolved in v${comment.resolvedInVersion.version}`
              : `resolved by ${comment.resolvedBy?.name ?? "an editor"}`}
        </Badge>
      </div>
      <p className="mt-1 whitespace-pre-wrap break-words">{comment.text}</p>
      {comment.outcome && <p className="mt-1 text-xs text-slate-500">{comment.outcome}</p>}
      {open && lines.canComment && (
        <Button
          size="sm"
          variant="ghost"
          className="mt-1"
          disabled={lines.busy}
          onClick={() => lines.resolve(comment.id)}
        >
          Mark resolved
        </Button>
      )}
    </li>
  );
}

/**
 * What stands beside a line of the read view: the comments whose range ends at it (on the version they were made on),
 * and the box to write one when the picked range ends here.
 */
export function LineCommentsBeside({ n, lines, lineCount }: { n: number; lines: LineComments; lineCount: number }) {
  const here = lines.comments.filter((c) => c.lastLine === n);
  const composing = lines.canComment && lines.selection?.lastLine === n;
  if (!here.length && !composing) return null;
  return (
    <div>
      {here.length > 0 && (
        <ul className="my-1 ml-10 space-y-1" aria-label={`Comments on line ${n}`}>
          {here.map((c) => (
            <CommentCard key={c.id} comment={c} lines={lines} />
          ))}
        </ul>
      )}
      {composing && <CommentComposer lines={lines} lineCount={lineCount} />}
    </div>
  );
}
