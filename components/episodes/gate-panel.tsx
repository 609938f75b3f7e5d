"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { decideGateAction } from "@/lib/actions/episodes/decide-gate";
import { OVERRIDE_REASON_MAX, OVERRIDE_REASON_MIN } from "@/lib/domain/override-reason";
import { FinalGateEvidence } from "./final-gate-evidence";
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
  // Approving over a failing certification asks for the editor's reason first.
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState("");
  const mustOverride = gate.kind === "FINAL" && (episode.readiness?.blockers.length ?? 0) > 0;
  const reasonFits = reason.trim().length >= OVERRIDE_REASON_MIN && reason.trim().length <= OVERRIDE_REASON_MAX;
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
        {gate.kind === "FINAL" && <FinalGateEvidence episode={episode} />}
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
            {overriding && (
              <div className="space-y-1">
                <label htmlFor="gate-override-reason" className="block text-sm font-medium">
                  Why approve despite the blockers?
                </label>
                <textarea
                  id="gate-override-reason"
                  data-testid="override-reason"
                  rows={3}
                  maxLength={OVERRIDE_REASON_MAX}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
                  placeholder="Recorded in the certification and the audit log; the episode stays not certified."
                />
                <p className="text-xs text-slate-500">
                  {OVERRIDE_REASON_MIN} to {OVERRIDE_REASON_MAX.toLocaleString("en")} characters ({reason.trim().length}{" "}
                  so far).
                </p>
              </div>
            )}
            {(result.serverError || result.validationErrors) && (
              <p className="text-sm text-red-700" data-testid="gate-error">
                {result.serverError ??
                  (overriding
                    ? `Give a reason of ${OVERRIDE_REASON_MIN} to ${OVERRIDE_REASON_MAX.toLocaleString("en")} characters.`
                    : "Say what should change, so the writer can act on it.")}
              </p>
            )}
            <div className="flex gap-2">
              {overriding ? (
                <>
                  <Button
                    disabled={isPending || !reasonFits}
                    onClick={() =>
                      execute({
                        episodeId: episode.id,
                        gateId: gate.id,
                        decision: "APPROVED",
                        override: { reason },
                      })
                    }
                  >
                    Approve with override
                  </Button>
                  <Button variant="ghost" onClick={() => setOverriding(false)}>
                    Back
                  </Button>
                </>
              ) : !rejecting ? (
                <>
                  <Button
                    disabled={isPending}
                    onClick={() =>
                      mustOverride
                        ? setOverriding(true)
                        : execute({ episodeId: episode.id, gateId: gate.id, decision: "APPROVED" })
                    }
                  >
                    {mustOverride ? "Approve…" : "Approve"}
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
