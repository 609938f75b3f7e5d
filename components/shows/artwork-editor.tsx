"use client";

import Image from "next/image";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { ARTWORK_MAX_BYTES, ARTWORK_MAX_PX, ARTWORK_MIN_PX, TOO_MANY_BYTES } from "@/lib/domain/artwork-rules";
import { failureOf, fetchJson } from "@/lib/http/fetch-json";
import type { ArtworkView } from "@/lib/publishing/describe-artwork";

/** What the artwork routes answer: the owner's own artwork and, for an episode, the show's it falls back to. */
interface ArtworkAnswer {
  artwork: ArtworkView | null;
  showArtwork?: ArtworkView | null;
}

/**
 * A show's or an episode's artwork: the image and its size, a file input that uploads on change (the server checks
 * the bytes and says what to change), the refusal next to it, and Remove. Without its own artwork an episode shows
 * the show's, said so.
 */
export function ArtworkEditor({
  endpoint,
  inputLabel,
  canEdit,
}: {
  /** /api/shows/<id>/artwork or /api/episodes/<id>/artwork */
  endpoint: string;
  inputLabel: string;
  canEdit: boolean;
}) {
  const queryClient = useQueryClient();
  const queryKey = ["artwork", endpoint];
  const { data, error: loadError } = useQuery({ queryKey, queryFn: () => fetchJson<ArtworkAnswer>(endpoint) });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"upload" | "remove" | null>(null);
  const errorId = useId();

  async function send(method: "PUT" | "DELETE", body?: FormData) {
    const res = await fetch(endpoint, { method, body }).catch(() => null);
    if (!res?.ok) {
      setError(await failureOf(res));
      return;
    }
    setError(null);
    queryClient.setQueryData(queryKey, (await res.json()) as ArtworkAnswer);
  }

  async function upload(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ""; // choosing the same file again after a refusal uploads it again
    if (!file) return;
    if (file.size > ARTWORK_MAX_BYTES) return setError(TOO_MANY_BYTES);
    const body = new FormData();
    body.set("file", file);
    setBusy("upload");
    await send("PUT", body);
    setBusy(null);
  }

  async function remove() {
    setBusy("remove");
    await send("DELETE");
    setBusy(null);
  }

  const own = data?.artwork ?? null;
  const shown = own ?? data?.showArtwork ?? null;
  return (
    <div className="flex flex-wrap items-start gap-5">
      <div className="flex size-40 shrink-0 items-center justify-center overflow-hidden rounded-md border border-slate-200 bg-slate-50">
        {shown ? (
          <Image
            src={shown.src}
            alt={own ? inputLabel : "The show's artwork"}
            width={160}
            height={160}
            unoptimized
            data-testid="artwork-image"
          />
        ) : (
          <span className="px-3 text-center text-xs text-slate-500">No artwork</span>
        )}
      </div>
      <div className="min-w-60 flex-1 space-y-2 text-sm">
        <p data-testid="artwork-status">
          {own
            ? `${own.mimeType === "image/png" ? "PNG" : "JPEG"}, ${own.width} × ${own.width} px`
            : shown
              ? `Uses the show's artwork (${shown.width} × ${shown.width} px).`
              : "No artwork yet."}
        </p>
        {loadError && <p className="text-red-700">The artwork could not be loaded: {loadError.message}</p>}
        {canEdit && (
          <>
            <p className="text-xs text-slate-500">
              A square JPEG or PNG in RGB colour, {ARTWORK_MIN_PX}–{ARTWORK_MAX_PX} px a side, up to 10 MB.
            </p>
            <div className="flex flex-wrap items-center gap-3">
              <input
                type="file"
                accept="image/jpeg,image/png"
                aria-label={inputLabel}
                aria-describedby={error ? errorId : undefined}
                aria-invalid={error ? true : undefined}
                disabled={busy !== null}
                onChange={(e) => void upload(e.currentTarget)}
                className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
              />
              {own && (
                <Button variant="secondary" size="sm" disabled={busy !== null} onClick={() => void remove()}>
                  Remove
                </Button>
              )}
            </div>
            <p className="text-xs text-slate-500" aria-live="polite" data-testid="artwork-busy">
              {busy === "upload" ? "Uploading and checking…" : busy === "remove" ? "Removing…" : ""}
            </p>
          </>
        )}
        {error && (
          <p id={errorId} className="text-red-700" data-testid="artwork-error">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
