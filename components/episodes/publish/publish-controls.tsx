"use client";

import Link from "next/link";
import { useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Input } from "@/components/ui/field";
import { fetchJson, sendJson } from "@/lib/http/fetch-json";
import type { EpisodePublication } from "@/lib/publishing/get-publication";

/** The publication as the API sends it: dates as ISO strings. */
type Dated<T> = T extends Date ? string : T extends object ? { [K in keyof T]: Dated<T[K]> } : T;
type Publication = Dated<EpisodePublication>;

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString("en") : "");

function stateLine(state: Publication["state"]): string {
  switch (state.kind) {
    case "published":
      return `Published on ${when(state.at)}`;
    case "scheduled":
      return `Scheduled for ${when(state.at)}`;
    case "unpublished":
      return state.at ? `Unpublished on ${when(state.at)}` : "Unpublished";
    default:
      return "Not published";
  }
}

function CopyableUrl({ label, url }: { label: string; url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="w-20 shrink-0 text-slate-500">{label}</span>
      <a
        href={url}
        className="min-w-0 break-all font-mono text-xs text-brand-700 underline"
        data-testid={`url-${label.toLowerCase()}`}
      >
        {url}
      </a>
      <Button
        size="sm"
        variant="ghost"
        aria-label={`Copy the ${label.toLowerCase()} URL`}
        onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}
      >
        {copied ? "Copied" : "Copy"}
      </Button>
    </div>
  );
}

/**
 * Publishing on the Publish tab: where the episode stands in its feed, what stops it from going out (the publishing
 * rule, the feed's missing settings with a link to them), publish now, schedule, unpublish (confirmed in-app), and
 * the public URLs to hand out.
 */
export function PublishControls({ episodeId, canPublish }: { episodeId: string; canPublish: boolean }) {
  const queryClient = useQueryClient();
  const key = ["episode", episodeId, "publication"];
  const { data, error } = useQuery({
    queryKey: key,
    queryFn: () => fetchJson<Publication>(`/api/episodes/${episodeId}/publication`),
  });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const [at, setAt] = useState("");
  const [confirming, setConfirming] = useState(false);

  async function send(path: "publish" | "unpublish", body?: { at: string }) {
    setBusy(true);
    setFailure(null);
    const sent = await sendJson(`/api/episodes/${episodeId}/${path}`, "POST", body);
    setBusy(false);
    if (!sent.ok) setFailure(sent.error);
    else setScheduling(false);
    // This card, and the page's header badge (the episode's own query).
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: key }),
      queryClient.invalidateQueries({ queryKey: ["episode", episodeId], exact: true }),
    ]);
  }

  if (error) return <p className="text-sm text-red-700">The publishing state could not be loaded: {error.message}</p>;
  if (!data) return <p className="text-sm text-slate-500">Loading the publishing state…</p>;

  const { state, refusal, feedProblems, refused, urls } = data;
  const live = state.kind === "published" || state.kind === "scheduled";
  const blocked = Boolean(refusal) || feedProblems.length > 0;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <Card data-testid="publish-controls">
      <CardHeader className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">Publishing</h2>
        <span className="text-sm text-slate-700" data-testid="publication-state">
          {stateLine(state)}
        </span>
      </CardHeader>
      <CardBody className="space-y-4">
        {refused && (
          <p className="text-sm text-red-700" data-testid="publication-refused">
            The scheduled publish at {when(refused.at)} was refused: {refused.reason}
          </p>
        )}
        {refusal && state.kind !== "published" && (
          <p className="text-sm text-red-700" data-testid="publish-refusal">
            {refusal}
          </p>
        )}
        {feedProblems.length > 0 && state.kind !== "published" && (
          <div className="text-sm" data-testid="feed-problems">
            <p className="text-slate-800">The show&apos;s feed needs these before the first publish:</p>
            <ul className="ml-5 list-disc text-red-700">
              {feedProblems.map((p) => (
                <li key={p.field}>{p.message}</li>
              ))}
            </ul>
            <Link href={`/shows/${data.showId}`} className="text-brand-700 underline">
              Open the show&apos;s feed settings
            </Link>
          </div>
        )}

        {canPublish ? (
          <div className="flex flex-wrap items-end gap-2">
            {state.kind !== "published" && (
              <Button disabled={busy || blocked} onClick={() => void send("publish")}>
                {busy ? "Working…" : "Publish now"}
              </Button>
            )}
            {state.kind !== "published" && !scheduling && (
              <Button variant="secondary" disabled={busy || blocked} onClick={() => setScheduling(true)}>
                Schedule…
              </Button>
            )}
            {live && (
              <Button variant="danger" disabled={busy} onClick={() => setConfirming(true)}>
                {state.kind === "scheduled" ? "Cancel schedule" : "Unpublish"}
              </Button>
            )}
          </div>
        ) : (
          <p className="text-sm text-slate-600">An editor publishes episodes.</p>
        )}

        {scheduling && (
          <form
            className="flex flex-wrap items-end gap-2"
            aria-label="Schedule publishing"
            onSubmit={(e) => {
              e.preventDefault();
              const date = new Date(at);
              if (!at || Number.isNaN(date.getTime())) return setFailure("Choose the date and time to publish at.");
              void send("publish", { at: date.toISOString() });
            }}
          >
            <div className="w-64">
              <Field id="publish-at" label="Publish at" hint={`Your time zone: ${timeZone}`}>
                <Input id="publish-at" type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
              </Field>
            </div>
            <Button type="submit" disabled={busy}>
              Schedule
            </Button>
            <Button type="button" variant="ghost" onClick={() => setScheduling(false)}>
              Back
            </Button>
          </form>
        )}

        {failure && (
          <p className="text-sm text-red-700" data-testid="publish-error">
            {failure}
          </p>
        )}

        {(urls.feed || urls.enclosure) && (
          <div className="space-y-1">
            {urls.feed && <CopyableUrl label="Feed" url={urls.feed} />}
            {urls.enclosure && <CopyableUrl label="Audio" url={urls.enclosure} />}
          </div>
        )}
      </CardBody>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={state.kind === "scheduled" ? "Cancel the scheduled publish?" : "Unpublish this episode?"}
        confirmLabel={state.kind === "scheduled" ? "Cancel schedule" : "Unpublish"}
        onConfirm={() => void send("unpublish")}
      >
        {state.kind === "scheduled"
          ? "The episode stays unpublished until you publish or schedule it again."
          : "It leaves the feed and its public audio, transcripts and chapters are deleted. Publishing it again later keeps its identity in podcast apps."}
      </ConfirmDialog>
    </Card>
  );
}
