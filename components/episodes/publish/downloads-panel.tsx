"use client";

import { useQuery } from "@tanstack/react-query";
import { Download } from "lucide-react";
import { TitledCard } from "@/components/ui/card";
import { formatBytes } from "@/lib/domain/source-limits";
import { fetchJson } from "@/lib/http/fetch-json";
import { TabState } from "../tabs/tab-state";

interface DownloadsJson {
  files: { name: string; label: string; size: number; url: string }[];
}

/** A byte count as people read it: bytes under a kilobyte (a short transcript), else KB or MB. */
const size = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : formatBytes(bytes));

/**
 * The Ready episode's files to download: the MP3, the transcript as WebVTT, SRT and plain text, the chapters as
 * JSON and the show notes as Markdown, each with its size. Every signed-in role may download.
 */
export function DownloadsPanel({ episodeId }: { episodeId: string }) {
  const { data, error, isPending } = useQuery({
    queryKey: ["episode", episodeId, "downloads"],
    queryFn: () => fetchJson<DownloadsJson>(`/api/episodes/${episodeId}/downloads`),
  });
  return (
    <TitledCard title="Downloads">
      <TabState loading={isPending} error={error} empty={false} emptyTitle="" emptyText="" />
      {data && (
        <ul className="divide-y divide-slate-100" data-testid="downloads-panel">
          {data.files.map((f) => (
            <li key={f.name} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span>
                <span className="font-medium text-slate-900">{f.label}</span>{" "}
                <span className="text-slate-500">
                  {f.name} · {size(f.size)}
                </span>
              </span>
              <a
                href={f.url}
                download
                data-testid={`download-${f.name}`}
                className="inline-flex items-center gap-1 rounded-md border border-slate-300 px-3 py-1 text-slate-900 hover:bg-slate-100"
              >
                <Download className="size-4" aria-hidden />
                Download<span className="sr-only"> {f.label}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </TitledCard>
  );
}
