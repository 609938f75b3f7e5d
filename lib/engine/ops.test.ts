import { describe, expect, it } from "vitest";
import { parseOps, planOps } from "./ops";

const now = new Date("2030-01-01T00:00:00Z");
const plan = (ops: unknown[], attempt = 0, maxAttempts = 4) => planOps(parseOps(ops)!, { attempt, maxAttempts, now });

describe("planOps", () => {
  it("memoizes a step that ran, and retries a StepError until the last attempt", () => {
    const run = { id: "h1", op: "StepRun", name: "a", displayName: "a", data: { x: 1 }, userland: { id: "a" } };
    expect(plan([run])).toEqual({
      actions: [{ kind: "record", step: { stepId: "h1", name: "a", op: "StepRun" }, outcome: { data: { x: 1 } } }],
    });
    const error = { id: "h1", op: "StepError", userland: { id: "a" }, error: { name: "Error", message: "nope" } };
    expect(plan([error], 2, 4)).toEqual({ actions: [{ kind: "retry" }] });
    expect(plan([error], 3, 4)).toMatchObject({
      actions: [{ kind: "record", outcome: { error: { message: "nope" } } }],
    });
  });

  it("reads sleeps, waits and invokes as the SDK sends them", () => {
    expect(
      plan([
        { id: "s", op: "Sleep", name: "1h30m", userland: { id: "nap" } },
        {
          id: "w",
          op: "WaitForEvent",
          name: "approval/decided",
          opts: { timeout: "7d", if: "event.data.id == async.data.id" },
        },
        {
          id: "i",
          op: "InvokeFunction",
          opts: { function_id: "app-child", payload: { data: { n: 1 } }, timeout: "1m" },
        },
      ]),
    ).toEqual({
      actions: [
        { kind: "sleep", step: { stepId: "s", name: "nap", op: "Sleep" }, until: new Date("2030-01-01T01:30:00Z") },
        {
          kind: "wait-event",
          step: { stepId: "w", name: "approval/decided", op: "WaitForEvent" },
          event: "approval/decided",
          expression: "event.data.id == async.data.id",
          expiresAt: new Date("2030-01-08T00:00:00Z"),
        },
        {
          kind: "invoke",
          step: { stepId: "i", name: null, op: "InvokeFunction" },
          functionId: "app-child",
          payload: { data: { n: 1 } },
          expiresAt: new Date("2030-01-01T00:01:00Z"),
        },
      ],
    });
  });

  it("fails the step, not the run, on an invalid waitForEvent expression", () => {
    const op = {
      id: "w",
      op: "WaitForEvent",
      name: "e",
      opts: { timeout: "1m", if: "event.data ==" },
      userland: { id: "gate" },
    };
    expect(plan([op])).toMatchObject({
      actions: [
        {
          kind: "record",
          outcome: { error: { message: expect.stringContaining('waitForEvent "gate" has an invalid') } },
        },
      ],
    });
  });

  it("refuses ops it does not implement, naming the step and the feature", () => {
    expect(plan([{ id: "x", op: "AIGateway", userland: { id: "summarise" } }])).toEqual({
      refusal: 'step "summarise" uses AIGateway (step.ai.infer()), which the offline engine does not implement',
    });
    expect(plan([{ id: "x", op: "RunComplete", data: 1 }])).toEqual({
      refusal: 'step "x" uses RunComplete (checkpointing), which the offline engine does not implement',
    });
    expect(plan([{ id: "x", op: "StepPlanned", opts: { parallelMode: "race" }, userland: { id: "fast" } }])).toEqual({
      refusal: 'step "fast" runs in group.parallel race mode, which the offline engine does not implement',
    });
    expect(plan([{ id: "x", op: "Sleep", name: "whenever" }])).toMatchObject({
      refusal: expect.stringContaining("malformed Sleep op"),
    });
  });

  it("rejects a reply that is not a list of ops", () => {
    expect(parseOps([])).toBeUndefined();
    expect(parseOps({ op: "StepRun" })).toBeUndefined();
  });
});
