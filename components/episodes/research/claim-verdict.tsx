"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { EffectiveVerdict } from "@/lib/domain/effective-verdict";
import { OVERRIDE_REASON_MAX, OVERRIDE_REASON_MIN } from "@/lib/domain/override-reason";
import { useResearchChange } from "./use-research-change";

export const VERDICT_TONES = {
  SUPPORTED: "success",
  UNSUPPORTED: "warning",
  CONTRADICTED: "danger",
  PENDING: "neutral",
} as const;
const CHOICES = ["SUPPORTED", "UNSUPPORTED", "CONTRADICTED"] as const;
const lower = (v: string) => v.toLowerCase();

export interface ClaimVerdictProps {
  episodeId: string;
  claimId: string;
  checker: keyof typeof VERDICT_TONES;
  effective: EffectiveVerdict;
  overriddenBy: string | null;
  /** The editor's override as stored (also when an excluded source outranks it). */
  override: { verdict: string; reason: string } | null;
  canOverride: boolean;
}

/**
 * A claim's verdict as it counts, with the checker's kept beside it ("Checker: unsupported · Overridden by Dana:
 * supported — 'the source says …'"), and, for an editor, the form to override it with a reason or take it back.
 */
export function ClaimVerdict(p: ClaimVerdictProps) {
  const change = useResearchChange(p.episodeId);
  const { busy, error, setError } = change;
  const [open, setOpen] = useState(false);
  const [verdict, setVerdict] = useState<(typeof CHOICES)[number]>(
    p.checker === "SUPPORTED" ? "UNSUPPORTED" : "SUPPORTED",
  );
  const [reason, setReason] = useState("");
  const url = `/api/episodes/${p.episodeId}/claims/${p.claimId}/verdict`;

  async function send(method: "POST" | "DELETE", body?: unknown) {
    if (!(await change.send(url, method, body))) return;
    setOpen(false);
    setReason("");
  }

  const trimmed = reason.trim().length;
  return (
    <div className="mt-2 space-y-1 text-xs" data-testid="claim-verdict">
      {p.effective.cause !== "checker" && (
        <p className="text-slate-600" data-testid="verdict-history">
          Checker: {lower(p.checker)}
          {p.effective.cause === "editor" ? (
            <>
              {" "}
              · Overridden by {p.overriddenBy ?? "a former editor"}: <strong>{lower(p.effective.verdict)}</strong> — “
              {p.effective.reason}”
            </>
          ) : (
            <>
              {" "}
              · Counted <strong>unsupported</strong>: {p.effective.reason}
            </>
          )}
        </p>
      )}
      {p.canOverride && p.checker !== "PENDING" && !open && (
        <div className="flex flex-wrap gap-2">
          <Button type="button" size="sm" variant="secondary" onClick={() => setOpen(true)}>
            Override verdict
          </Button>
          {p.override && (
            <Button type="button" size="sm" variant="secondary" disabled={busy} onClick={() => void send("DELETE")}>
              Revert to checker
            </Button>
          )}
        </div>
      )}
      {open && (
        <form
          className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-2"
          aria-label="Override verdict"
          onSubmit={(e) => {
            e.preventDefault();
            void send("POST", { verdict, reason });
          }}
        >
          <fieldset className="flex flex-wrap gap-3">
            <legend className="sr-only">Verdict</legend>
            {CHOICES.map((v) => (
              <label key={v} className="flex items-center gap-1">
                <input
                  type="radio"
                  name={`verdict-${p.claimId}`}
                  value={v}
                  checked={verdict === v}
                  onChange={() => setVerdict(v)}
                />
                {lower(v)}
              </label>
            ))}
          </fieldset>
          <label className="block">
            <span className="font-medium">Reason (what the source says)</span>
            <textarea
              className="field-sizing-content mt-1 min-h-16 w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
              value={reason}
              maxLength={OVERRIDE_REASON_MAX}
              onChange={(e) => {
                setReason(e.target.value);
                setError(null);
              }}
            />
          </label>
          <p className="text-slate-500">
            {trimmed < OVERRIDE_REASON_MIN
              ? `At least ${OVERRIDE_REASON_MIN} characters (${trimmed} so far).`
              : `${trimmed} of ${OVERRIDE_REASON_MAX.toLocaleString("en")} characters.`}
          </p>
          {error && (
            <p className="text-red-700" role="alert">
              {error}
            </p>
          )}
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={busy || trimmed < OVERRIDE_REASON_MIN}>
              Save override
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      {!open && error && (
        <p className="text-red-700" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function VerdictBadge({ verdict }: { verdict: keyof typeof VERDICT_TONES }) {
  return <Badge tone={VERDICT_TONES[verdict]}>{lower(verdict)}</Badge>;
}
