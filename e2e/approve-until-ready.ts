import { expect, type APIRequestContext } from "@playwright/test";
import { WAIT } from "./waits";
import { E2E_OVERRIDE_REASON } from "./approve-final-gate";

interface EpisodeJson {
  id: string;
  status: string;
  pendingGate: { id: string; kind: string } | null;
  stages: { key: string; status: string; error: string | null }[];
}

/**
 * Approves every gate the episode reaches (as the editor, through the JSON API) until it is ready, or (`until`)
 * until it waits at the final gate, left undecided.
 */
export async function approveUntilReady(
  api: APIRequestContext,
  episodeId: string,
  until: "READY" | "AWAITING_FINAL_APPROVAL" = "READY",
): Promise<void> {
  const decided = new Set<string>();
  const deadline = Date.now() + WAIT.pipeline;
  while (Date.now() < deadline) {
    const res = await api.get(`/api/episodes/${episodeId}`);
    expect(res.status()).toBe(200);
    const { episode } = (await res.json()) as { episode: EpisodeJson };
    if (episode.status === until) return;
    if (episode.status === "NEEDS_ATTENTION" || episode.status === "CANCELLED") {
      const failed = episode.stages.filter((s) => s.error).map((s) => `${s.key}: ${s.error}`);
      throw new Error(`The episode stopped as ${episode.status}. ${failed.join("; ")}`);
    }
    const gate = episode.pendingGate;
    if (gate && !decided.has(gate.id)) {
      const decision = await api.post(`/api/episodes/${episodeId}/gates/${gate.id}`, {
        // Offline runs often fail certification: approving over it needs a reason (ignored when nothing fails).
        data: { decision: "APPROVED", ...(gate.kind === "FINAL" && { override: { reason: E2E_OVERRIDE_REASON } }) },
      });
      expect(decision.status(), `approving the ${gate.kind} gate`).toBe(200);
      decided.add(gate.id);
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`The episode did not reach ${until} within ${WAIT.pipeline / 60_000} minutes.`);
}
