import { describe, expect, it } from "vitest";
import { workerAddress } from "./worker-address";

describe("workerAddress", () => {
  it("is the loopback on port 3001 by default", () => {
    expect(workerAddress({})).toEqual({ host: "127.0.0.1", port: 3001, origin: "http://127.0.0.1:3001" });
    expect(workerAddress({ SHOWRUNNER_WORKER_HOST: " ", SHOWRUNNER_WORKER_PORT: "" })).toEqual({
      host: "127.0.0.1",
      port: 3001,
      origin: "http://127.0.0.1:3001",
    });
  });

  it("reaches a worker listening on every address, IPv4 or IPv6, bracketed or not, through the loopback", () => {
    for (const any of ["0.0.0.0", "::", "[::]"]) {
      expect(workerAddress({ SHOWRUNNER_WORKER_HOST: any, SHOWRUNNER_WORKER_PORT: "3021" }).origin).toBe(
        "http://127.0.0.1:3021",
      );
    }
    expect(workerAddress({ SHOWRUNNER_WORKER_HOST: "[::]" }).host).toBe("::");
  });

  it("brackets an IPv6 address in the origin and listens on it bare", () => {
    expect(workerAddress({ SHOWRUNNER_WORKER_HOST: "::1" })).toEqual({
      host: "::1",
      port: 3001,
      origin: "http://[::1]:3001",
    });
    expect(workerAddress({ SHOWRUNNER_WORKER_HOST: "[::1]" })).toEqual({
      host: "::1",
      port: 3001,
      origin: "http://[::1]:3001",
    });
  });

  it("reaches a named host by its name", () => {
    expect(workerAddress({ SHOWRUNNER_WORKER_HOST: "worker.internal", SHOWRUNNER_WORKER_PORT: "4000" }).origin).toBe(
      "http://worker.internal:4000",
    );
  });
});
