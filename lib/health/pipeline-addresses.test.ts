import { describe, expect, it } from "vitest";
import { pipelineAddresses } from "./pipeline-addresses";

describe("pipelineAddresses", () => {
  it("finds the offline engine at INNGEST_DEV and the worker on its port", () => {
    expect(pipelineAddresses({ INNGEST_DEV: "http://127.0.0.1:8292/", SHOWRUNNER_WORKER_PORT: "3021" })).toEqual({
      engineUrl: "http://127.0.0.1:8292",
      workerUrl: "http://127.0.0.1:3021/health",
    });
  });

  it("finds the offline engine (or a self-hosted server) at INNGEST_BASE_URL, the way npm start configures it", () => {
    expect(
      pipelineAddresses({
        INNGEST_BASE_URL: "http://127.0.0.1:8288/",
        INNGEST_EVENT_KEY: "k",
        INNGEST_SIGNING_KEY: "s",
      }).engineUrl,
    ).toBe("http://127.0.0.1:8288");
  });

  it("has no engine to check with a hosted Inngest, and the worker's defaults", () => {
    expect(pipelineAddresses({ INNGEST_EVENT_KEY: "k", INNGEST_SIGNING_KEY: "s" })).toEqual({
      engineUrl: null,
      workerUrl: "http://127.0.0.1:3001/health",
    });
  });

  it("reaches a worker listening on every address through the loopback, and a named host by its name", () => {
    expect(pipelineAddresses({ SHOWRUNNER_WORKER_HOST: "0.0.0.0" }).workerUrl).toBe("http://127.0.0.1:3001/health");
    expect(pipelineAddresses({ SHOWRUNNER_WORKER_HOST: "::1" }).workerUrl).toBe("http://[::1]:3001/health");
    expect(pipelineAddresses({ SHOWRUNNER_WORKER_HOST: "[::]" }).workerUrl).toBe("http://127.0.0.1:3001/health");
    expect(pipelineAddresses({ SHOWRUNNER_WORKER_HOST: "worker.internal" }).workerUrl).toBe(
      "http://worker.internal:3001/health",
    );
  });

  it("ignores an INNGEST_DEV that is a flag rather than a URL", () => {
    expect(pipelineAddresses({ INNGEST_DEV: "1" }).engineUrl).toBeNull();
  });
});
