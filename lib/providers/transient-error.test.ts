import { describe, expect, it } from "vitest";
import { ProviderTimeoutError, ProviderUnreachableError } from "./errors";
import { isTransientError } from "./transient-error";

const socketError = (code: string) => Object.assign(new Error(`socket ${code}`), { code });
const fetchFailed = (code: string) => new TypeError("fetch failed", { cause: socketError(code) });

describe("isTransientError", () => {
  it("retries a dropped connection however deeply the adapters wrapped it", () => {
    expect(isTransientError(fetchFailed("ECONNRESET"))).toBe(true);
    expect(
      isTransientError(
        new ProviderUnreachableError("OpenAI", "https://api.openai.com", "connection reset", {
          cause: fetchFailed("ECONNRESET"),
        }),
      ),
    ).toBe(true);
    expect(
      isTransientError(
        new ProviderUnreachableError("Tavily", "https://api.tavily.com", "DNS", { cause: fetchFailed("EAI_AGAIN") }),
      ),
    ).toBe(true);
  });

  it("retries timeouts and 5xx, not a bad request or an unknown failure", () => {
    expect(isTransientError(new ProviderTimeoutError("ElevenLabs", "http://127.0.0.1:1", 300))).toBe(true);
    expect(isTransientError(Object.assign(new Error("bad gateway"), { status: 502 }))).toBe(true);
    expect(isTransientError(Object.assign(new Error("bad request"), { status: 400 }))).toBe(false);
    expect(
      isTransientError(
        new ProviderUnreachableError("S3", "https://s3.example", "certificate rejected", {
          cause: new Error("CERT_HAS_EXPIRED"),
        }),
      ),
    ).toBe(false);
    expect(isTransientError(new Error("voice not found"))).toBe(false);
  });
});
