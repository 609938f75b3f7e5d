import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { newSigningKey } from "@/lib/engine/signing";
import { freePort } from "@/scripts/lib/free-port";

describe("the pipeline worker at start", () => {
  it(
    "refuses a configured hosted model with no price, naming the variable, before it serves anything",
    { timeout: 60_000 },
    async () => {
      const { db, url } = await freshDatabase();
      await seedDemoWorkspace(db, {
        PRODUCER: "producer-password",
        EDITOR: "editor-password",
        ADMIN: "admin-password",
      });
      await db.$disconnect();
      const env = {
        ...process.env,
        DATABASE_URL: url,
        SHOWRUNNER_WORKER_PORT: String(await freePort()),
        INNGEST_SIGNING_KEY: newSigningKey(), // without one the worker stops before it checks prices
        LLM_PROVIDER: "anthropic",
        ANTHROPIC_API_KEY: "sk-ant-test",
        ANTHROPIC_BASE_URL: "http://127.0.0.1:1/v1", // never asked: prices are checked before anything is called
        LLM_MODEL_SCRIPT_WRITER: "claude-unpriced",
      };
      const worker = spawn(process.execPath, ["--import", "tsx", "worker/pipeline-worker.ts"], {
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      worker.stdout.on("data", (c: Buffer) => (output += c.toString()));
      worker.stderr.on("data", (c: Buffer) => (output += c.toString()));
      const [code] = await once(worker, "exit");
      expect(code).toBe(1);
      expect(output).toContain(
        "Pipeline worker: The configured providers are not ready, so nothing was spent: LLM_MODEL_SCRIPT_WRITER=claude-unpriced has no price in the price table " +
          "(anthropic claude-unpriced per input_token, anthropic claude-unpriced per output_token): add one in Admin → Prices or choose a priced model",
      );
      expect(output).not.toContain("functions served");
    },
  );
});
