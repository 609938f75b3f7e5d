"use client";

import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Pause, Play, RefreshCw } from "lucide-react";
import type WaveSurfer from "wavesurfer.js";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import type { WaveformPeaks } from "@/lib/domain/waveform-peaks";
import {
  activeLineIndex,
  formatTime,
  segmentRegions,
  speakerColors,
  spokenTime,
  withAlpha,
  type TimelineLine,
} from "./audio-timeline";
import { layoutRegionLabels } from "./region-label-layout";

export interface PlayerAudio {
  id: string;
  url: string;
  durationSec: number;
  peaks: WaveformPeaks | null;
  timeline: TimelineLine[];
}

const SPEEDS = [0.75, 1, 1.25, 1.5, 2] as const;
const KEY_STEP_S = 5;
/** A segment label's height (11px text with its padding) and the gap below it: the second row's offset. */
const LABEL_ROW_PX = 20;

/**
 * The master on a wavesurfer.js waveform drawn from the stored peaks (the browser never decodes the whole file: the
 * <audio> element streams it with Range requests), one region per script segment, and the transcript following the
 * playhead.
 */
export function AudioPlayer({
  audio,
  onRegenerate,
  regenerating = null,
}: {
  audio: PlayerAudio;
  /** Offered per line when given: synthesise that line afresh and re-master. */
  onRegenerate?: (line: number) => void;
  /** The line being regenerated, if any. */
  regenerating?: number | null;
}) {
  const containerRef = useRef<HTMLDivElement>(null);
  const wsRef = useRef<WaveSurfer | null>(null);
  const [ready, setReady] = useState(false);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(audio.peaks?.duration ?? audio.durationSec);
  const [speed, setSpeed] = useState(1);
  const [error, setError] = useState<string | null>(null);

  const lines = audio.timeline;
  const colors = useMemo(() => speakerColors(lines), [lines]);
  const regions = useMemo(() => segmentRegions(lines), [lines]);
  const speedRef = useRef(1);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let disposed = false;
    let ws: WaveSurfer | null = null;
    setReady(false);
    setPlaying(false);
    setTime(0);
    setError(null);

    void (async () => {
      try {
        // wavesurfer touches window and document: load it in the browser only.
        const [{ default: WaveSurferLib }, { default: RegionsPlugin }] = await Promise.all([
          import("wavesurfer.js"),
          import("wavesurfer.js/dist/plugins/regions.esm.js"),
        ]);
        if (disposed) return;
        const regionsPlugin = RegionsPlugin.create();
        const totalDuration = audio.peaks?.duration ?? audio.durationSec;
        ws = WaveSurferLib.create({
          container,
          height: 112,
          url: audio.url,
          // Stored peaks and duration: drawn at once, no fetch-and-decode of the whole file.
          ...(audio.peaks ? { peaks: audio.peaks.peaks, duration: totalDuration } : { duration: totalDuration }),
          waveColor: "#94a3b8",
          progressColor: "#1f57d1",
          cursorColor: "#0f172a",
          cursorWidth: 2,
          normalize: true,
          dragToSeek: true,
          audioRate: speedRef.current,
          plugins: [regionsPlugin],
        });
        wsRef.current = ws;
        ws.on("ready", (d) => {
          setDuration(d || totalDuration);
          setReady(true);
        });
        ws.on("timeupdate", (t) => setTime(t));
        ws.on("interaction", (t) => setTime(t));
        ws.on("seeking", (t) => setTime(t));
        ws.on("play", () => setPlaying(true));
        ws.on("pause", () => setPlaying(false));
        ws.on("finish", () => setPlaying(false));
        ws.on("error", (e) => setError(e instanceof Error ? e.message : String(e)));
        // Regions added before the waveform knows its duration are clamped to 0, so they are added once it is ready.
        const labels: HTMLElement[] = [];
        // Labels of short neighbouring segments would overlap: each goes on a free row or is hidden (its region keeps
        // it as a tooltip). Laid out again when the waveform is redrawn at a new width.
        const placeLabels = () => {
          const placed = layoutRegionLabels(regions, {
            width: container.clientWidth,
            duration: ws?.getDuration() ?? 0,
          });
          labels.forEach((el, i) => {
            const row = placed[i]?.row ?? null;
            el.style.display = row === null ? "none" : "";
            el.style.marginTop = `${2 + (row ?? 0) * LABEL_ROW_PX}px`;
          });
        };
        const addRegions = () => {
          regionsPlugin.clearRegions();
          labels.length = 0;
          for (const r of regions) {
            const color = colors.get(r.lead) ?? "#64748b";
            const region = regionsPlugin.addRegion({
              id: `segment-${r.segment}`,
              start: r.start,
              end: Math.max(r.end, r.start + 0.01),
              color: withAlpha(color, 0.12),
              content: r.label,
              drag: false,
              resize: false,
            });
            if (region.element) {
              region.element.style.borderLeft = `2px solid ${withAlpha(color, 0.8)}`;
              region.element.style.cursor = "pointer";
              region.element.title = `Segment ${r.label}`;
            }
            const content = region.getContent(true);
            if (content instanceof HTMLElement) {
              Object.assign(content.style, {
                fontSize: "11px",
                color: "#1e293b",
                background: "rgba(255, 255, 255, 0.85)",
                borderRadius: "3px",
                margin: "2px",
                whiteSpace: "nowrap",
                pointerEvents: "none",
              });
              content.dataset.testid = "segment-label";
              labels.push(content);
            }
          }
          placeLabels();
        };
        ws.once("ready", addRegions);
        ws.on("redrawcomplete", placeLabels);
      } catch (e) {
        if (!disposed) setError(e instanceof Error ? e.message : String(e));
      }
    })();

    return () => {
      disposed = true;
      ws?.destroy();
      wsRef.current = null;
    };
    // A new master (new id) rebuilds the player; the same master keeps playing across refetches.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [audio.id]);

  const seek = useCallback(
    (t: number) => {
      const ws = wsRef.current;
      if (!ws) return;
      const clamped = Math.min(Math.max(0, t), duration);
      ws.setTime(clamped);
      setTime(clamped);
    },
    [duration],
  );

  const togglePlay = useCallback(() => {
    void wsRef.current?.playPause().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  /** Plays one line's stretch of the master, stopping at its end. */
  const playLine = useCallback((line: TimelineLine) => {
    void wsRef.current
      ?.play(line.start, line.end)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  const changeSpeed = (rate: number) => {
    setSpeed(rate);
    speedRef.current = rate;
    wsRef.current?.setPlaybackRate(rate, true);
  };

  const onWaveKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const ws = wsRef.current;
    if (!ws) return;
    const now = ws.getCurrentTime();
    const moves: Record<string, number> = {
      ArrowLeft: now - KEY_STEP_S,
      ArrowRight: now + KEY_STEP_S,
      Home: 0,
      End: duration,
      PageDown: now - 30,
      PageUp: now + 30,
    };
    if (e.key in moves) {
      e.preventDefault();
      seek(moves[e.key]!);
    } else if (e.key === " " || e.key === "Enter") {
      e.preventDefault();
      togglePlay();
    }
  };

  const active = activeLineIndex(lines, time);

  return (
    <section aria-labelledby="player-heading" className="space-y-3">
      <h3 id="player-heading" className="sr-only">
        Player
      </h3>
      <div
        ref={containerRef}
        data-testid="audio-waveform"
        data-ready={ready ? "true" : "false"}
        role="slider"
        tabIndex={0}
        aria-label="Waveform: Left and Right arrows seek 5 seconds, Space plays or pauses"
        aria-valuemin={0}
        aria-valuemax={Math.round(duration)}
        aria-valuenow={Math.round(time)}
        aria-valuetext={`${spokenTime(time)} of ${spokenTime(duration)}`}
        onKeyDown={onWaveKey}
        className="min-h-[112px] cursor-pointer rounded-md border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      />
      {error && (
        <p role="alert" className="text-sm text-red-700">
          The audio could not be played: {error}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          onClick={togglePlay}
          disabled={!ready}
          className="w-24 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          {playing ? <Pause className="size-4" aria-hidden /> : <Play className="size-4" aria-hidden />}
          {playing ? "Pause" : "Play"}
        </Button>
        <p className="text-sm tabular-nums text-slate-700" aria-live={playing ? "off" : "polite"} aria-atomic="true">
          <span data-testid="audio-current-time" data-seconds={time.toFixed(2)}>
            {formatTime(time)}
          </span>
          <span aria-hidden> / </span>
          <span className="sr-only"> of </span>
          <span data-testid="audio-duration" data-seconds={duration.toFixed(2)}>
            {formatTime(duration)}
          </span>
        </p>
        <label className="flex min-w-40 flex-1 items-center gap-2 text-sm text-slate-600">
          <span className="sr-only">Seek</span>
          <input
            type="range"
            min={0}
            max={duration || 0}
            step={0.1}
            value={Math.min(time, duration)}
            disabled={!ready}
            onChange={(e) => seek(Number(e.target.value))}
            onKeyDown={(e) => {
              // Arrows move 5 s, as on the waveform (the native step is a tenth of a second).
              if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
              e.preventDefault();
              seek(time + (e.key === "ArrowRight" ? KEY_STEP_S : -KEY_STEP_S));
            }}
            aria-valuetext={`${spokenTime(time)} of ${spokenTime(duration)}`}
            className="h-10 w-full accent-brand-600 md:h-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          />
        </label>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          Speed
          <select
            value={speed}
            onChange={(e) => changeSpeed(Number(e.target.value))}
            className="h-10 rounded-md border border-slate-300 bg-white px-2 text-sm md:h-8 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
      </div>
      {colors.size > 0 && (
        <ul className="flex flex-wrap gap-3 text-xs text-slate-600" aria-label="Speakers">
          {[...colors].map(([speaker, color]) => (
            <li key={speaker} className="flex items-center gap-1.5">
              <span className="inline-block size-3 rounded-sm" style={{ backgroundColor: color }} aria-hidden />
              {speaker}
            </li>
          ))}
          <li className="text-slate-500">Shaded regions are script segments, tinted by the speaker who talks most.</li>
        </ul>
      )}
      <Transcript
        lines={lines}
        active={active}
        colors={colors}
        onSeek={seek}
        onPlayLine={ready ? playLine : undefined}
        onRegenerate={onRegenerate}
        regenerating={regenerating}
      />
    </section>
  );
}

/** The transcript, its line under the playhead highlighted and kept in view; clicking a line seeks to it. */
const Transcript = memo(function Transcript({
  lines,
  active,
  colors,
  onSeek,
  onPlayLine,
  onRegenerate,
  regenerating,
}: {
  lines: TimelineLine[];
  active: number;
  colors: Map<string, string>;
  onSeek: (t: number) => void;
  onPlayLine?: (line: TimelineLine) => void;
  onRegenerate?: (line: number) => void;
  regenerating: number | null;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const list = listRef.current;
    const item = active >= 0 ? list?.children[active] : undefined;
    if (!list || !(item instanceof HTMLElement)) return;
    // Scroll the list only, never the page, keeping the line near the middle (the list is the items' offsetParent).
    const top = item.offsetTop - list.clientHeight / 2 + item.clientHeight / 2;
    list.scrollTo({ top: Math.max(0, top), behavior: "smooth" });
  }, [active]);

  if (lines.length === 0)
    return <p className="text-sm text-slate-500">No transcript timeline is stored for this audio.</p>;
  return (
    <section aria-labelledby="transcript-heading">
      <h3 id="transcript-heading" className="mb-2 font-semibold">
        Transcript
      </h3>
      <ol
        ref={listRef}
        data-testid="audio-transcript"
        className="relative max-h-80 space-y-1 overflow-y-auto rounded-md border border-slate-200 bg-white p-2"
      >
        {lines.map((l, i) => (
          <li
            key={l.line}
            aria-current={i === active ? "true" : undefined}
            data-start={l.start}
            data-testid={`transcript-line-${l.line}`}
            className="flex items-start gap-1"
          >
            <button
              type="button"
              onClick={() => onSeek(l.start)}
              className={cn(
                // At least 40 px tall on a phone, where the line is tapped to seek.
                "flex min-h-10 w-full min-w-0 flex-wrap gap-x-3 gap-y-0.5 rounded px-2 py-2 text-left text-sm hover:bg-slate-50 md:min-h-0 md:py-1 focus-visible:outline-2 focus-visible:outline-brand-600",
                i === active && "bg-brand-50 ring-1 ring-brand-500/40",
              )}
            >
              <span className="w-12 shrink-0 tabular-nums text-slate-500">{formatTime(l.start)}</span>
              <span className="shrink-0 font-medium sm:w-20" style={{ color: colors.get(l.speaker) }}>
                {l.speaker}
              </span>
              {/* Under the time and speaker on a phone, beside them from sm up. */}
              <span className="min-w-0 basis-full text-slate-800 sm:flex-1 sm:basis-0">{l.text}</span>
            </button>
            <button
              type="button"
              onClick={() => onPlayLine?.(l)}
              disabled={!onPlayLine}
              aria-label={`Play line ${l.line} on its own`}
              title="Play this line"
              data-testid={`play-line-${l.line}`}
              className="flex size-10 shrink-0 items-center justify-center rounded text-slate-600 hover:bg-slate-100 disabled:opacity-40 md:size-8 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              <Play className="size-4" aria-hidden />
            </button>
            {onRegenerate && (
              <button
                type="button"
                onClick={() => onRegenerate(l.line)}
                disabled={regenerating !== null}
                aria-label={`Regenerate line ${l.line}`}
                title="Regenerate this line (synthesise it again and re-master the episode)"
                data-testid={`regenerate-line-${l.line}`}
                className="flex size-10 shrink-0 items-center justify-center rounded text-slate-600 hover:bg-slate-100 disabled:opacity-40 md:size-8 focus-visible:outline-2 focus-visible:outline-brand-600"
              >
                <RefreshCw className={cn("size-4", regenerating === l.line && "animate-spin")} aria-hidden />
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
});
