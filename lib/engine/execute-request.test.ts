import { describe, expect, it } from "vitest";
import { interpret } from "./execute-request";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  interpret({ status, headers, body: JSON.stringify(body) });

describe("interpret", () => {
  it("reads a finished function, step ops, and errors with their retry headers", () => {
    expect(json(200, { ok: true })).toEqual({ kind: "done", data: { ok: true } });
    expect(json(206, [{ id: "h", op: "StepRun", data: 1 }], { "retry-after": "2" })).toMatchObject({
      kind: "ops",
      ops: [{ id: "h", op: "StepRun", data: 1 }],
      retryAfter: "2",
    });
    expect(
      json(500, { name: "Error", message: "boom" }, { "x-inngest-no-retry": "false", "retry-after": "5" }),
    ).toEqual({
      kind: "error",
      error: { name: "Error", message: "boom" },
      retriable: true,
      retryAfter: "5",
    });
    expect(json(400, { name: "NonRetriableError", message: "bad" }, { "x-inngest-no-retry": "true" })).toMatchObject({
      retriable: false,
    });
  });

  it("refuses the deprecated execution version 1 (optimizeParallelism: false)", () => {
    expect(json(206, [{ id: "h", op: "StepRun", data: 1 }], { "x-inngest-req-version": "1" })).toMatchObject({
      kind: "error",
      retriable: false,
      error: { message: expect.stringContaining("optimizeParallelism: false") },
    });
  });

  it("unwraps a streamed reply", () => {
    const ops = [{ id: "h", op: "StepRun", data: 2 }];
    const inner = { status: 206, headers: { "Content-Type": "application/json" }, body: JSON.stringify(ops) };
    expect(interpret({ status: 201, headers: {}, body: `   ${JSON.stringify(inner)}` })).toMatchObject({
      kind: "ops",
      ops: [{ op: "StepRun", data: 2 }],
    });
  });

  it("tells an app that is not there from one that failed", () => {
    expect(interpret({ status: 502, headers: {}, body: "Bad gateway" })).toEqual({
      kind: "unreachable",
      error: { name: "Error", message: "The app answered HTTP 502: Bad gateway" },
    });
    expect(interpret({ status: 404, headers: {}, body: "Not found" })).toEqual({
      kind: "error",
      retriable: true,
      error: { name: "Error", message: "The app answered HTTP 404: Not found" },
    });
    expect(interpret({ status: 401, headers: {}, body: '{"message":"Unauthorized"}' })).toMatchObject({
      retriable: true,
      error: { message: expect.stringContaining("same INNGEST_SIGNING_KEY") },
    });
  });
});
