import http from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest } from "inngest";
import { serve } from "inngest/node";
import { afterAll, describe, expect, it } from "vitest";
import { newEventKey, newSigningKey, signatureHeader } from "@/lib/engine/signing";
import { stripErrorStacks } from "./strip-error-stacks";

const signingKey = newSigningKey();
const quiet = { info() {}, warn() {}, error() {}, debug() {} };
const servers: http.Server[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

/** An app whose step and function both fail, served by the SDK with `env`'s middleware; returns its serve URL. */
async function failingApp(env: Record<string, string>): Promise<string> {
  const client = new Inngest({
    id: "stacks",
    isDev: false,
    baseUrl: "http://127.0.0.1:9",
    signingKey,
    eventKey: newEventKey(),
    middleware: stripErrorStacks(env),
    logger: quiet,
  });
  const functions = [
    client.createFunction({ id: "step-fails", retries: 0, triggers: [{ event: "test/x" }] }, async ({ step }) => {
      await step.run("fails", () => {
        throw new Error("step broke", { cause: new Error("deeper") });
      });
    }),
    client.createFunction({ id: "fn-fails", retries: 0, triggers: [{ event: "test/x" }] }, async () => {
      throw new TypeError("function broke");
    }),
  ];
  const server = http.createServer(serve({ client, functions }));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/inngest`;
}

async function call(url: string, fnId: string) {
  const event = { name: "test/x", data: {} };
  const body = JSON.stringify({
    event,
    events: [event],
    steps: {},
    ctx: {
      run_id: "r1",
      attempt: 0,
      max_attempts: 1,
      disable_immediate_execution: false,
      use_api: false,
      stack: { stack: [], current: 0 },
    },
  });
  const response = await fetch(`${url}?fnId=stacks-${fnId}&stepId=step`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-inngest-signature": signatureHeader(body, signingKey) },
    body,
  });
  return { status: response.status, text: await response.text() };
}

describe("stripErrorStacks", () => {
  it("outside development, a failing step or function replies with name and message, no stack or file path", async () => {
    const url = await failingApp({ NODE_ENV: "production" });
    const step = await call(url, "step-fails");
    expect(step.status).toBe(206);
    const [op] = JSON.parse(step.text) as {
      error: { name: string; message: string; stack: string; cause: { message: string; stack: string } };
    }[];
    expect(op!.error).toMatchObject({
      name: "Error",
      message: "step broke",
      stack: "",
      cause: { message: "deeper", stack: "" },
    });
    const fn = await call(url, "fn-fails");
    expect(fn.status).toBe(400);
    expect(JSON.parse(fn.text)).toMatchObject({ name: "TypeError", message: "function broke", stack: "" });
    for (const text of [step.text, fn.text]) expect(text).not.toMatch(/\.ts:\d+|node_modules|\n\s+at /);
  });

  it("keeps stacks in development", async () => {
    const url = await failingApp({ NODE_ENV: "development" });
    expect((await call(url, "step-fails")).text).toMatch(/strip-error-stacks\.test\.ts/);
  });
});
