"use client";

import { ListPlus, Trash2 } from "lucide-react";
import { useMemo, useState } from "react";
import {
  addLine,
  addSegment,
  deleteLine,
  duplicateLine,
  mergeWithNext,
  moveLine,
  removeSegment,
  renameSegment,
  setSpeaker,
  setText,
  splitLine,
  type LinePlace,
  type Segments,
} from "@/lib/domain/script-edits";
import { lineKey, placeIssues, speakerIssues, type ScriptIssue } from "@/lib/domain/script-issues";
import { scriptEditSchema } from "@/lib/episodes/schemas";
import { Button } from "@/components/ui/button";
import { updateThenFocus } from "@/components/ui/update-then-focus";
import { isSaveKey, SHORTCUTS, type LineAction } from "./line-shortcuts";
import { lineFieldId, ScriptLineRow } from "./script-line-row";

const segmentTitleId = (s: number) => `script-segment-${s}-title`;
const addToSegmentId = (s: number) => `script-segment-${s}-add`;

/** The same checks the server makes (the shared schema, and every speaker a host), before anything is sent. */
function checkEdit(segments: Segments, hosts: readonly string[]): ScriptIssue[] {
  const parsed = scriptEditSchema.safeParse({ segments });
  return [...(parsed.error?.issues ?? []), ...speakerIssues(segments, hosts)];
}

/** The host after `speaker` in the show's order: a new line goes to the other voice of the conversation. */
const nextHost = (hosts: readonly string[], speaker: string) =>
  hosts.length ? hosts[(hosts.indexOf(speaker) + 1) % hosts.length]! : speaker;

/**
 * An editor's edit of a script version, saved as a new version: lines added, deleted, duplicated, moved (across
 * segments too), split and merged, speakers changed and segments renamed. Each line's errors stand beside it.
 */
export function ScriptEditor({
  episodeId,
  initial,
  hosts,
  onSaved,
  onCancel,
}: {
  episodeId: string;
  initial: Segments;
  hosts: readonly string[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [segments, setSegments] = useState<Segments>(initial);
  const [note, setNote] = useState("");
  const [checked, setChecked] = useState(false);
  const [serverIssues, setServerIssues] = useState<ScriptIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Once a save was tried, the checks follow every change, so an error goes as soon as it is fixed.
  const issues = useMemo(
    () => placeIssues([...(checked ? checkEdit(segments, hosts) : []), ...serverIssues]),
    [checked, segments, hosts, serverIssues],
  );
  const firstLineOf = segments.map((_, s) => segments.slice(0, s).reduce((n, seg) => n + seg.lines.length, 1));

  const change = (next: Segments) => {
    setSegments(next);
    setServerIssues([]);
    setFailure(null);
  };
  const changeThenFocus = (next: Segments, id: string) => updateThenFocus(() => change(next), id);

  function act(action: LineAction, at: LinePlace) {
    const line = segments[at.segment]!.lines[at.line]!;
    const here = lineFieldId(at.segment, at.line);
    const moved = (r: { segments: Segments; at: LinePlace }) =>
      changeThenFocus(r.segments, lineFieldId(r.at.segment, r.at.line));
    switch (action) {
      case "up":
      case "down":
        return moved(moveLine(segments, at, action === "up" ? -1 : 1));
      case "add":
        return moved(addLine(segments, at, nextHost(hosts, line.speaker)));
      case "duplicate":
        return moved(duplicateLine(segments, at));
      case "split": {
        const box = document.getElementById(here) as HTMLTextAreaElement | null;
        return moved(splitLine(segments, at, box?.selectionStart ?? line.text.length));
      }
      case "merge":
        return changeThenFocus(mergeWithNext(segments, at), here);
      case "delete": {
        const left = segments[at.segment]!.lines.length - 1;
        const focus = left === 0 ? addToSegmentId(at.segment) : lineFieldId(at.segment, Math.min(at.line, left - 1));
        return changeThenFocus(deleteLine(segments, at), focus);
      }
    }
  }

  async function save() {
    setChecked(true);
    setFailure(null);
    if (checkEdit(segments, hosts).length) return;
    setSaving(true);
    const res = await fetch(`/api/episodes/${episodeId}/script`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ segments, note: note.trim() || undefined }),
    });
    setSaving(false);
    if (res.ok) return onSaved();
    const body = await res.json().catch(() => null);
    const placed: ScriptIssue[] = Array.isArray(body?.error?.issues) ? body.error.issues : [];
    setServerIssues(placed);
    setFailure(placed.length ? null : (body?.error?.message ?? `The script could not be saved (HTTP ${res.status}).`));
  }

  const lineCount = segments.reduce((n, s) => n + s.lines.length, 0);
  const problems = Object.keys(issues.lines).length + Object.keys(issues.segments).length + issues.script.length;
  return (
    <form
      className="space-y-4"
      aria-describedby="script-editor-keys"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (!isSaveKey(e)) return;
        e.preventDefault();
        if (!saving) void save();
      }}
    >
      <p id="script-editor-keys" className="text-xs text-slate-500">
        Shortcuts in a line:{" "}
        {SHORTCUTS.map(([keys, does], i) => (
          <span key={keys}>
            {i > 0 && "; "}
            <kbd className="font-mono">{keys}</kbd> {does}
          </span>
        ))}
        .
      </p>
      {segments.map((seg, s) => (
        <fieldset key={s} className="space-y-2" data-testid="script-segment">
          <legend className="sr-only">Segment {s + 1}</legend>
          <div className="flex flex-wrap items-center gap-2">
            <label className="min-w-0 flex-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
              <span className="sr-only">Title of segment {s + 1}</span>
              <input
                id={segmentTitleId(s)}
                className="min-h-11 w-full rounded-md border border-transparent px-2 text-xs font-semibold uppercase tracking-wide hover:border-slate-300 focus:border-slate-300 md:min-h-8"
                value={seg.title}
                maxLength={200}
                onChange={(e) => change(renameSegment(segments, s, e.target.value))}
              />
            </label>
            {seg.lines.length === 0 && segments.length > 1 && (
              <Button
                type="button"
                size="sm"
                variant="secondary"
                onClick={() => changeThenFocus(removeSegment(segments, s), segmentTitleId(Math.max(0, s - 1)))}
              >
                <Trash2 aria-hidden className="size-4" /> Remove segment
              </Button>
            )}
          </div>
          {issues.segments[s] && (
            <p className="text-sm text-red-700" data-testid="segment-error">
              {issues.segments[s].join(" ")}
            </p>
          )}
          {seg.lines.map((line, l) => (
            <ScriptLineRow
              key={l}
              line={line}
              segment={s}
              index={l}
              number={firstLineOf[s]! + l}
              hosts={hosts}
              errors={issues.lines[lineKey(s, l)] ?? []}
              canMerge={l < seg.lines.length - 1}
              onText={(text) => change(setText(segments, { segment: s, line: l }, text))}
              onSpeaker={(speaker) => change(setSpeaker(segments, { segment: s, line: l }, speaker))}
              onAction={(action) => act(action, { segment: s, line: l })}
            />
          ))}
          <div className="flex flex-wrap gap-2">
            {seg.lines.length === 0 && (
              <Button
                id={addToSegmentId(s)}
                type="button"
                size="sm"
                variant="secondary"
                onClick={() =>
                  changeThenFocus(
                    addLine(segments, { segment: s, line: -1 }, hosts[0] ?? "").segments,
                    lineFieldId(s, 0),
                  )
                }
              >
                Add a line
              </Button>
            )}
            <Button
              type="button"
              size="sm"
              variant="ghost"
              onClick={() =>
                changeThenFocus(
                  addSegment(segments, s, "New segment", hosts[0] ?? seg.lines[0]?.speaker ?? ""),
                  segmentTitleId(s + 1),
                )
              }
            >
              <ListPlus aria-hidden className="size-4" /> Add a segment after
            </Button>
          </div>
        </fieldset>
      ))}
      <label className="block text-sm">
        <span className="font-medium">What changed (optional)</span>
        <input
          className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={500}
        />
      </label>
      {issues.script.length > 0 && <p className="text-sm text-red-700">{issues.script.join(" ")}</p>}
      {failure && (
        <p className="text-sm text-red-700" role="alert">
          {failure}
        </p>
      )}
      {problems > 0 && (
        <p className="text-sm text-red-700" data-testid="script-editor-summary">
          Fix the {problems === 1 ? "problem" : `${problems} problems`} marked beside{" "}
          {problems === 1 ? "its line" : "their lines"} to save.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : "Save as a new version"}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <span className="text-xs text-slate-500">
          {lineCount} line{lineCount === 1 ? "" : "s"} in {segments.length} segment{segments.length === 1 ? "" : "s"}
        </span>
      </div>
    </form>
  );
}
