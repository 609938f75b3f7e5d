import { formatTime } from "@/components/episodes/audio/audio-timeline";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import type { FeedPreview } from "@/lib/publishing/get-feed-preview";
import { CopyButton } from "./copy-button";
import { FeedCheckList } from "./feed-check-list";

const EPISODE_TYPE = { FULL: null, TRAILER: "Trailer", BONUS: "Bonus" } as const;

/** The show's header, feed URL, feed check and published episodes with their chapters, newest first. */
export function FeedPreviewView({ preview, showPage }: { preview: FeedPreview; showPage: string }) {
  return (
    <div className="space-y-6" data-testid="feed-preview">
      <div className="flex flex-col gap-4 sm:flex-row">
        {preview.imageUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- the feed's own artwork URL, as an app loads it
          <img
            src={preview.imageUrl}
            alt={`${preview.name} artwork`}
            width={160}
            height={160}
            className="size-40 shrink-0 rounded-lg border border-slate-200 object-cover"
            data-testid="feed-preview-artwork"
          />
        ) : (
          <div className="flex size-40 shrink-0 items-center justify-center rounded-lg border border-dashed border-slate-300 text-xs text-slate-500">
            No artwork yet
          </div>
        )}
        <div className="min-w-0 space-y-1">
          <h2 className="text-xl font-semibold" data-testid="feed-preview-title">
            {preview.name}
          </h2>
          <p className="text-sm text-slate-700">{preview.author || "No author yet"}</p>
          <p className="text-xs text-slate-500">
            {preview.category ? [preview.category, preview.subcategory].filter(Boolean).join(" › ") : "No category yet"}
            {preview.explicit ? " · Explicit" : ""}
          </p>
          <p className="pt-2 text-sm whitespace-pre-line text-slate-800">{preview.description}</p>
        </div>
      </div>

      <div className="space-y-1">
        <h3 className="text-sm font-medium text-slate-800">Feed address</h3>
        {preview.feedUrl ? (
          <div className="flex flex-wrap items-center gap-2">
            <code className="rounded bg-slate-100 px-2 py-1 text-xs break-all" data-testid="feed-url">
              {preview.feedUrl}
            </code>
            <CopyButton text={preview.feedUrl} label="Copy feed address" />
          </div>
        ) : (
          <p className="text-sm text-slate-600">Set the show&apos;s public address to get a feed address.</p>
        )}
      </div>

      <FeedCheckList problems={preview.problems} showPage={showPage} />

      <section className="space-y-3">
        <h3 className="text-sm font-medium text-slate-800">Episodes</h3>
        {preview.episodes.length === 0 ? (
          <EmptyState title="Nothing published yet">
            Published episodes appear here, newest first, as they will in podcast apps.
          </EmptyState>
        ) : (
          <ol className="divide-y divide-slate-100" data-testid="feed-preview-episodes">
            {preview.episodes.map((e) => (
              <li key={e.id} className="py-3" data-testid="feed-preview-episode">
                <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <span className="font-medium">{e.title}</span>
                  {EPISODE_TYPE[e.episodeType] && <Badge tone="info">{EPISODE_TYPE[e.episodeType]}</Badge>}
                </div>
                <p className="text-xs text-slate-600">
                  {e.publishedAt.toLocaleDateString("en", { year: "numeric", month: "short", day: "numeric" })}
                  {" · "}
                  <span data-testid="feed-preview-duration">{formatTime(e.durationMs / 1000)}</span>
                  {e.seasonNumber !== null ? ` · Season ${e.seasonNumber}` : ""}
                  {e.episodeNumber !== null ? ` · Episode ${e.episodeNumber}` : ""}
                </p>
                {e.chapters && e.chapters.length > 0 ? (
                  <ol className="mt-2 space-y-0.5 text-xs text-slate-700" aria-label={`Chapters of ${e.title}`}>
                    {e.chapters.map((c) => (
                      <li key={`${c.startMs}-${c.title}`} className="flex gap-2" data-testid="feed-preview-chapter">
                        <span className="w-14 shrink-0 font-mono text-slate-500">{formatTime(c.startMs / 1000)}</span>
                        <span>{c.title}</span>
                      </li>
                    ))}
                  </ol>
                ) : (
                  <p className="mt-1 text-xs text-slate-500">No chapters.</p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
