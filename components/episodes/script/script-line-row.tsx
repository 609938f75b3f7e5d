"use client";

import { ArrowDown, ArrowUp, Combine, Copy, Plus, Scissors, Trash2 } from "lucide-react";
import { useLayoutEffect, useRef } from "react";
import type { Line } from "@/lib/domain/script-edits";
import { Button } from "@/components/ui/button";
import { actionForKey, type LineAction } from "./line-shortcuts";

export const lineFieldId = (segment: number, line: number) => `script-line-${segment}-${line}`;

const FIELD_SIZING = typeof CSS !== "undefined" && CSS.supports?.("field-sizing", "content");

/** A textarea as tall as its text: CSS field-sizing where the browser has it, its scroll height where not. */
function GrowingTextarea(props: React.TextareaHTMLAttributes<HTMLTextAreaElement> & { value: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || FIELD_SIZING) return;
    box.style.height = "auto";
    box.style.height = `${box.scrollHeight + 2}px`;
  }, [props.value]);
  return <textarea ref={ref} {...props} />;
}

// Touch-sized (44 px) on a phone, compact from md up.
const ICON = "h-11 w-11 px-0 md:h-8 md:w-8";

/** One line of the script in the editor: who speaks it, its text, the moves on it, and its errors beside it. */
export function ScriptLineRow({
  line,
  segment,
  index,
  number,
  hosts,
  errors,
  canMerge,
  onText,
  onSpeaker,
  onAction,
}: {
  line: Line;
  segment: number;
  index: number;
  /** Its number across the whole script, as the read view and the brand score count lines. */
  number: number;
  hosts: readonly string[];
  errors: readonly string[];
  canMerge: boolean;
  onText: (text: string) => void;
  onSpeaker: (speaker: string) => void;
  onAction: (action: LineAction) => void;
}) {
  const id = lineFieldId(segment, index);
  const errorId = `${id}-error`;
  const name = `line ${number}`;
  const speakers = hosts.includes(line.speaker) ? hosts : [line.speaker, ...hosts];
  const empty = !line.text.trim();
  const tools: { action: LineAction; label: string; icon: React.ReactNode; disabled?: boolean }[] = [
    { action: "up", label: `Move ${name} up`, icon: <ArrowUp aria-hidden className="size-4" /> },
    { action: "down", label: `Move ${name} down`, icon: <ArrowDown aria-hidden className="size-4" /> },
    { action: "duplicate", label: `Duplicate ${name}`, icon: <Copy aria-hidden className="size-4" /> },
    { action: "split", label: `Split ${name} at the cursor`, icon: <Scissors aria-hidden className="size-4" /> },
    {
      action: "merge",
      label: `Merge ${name} with the next line`,
      icon: <Combine aria-hidden className="size-4" />,
      disabled: !canMerge,
    },
    { action: "add", label: `Add a line after ${name}`, icon: <Plus aria-hidden className="size-4" /> },
    { action: "delete", label: `Delete ${name}`, icon: <Trash2 aria-hidden className="size-4" /> },
  ];
  return (
    <div
      role="group"
      aria-label={`Line ${number}, ${line.speaker}`}
      data-testid="script-line"
      className="grid grid-cols-1 gap-1 border-b border-slate-100 pb-2 text-sm sm:grid-cols-[2rem_9rem_minmax(0,1fr)] sm:gap-2"
    >
      <span className="hidden pt-2 text-right text-xs tabular-nums text-slate-400 sm:block">{number}</span>
      <label className="block">
        <span className="sr-only">Speaker of {name}</span>
        <select
          className="min-h-11 w-full rounded-md border border-slate-300 bg-white px-2 text-sm font-semibold md:min-h-9"
          value={line.speaker}
          onChange={(e) => onSpeaker(e.target.value)}
          aria-invalid={errors.length > 0 && !hosts.includes(line.speaker)}
        >
          {speakers.map((h) => (
            <option key={h} value={h}>
              {hosts.includes(h) ? h : `${h} (not a host)`}
            </option>
          ))}
        </select>
      </label>
      <div className="min-w-0 space-y-1">
        {/* field-sizing grows the box with its text; rows is the estimate before the fallback measures it. */}
        <GrowingTextarea
          id={id}
          className="field-sizing-content min-h-11 w-full min-w-0 rounded-md border border-slate-300 px-2 py-2 text-base focus:outline-2 focus:outline-brand-600 aria-invalid:border-red-500 sm:text-sm"
          value={line.text}
          rows={Math.max(1, Math.ceil(line.text.length / 90))}
          onChange={(e) => onText(e.target.value)}
          onKeyDown={(e) => {
            const action = actionForKey(e);
            if (!action) return;
            e.preventDefault();
            onAction(action);
          }}
          aria-label={`Line ${number} of the script, ${line.speaker}`}
          aria-invalid={errors.length > 0}
          aria-describedby={errors.length ? errorId : undefined}
        />
        {errors.length > 0 && (
          <div id={errorId} className="flex flex-wrap items-center gap-2 text-sm text-red-700" data-testid="line-error">
            <span>{errors.join(" ")}</span>
            {empty && (
              <Button type="button" size="sm" variant="secondary" onClick={() => onAction("delete")}>
                Delete line
              </Button>
            )}
          </div>
        )}
        <div className="flex flex-wrap gap-1" role="toolbar" aria-label={`Edit ${name}`}>
          {tools.map((t) => (
            <Button
              key={t.action}
              type="button"
              variant="ghost"
              className={ICON}
              aria-label={t.label}
              title={t.label}
              disabled={t.disabled}
              onClick={() => onAction(t.action)}
            >
              {t.icon}
            </Button>
          ))}
        </div>
      </div>
    </div>
  );
}
