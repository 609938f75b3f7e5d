"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { cancelEpisodeAction } from "@/lib/actions/episodes/cancel-episode";
import { retryEpisodeAction } from "@/lib/actions/episodes/retry-episode";

export function EpisodeActions({
  episodeId,
  canCancel,
  canRetry,
  onDone,
}: {
  episodeId: string;
  canCancel: boolean;
  canRetry: boolean;
  onDone: () => void;
}) {
  const cancel = useAction(cancelEpisodeAction, { onSuccess: onDone });
  const retry = useAction(retryEpisodeAction, { onSuccess: onDone });
  const error = cancel.result.serverError ?? retry.result.serverError;
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="flex items-center gap-2">
      {canRetry && (
        <Button size="sm" disabled={retry.isPending} onClick={() => retry.execute({ episodeId })}>
          Retry from the failed stage
        </Button>
      )}
      {canCancel && (
        <>
          <Button size="sm" variant="secondary" disabled={cancel.isPending} onClick={() => setConfirming(true)}>
            Cancel episode
          </Button>
          <ConfirmDialog
            open={confirming}
            onOpenChange={setConfirming}
            title="Cancel this episode?"
            confirmLabel="Cancel episode"
            cancelLabel="Keep producing"
            onConfirm={() => cancel.execute({ episodeId })}
          >
            The pipeline stops and the episode cannot be resumed. Everything produced so far is kept.
          </ConfirmDialog>
        </>
      )}
      {error && <span className="text-xs text-red-700">{error}</span>}
    </div>
  );
}
