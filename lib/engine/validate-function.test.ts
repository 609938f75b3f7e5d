import { Inngest, type InngestFunction } from "inngest";
import { describe, expect, it } from "vitest";
import { validateFunction, validateRegistration } from "./validate-function";

const client = new Inngest({ id: "app", isDev: true });
const serveUrl = new URL("http://127.0.0.1:3000/api/inngest");

/** The config objects the real SDK sends at sync for this function (onFailure adds a second one). */
function configs(fn: InngestFunction.Any): unknown[] {
  return fn["getConfig"]({ baseUrl: serveUrl, appPrefix: client.id });
}

const noop = async () => null;

describe("validateFunction", () => {
  it("accepts what the engine implements and normalises it", () => {
    const fn = client.createFunction(
      {
        id: "produce",
        retries: 5,
        concurrency: [{ limit: 2 }, { limit: 1, key: "event.data.showId", scope: "account" }],
        cancelOn: [{ event: "episode/cancelled", match: "data.episodeId" }],
        triggers: [{ event: "episode/requested", if: "event.data.priority > 1" }],
        onFailure: noop,
      },
      noop,
    );
    const [main, failure] = configs(fn).map(validateFunction);
    expect(main).toEqual({
      errors: [],
      definition: {
        id: "app-produce",
        name: "produce",
        url: "http://127.0.0.1:3000/api/inngest?fnId=app-produce&stepId=step",
        triggers: [{ event: "episode/requested", expression: "event.data.priority > 1" }],
        maxAttempts: 6,
        concurrency: [
          { limit: 2, scope: "fn" },
          { limit: 1, key: "event.data.showId", scope: "account" },
        ],
        cancel: [{ event: "episode/cancelled", if: "event.data.episodeId == async.data.episodeId" }],
      },
    });
    expect(failure?.definition).toMatchObject({
      id: "app-produce-failure",
      triggers: [{ event: "inngest/function.failed", expression: "event.data.function_id == 'app-produce'" }],
      maxAttempts: 2,
    });
  });

  it("defaults to 4 attempts and reads a bare concurrency number", () => {
    const [config] = configs(client.createFunction({ id: "plain", concurrency: 3, triggers: [{ event: "x" }] }, noop));
    expect(validateFunction(config).definition).toMatchObject({
      maxAttempts: 4,
      concurrency: [{ limit: 3, scope: "fn" }],
    });
  });

  it.each([
    ["throttle", { throttle: { limit: 1, period: "1s" } }],
    ["debounce", { debounce: { period: "5s" } }],
    ["rateLimit", { rateLimit: { limit: 1, period: "1h" } }],
    ["batchEvents", { batchEvents: { maxSize: 10, timeout: "5s" } }],
    ["priority", { priority: { run: "event.data.p" } }],
    ["idempotency", { idempotency: "event.data.id" }],
    ["singleton", { singleton: { key: "event.data.id", mode: "skip" } }],
    ["timeouts", { timeouts: { finish: "1h" } }],
  ])("refuses %s, naming the function and the option", (option, opts) => {
    const [config] = configs(
      client.createFunction({ id: "fancy", ...opts, triggers: [{ event: "x" }] } as never, noop),
    );
    expect(validateFunction(config).errors).toEqual([
      `function "app-fancy" uses "${option}", which the offline engine does not implement`,
    ]);
  });

  it("refuses cron triggers, unknown keys and invalid expressions", () => {
    const [cron] = configs(client.createFunction({ id: "nightly", triggers: [{ cron: "0 3 * * *" }] }, noop));
    expect(validateFunction(cron).errors).toEqual([
      'function "app-nightly" uses a cron trigger ("0 3 * * *"), which the offline engine does not implement',
    ]);
    const [base] = configs(client.createFunction({ id: "odd", triggers: [{ event: "x" }] }, noop)) as Record<
      string,
      unknown
    >[];
    expect(validateFunction({ ...base, brandNewOption: true }).errors).toEqual([
      'function "app-odd" uses "brandNewOption", which the offline engine does not implement',
    ]);
    expect(validateFunction({ ...base, triggers: [{ event: "x", expression: "event.data ==" }] }).errors[0]).toMatch(
      /^function "app-odd" has an invalid trigger expression on "x" "event.data ==": Unexpected/,
    );
    expect(validateFunction({ ...base, concurrency: [{ limit: 1 }, { limit: 2 }, { limit: 3 }] }).errors).toEqual([
      'function "app-odd" has 3 concurrency limits; Inngest allows at most 2',
    ]);
    expect(validateFunction({ ...base, concurrency: { limit: 1, scope: "env" } }).errors).toEqual([
      'function "app-odd" has a concurrency limit with scope "env" but no key, which Inngest requires',
    ]);
  });
});

describe("validateRegistration", () => {
  it("needs the app's url, name and functions, and unique function ids", () => {
    expect(validateRegistration({})).toEqual({
      ok: false,
      errors: ["the sync has no valid app `url`", "the sync has no `appName`", "the sync has no `functions` array"],
    });
    const [config] = configs(client.createFunction({ id: "twice", triggers: [{ event: "x" }] }, noop));
    const body = { url: serveUrl.href, appName: "app", functions: [config, config] };
    expect(validateRegistration(body)).toEqual({ ok: false, errors: ['function "app-twice" is defined twice'] });
  });
});
