/**
 * The offline Inngest engine on its own: `tsx server/engine.ts`.
 * DATABASE_URL (required), INNGEST_ENGINE_PORT (default 8288), INNGEST_ENGINE_HOST (default 127.0.0.1),
 * INNGEST_ENGINE_APP_URLS (comma-separated serve URLs to sync on start, e.g. http://127.0.0.1:3001/api/inngest, the
 * pipeline worker) and its keys, INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY (else generated once into the data folder).
 * Point the app at it with INNGEST_BASE_URL=http://127.0.0.1:8288 and the same two keys. `npm start` runs it as a
 * process of its own and restarts it if it dies. See docs/engine.md.
 */
import { startEngine } from "@/lib/engine";
import { engineKeys } from "./engine-keys";

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: the engine keeps its runs in PostgreSQL.");
  const appUrls = (process.env.INNGEST_ENGINE_APP_URLS ?? "")
    .split(",")
    .map((u) => u.trim())
    .filter(Boolean);
  const engine = await startEngine({
    databaseUrl,
    ...engineKeys(),
    port: Number(process.env.INNGEST_ENGINE_PORT ?? 8288),
    host: process.env.INNGEST_ENGINE_HOST ?? "127.0.0.1",
    appUrls,
  });
  console.log(
    `Inngest engine (offline) listening on ${engine.url}${appUrls.length ? `, syncing ${appUrls.join(", ")}` : ""}`,
  );
  process.send?.("listening"); // to npm start (scripts/start.ts), when it started this process

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("Inngest engine: finishing requests in flight…");
    await engine.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
