import { cachedStudioHealth } from "@/lib/health/cached-studio-health";
import type { PartHealth } from "@/lib/health/check-studio-health";

const PARTS: [key: "database" | "engine" | "worker", label: string][] = [
  ["database", "the database"],
  ["engine", "the pipeline engine"],
  ["worker", "the pipeline worker"],
];

/** Says, on every studio page, when the pipeline cannot run: episodes wait (nothing is lost) until it is back. */
export async function PipelineStatusBanner() {
  const health = await cachedStudioHealth();
  if (health.ok) return null;
  const down = PARTS.filter(([key]) => !(health[key] as PartHealth).ok).map(([, label]) => label);
  return (
    <div
      role="status"
      data-testid="pipeline-down"
      className="border-b border-amber-300 bg-amber-50 px-4 py-3 md:px-8 text-sm text-amber-900"
    >
      <strong className="font-semibold">The pipeline is down:</strong>{" "}
      {`${down.join(" and ")} ${down.length > 1 ? "are" : "is"} not answering.`} Episodes in progress wait and go on by
      themselves once it is back (<code>npm start</code> restarts it); new requests may fail until then.
    </div>
  );
}
