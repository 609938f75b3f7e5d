import { Button } from "@/components/ui/button";

/** Says a saved change left the scores stale, with the way to recompute them. */
export function StaleScores({ message, busy, retry }: { message: string | null; busy: boolean; retry: () => void }) {
  if (!message) return null;
  return (
    <p className="text-amber-800" role="alert" data-testid="stale-scores">
      {message} —{" "}
      <Button type="button" size="sm" variant="ghost" disabled={busy} onClick={retry}>
        retry
      </Button>
    </p>
  );
}
