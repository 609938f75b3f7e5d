import { describe, expect, it } from "vitest";
import { addressOf, describeNetworkError } from "./describe-network-error";

const failed = (cause: unknown) => new TypeError("fetch failed", { cause });
const coded = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("describeNetworkError", () => {
  it("finds the cause undici hides under 'fetch failed', in words and with its code", () => {
    expect(describeNetworkError(failed(coded("connect ECONNREFUSED 127.0.0.1:9", "ECONNREFUSED")))).toBe(
      "connection refused (ECONNREFUSED)",
    );
    expect(describeNetworkError(failed(coded("getaddrinfo ENOTFOUND api.example", "ENOTFOUND")))).toBe(
      "host not found (ENOTFOUND)",
    );
    expect(
      describeNetworkError(
        failed(
          Object.assign(new AggregateError([coded("a", "ECONNREFUSED"), coded("b", "ECONNREFUSED")]), { message: "" }),
        ),
      ),
    ).toBe("connection refused (ECONNREFUSED)");
    expect(describeNetworkError(failed(coded("weird failure", "EWEIRD")))).toBe("weird failure (EWEIRD)");
    expect(describeNetworkError(failed(new Error("bad port")))).toBe(
      "fetch refuses to connect to that port (bad port)",
    );
    expect(describeNetworkError(new TypeError("fetch failed"))).toBe("the request failed with no reason given");
  });

  it("names an address by origin only, so no path or query (where a key could sit) is shown", () => {
    expect(addressOf("https://api.example.com:8443/v1/speech?key=secret")).toBe("https://api.example.com:8443");
    expect(addressOf("not a url")).toBe("an invalid address");
  });
});
