import "server-only";
import { db } from "@/lib/db";
import { pipelineAddresses } from "./pipeline-addresses";

/** One part's state; `checked: false` when it is not this server's to check (a hosted Inngest). */
export interface PartHealth {
  ok: boolean;
  checked: boolean;
  /** Why it is down, without addresses or errors' internals (the health route is public). */
  detail?: string;
}

export interface StudioHealth {
  ok: boolean;
  database: PartHealth;
  engine: PartHealth;
  worker: PartHealth;
}

const TIMEOUT_MS = 1_500;

async function answers(url: string): Promise<PartHealth> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), cache: "no-store" });
    await res.arrayBuffer();
    // Any answer short of a server error means the process is up and serving (the engine answers 404 on /).
    return res.status < 500
      ? { ok: true, checked: true }
      : { ok: false, checked: true, detail: `answers ${res.status}` };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return { ok: false, checked: true, detail: timedOut ? "not answering in time" : "not reachable" };
  }
}

async function databaseHealth(): Promise<PartHealth> {
  try {
    await Promise.race([
      db.$queryRaw`select 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS).unref()),
    ]);
    return { ok: true, checked: true };
  } catch {
    return { ok: false, checked: true, detail: "not reachable" };
  }
}

/** The database, the pipeline engine and the pipeline worker, checked at once (about a millisecond when all are up). */
export async function checkStudioHealth(env: Record<string, string | undefined> = process.env): Promise<StudioHealth> {
  const { engineUrl, workerUrl } = pipelineAddresses(env);
  const [database, engine, worker] = await Promise.all([
    databaseHealth(),
    engineUrl ? answers(engineUrl) : Promise.resolve<PartHealth>({ ok: true, checked: false }),
    answers(workerUrl),
  ]);
  return { ok: database.ok && engine.ok && worker.ok, database, engine, worker };
}
