import { startEngine, type Engine } from "@/lib/engine";

/**
 * The offline engine for the studio, syncing the pipeline worker at `workerServeUrl`, unless the environment names a
 * real Inngest server (Dev Server, Cloud or self-hosted). Returns the engine (to close on exit) and the env the web
 * server and the worker need to reach it.
 */
export async function startPipelineEngine(
  databaseUrl: string,
  workerServeUrl: string,
  enginePort = Number(process.env.INNGEST_ENGINE_PORT ?? 8288),
): Promise<{ engine?: Engine; env: Record<string, string> }> {
  if (process.env.INNGEST_DEV || process.env.INNGEST_EVENT_KEY || process.env.INNGEST_BASE_URL) {
    console.log(`Pipeline engine: the Inngest server named by INNGEST_* variables; sync the worker's ${workerServeUrl} with it`);
    return { env: {} };
  }
  const engine = await startEngine({ databaseUrl, port: enginePort, appUrls: [workerServeUrl] });
  console.log(`Pipeline engine: offline engine on ${engine.url} (runs kept in PostgreSQL)`);
  return { engine, env: { INNGEST_DEV: engine.url } };
}
