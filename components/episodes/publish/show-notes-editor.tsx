"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TitledCard } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Textarea } from "@/components/ui/field";
import { SHOW_NOTES_MAX_CHARS, showNotesSchema } from "@/lib/domain/show-notes-schema";
import { fetchJson, sendJson } from "@/lib/http/fetch-json";
import type { getEpisodeShowNotes } from "@/lib/publishing/get-episode-show-notes";
import type { Jsonify } from "../types";
import { TabState } from "../tabs/tab-state";

type NotesJson = Jsonify<Awaited<ReturnType<typeof getEpisodeShowNotes>>>;

/** The notes as the feed shows them: HTML the server rendered and sanitised (no script, handler or unsafe link). */
function RenderedNotes({ html, testId }: { html: string; testId: string }) {
  return (
    <div
      data-testid={testId}
      className="space-y-3 text-sm leading-relaxed text-slate-800 [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-2 [&_blockquote]:pl-3 [&_h2]:text-base [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

/** Who wrote the notes: the editor who saved them and when, or the generator. */
function Provenance({ notes }: { notes: NotesJson }) {
  return (
    <p className="text-xs text-slate-500" data-testid="show-notes-provenance">
      {notes.edited && notes.editedAt
        ? `Edited by ${notes.editedBy} on ${new Date(notes.editedAt).toLocaleString("en")}.`
        : "Generated from the brief, the final script and the fact check."}
    </p>
  );
}

/**
 * The episode's show notes (Markdown, carried by the feed as HTML). Editors edit them in a text area that grows with
 * them, preview them as the feed renders them, save them or return to the generated ones; producers read them.
 */
export function ShowNotesEditor({ episodeId, canEdit }: { episodeId: string; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const key = ["episode", episodeId, "show-notes"];
  const { data, error, isPending } = useQuery({
    queryKey: key,
    queryFn: () => fetchJson<NotesJson>(`/api/episodes/${episodeId}/show-notes`),
  });
  // The editor's text while editing; null: showing what is stored.
  const [draft, setDraft] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);

  if (!data)
    return (
      <TitledCard title="Show notes">
        <TabState loading={isPending} error={error} empty={false} emptyTitle="" emptyText="" />
      </TitledCard>
    );

  const text = draft ?? data.markdown;
  const dirty = draft !== null && draft !== data.markdown;
  /** Sends a change; on success the stored notes (and the downloads' sizes) are read again. */
  async function send(method: "PUT" | "DELETE" | "POST", body?: unknown) {
    setBusy(true);
    setProblem(null);
    setSaved(null);
    const url = `/api/episodes/${episodeId}/show-notes${method === "POST" ? "/preview" : ""}`;
    const sent = await sendJson<NotesJson & { html: string }>(url, method, body);
    setBusy(false);
    if (!sent.ok) setProblem(sent.error);
    return sent.ok ? sent.data : null;
  }
  async function save() {
    const checked = showNotesSchema.safeParse({ markdown: text });
    if (!checked.success) return setProblem(checked.error.issues[0]!.message);
    const notes = await send("PUT", { markdown: text });
    if (!notes) return;
    queryClient.setQueryData(key, notes);
    void queryClient.invalidateQueries({ queryKey: ["episode", episodeId, "downloads"] });
    setDraft(null);
    setPreview(null);
    setSaved("Show notes saved.");
  }
  async function reset() {
    const notes = await send("DELETE");
    if (!notes) return;
    queryClient.setQueryData(key, notes);
    void queryClient.invalidateQueries({ queryKey: ["episode", episodeId, "downloads"] });
    setDraft(null);
    setPreview(null);
    setSaved("Back to the generated show notes.");
  }
  async function showPreview() {
    const checked = showNotesSchema.safeParse({ markdown: text });
    if (!checked.success) return setProblem(checked.error.issues[0]!.message);
    const rendered = await send("POST", { markdown: text });
    if (rendered) setPreview(rendered.html);
  }

  if (!canEdit)
    return (
      <TitledCard title="Show notes">
        <div className="space-y-3">
          <Provenance notes={data} />
          <RenderedNotes html={data.html} testId="show-notes-rendered" />
          <p className="text-xs text-slate-500">Only an editor or admin can change the show notes.</p>
        </div>
      </TitledCard>
    );

  const over = text.length > SHOW_NOTES_MAX_CHARS;
  return (
    <TitledCard title="Show notes">
      <div className="space-y-3">
        <Provenance notes={data} />
        {preview === null ? (
          <>
            <label htmlFor="show-notes-markdown" className="block text-sm font-medium text-slate-800">
              Show notes (Markdown)
            </label>
            <Textarea
              id="show-notes-markdown"
              data-testid="show-notes-markdown"
              value={text}
              // Grows with the notes, so the whole text stays in view while editing.
              rows={Math.min(40, Math.max(8, text.split("\n").length + 1))}
              aria-invalid={over}
              aria-describedby="show-notes-count"
              onChange={(e) => {
                setDraft(e.target.value);
                setSaved(null);
              }}
              className="font-mono"
            />
            <p id="show-notes-count" className={over ? "text-xs text-red-700" : "text-xs text-slate-500"}>
              {text.length.toLocaleString("en")} of {SHOW_NOTES_MAX_CHARS.toLocaleString("en")} characters. Headings,
              lists, links, bold and italics carry into the feed; images and raw HTML do not.
            </p>
          </>
        ) : (
          <div className="rounded-md border border-slate-200 p-3">
            <p className="mb-2 text-xs font-medium uppercase text-slate-500">Preview, as podcast apps show it</p>
            <RenderedNotes html={preview} testId="show-notes-preview" />
          </div>
        )}
        {problem && (
          <p className="text-sm text-red-700" data-testid="show-notes-error">
            {problem}
          </p>
        )}
        {saved && (
          <p className="text-sm text-emerald-700" role="status" data-testid="show-notes-saved">
            {saved}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button size="sm" onClick={() => void save()} disabled={busy || !dirty} data-testid="show-notes-save">
            Save show notes
          </Button>
          {preview === null ? (
            <Button size="sm" variant="secondary" onClick={() => void showPreview()} disabled={busy}>
              Preview
            </Button>
          ) : (
            <Button size="sm" variant="secondary" onClick={() => setPreview(null)}>
              Back to editing
            </Button>
          )}
          {dirty && (
            <Button size="sm" variant="ghost" onClick={() => setDraft(null)} disabled={busy}>
              Discard changes
            </Button>
          )}
          {data.edited && (
            <Button size="sm" variant="ghost" onClick={() => setConfirmReset(true)} disabled={busy}>
              Return to generated notes
            </Button>
          )}
        </div>
        <ConfirmDialog
          open={confirmReset}
          onOpenChange={setConfirmReset}
          title="Return to the generated show notes?"
          confirmLabel="Return to generated notes"
          onConfirm={() => void reset()}
        >
          The notes saved by {data.editedBy} are replaced by notes generated from the brief, the final script and the
          fact check.
        </ConfirmDialog>
      </div>
    </TitledCard>
  );
}
