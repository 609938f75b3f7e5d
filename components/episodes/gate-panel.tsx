"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { decideGateAction } from "@/lib/actions/episodes/decide-gate";
import type { EpisodeDetailJson } from "./types";
import { OpenLineCommentsNote } from "./script/open-line-comments-note";

export function GatePanel({
  episode,
  gate,
  canDecide,
  onDone,
}: {
  episode: EpisodeDetailJson;
  gate: NonNullable<EpisodeDetailJson["pendingGate"]>;
  canDecide: boolean;
  onDone: () => void;
}) {
  const [comment, setComment] = useState("");
  const [rejecting, setRejecting] = useState(false);
  const { execute, isPending, result } = useAction(decideGateAction, { onSuccess: onDone });
  const script = episode.latestScript;
  const title = gate.kind === "SCRIPT" ? "Script approval" : "Final approval";

  return (
    <Card className="border-amber-300" data-testid="gate-panel">
      <CardHeader className="flex items-center justify-between">
        <h2 className="font-semibold">
          {title} <span className="text-sm font-normal text-slate-500">· round {gate.iteration}</span>
        </h2>
        <span className="text-xs text-slate-500">waiting since {new Date(gate.createdAt).toLocaleString("en")}</span>
      </CardHeader>
      <CardBody className="space-y-4">
        {script && (
          <details open={gate.kind === "SCRIPT"} className="rounded-md bg-slate-50 p-3 text-sm">
            <summary className="cursor-pointer font-medium">
              Script v{script.version}{" "}
              {script.note && <span className="font-normal text-slate-500">— {script.note}</span>}
            </summary>
            <div className="mt-3 space-y-3" data-testid="script-preview">
              {script.segments.map((seg, i) => (
                <section key={i}>
                  <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{seg.title}</h3>
                  {seg.lines.map((line, j) => (
                    <p key={j}>
                      <span className="font-semibold">{line.speaker}:</span> {line.text}
                    </p>
                  ))}
                </section>
              ))}
            </div>
          </details>
        )}
        {gate.kind === "SCRIPT" && <OpenLineCommentsNote episodeId={episode.id} status={episode.status} />}
        {canDecide ? (
          <div className="space-y-3">
            {rejecting && (
              <div className="space-y-1">
                <label htmlFor="gate-comment" className="block text-sm font-medium">
                  What should change?
                </label>
                <textarea
                  id="gate-comment"
                  rows={3}
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                  className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
                  placeholder="The writer revises the latest version by this; it is never read on air."
                />
              </div>
            )}
            {(result.serverError || result.validationErrors) && (
              <p className="text-sm text-red-700">
                {result.serverError ?? "Say what should change, so the writer can act on it."}
              </p>
            )}
            <div className="flex gap-2">
              {!rejecting ? (
                <>
                  <Button
                    disabled={isPending}
                    onClick={() => execute({ episodeId: episode.id, gateId: gate.id, decision: "APPROVED" })}
                  >
                    Approve
                  </Button>
                  <Button variant="secondary" disabled={isPending} onClick={() => setRejecting(true)}>
                    Reject…
                  </Button>
                </>
              ) : (
                <>
                  <Button
                    variant="danger"
                    disabled={isPending}
                    onClick={() => execute({ episodeId: episode.id, gateId: gate.id, decision: "REJECTED", comment })}
                  >
                    Reject with comment
                  </Button>
                  <Button variant="ghost" onClick={() => setRejecting(false)}>
                    Back
                  </Button>
                </>
              )}
            </div>
          </div>
        ) : (
          <p className="text-sm text-slate-600">Waiting for an editor to decide.</p>
        )}
      </CardBody>
    </Card>
  );
}
