import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { deviceTokenOf, issueDeviceToken, verifiedDevice } from "./sign-in-device";

describe("device tokens", () => {
  it("name the device only for the email and secret they were issued with", () => {
    const token = issueDeviceToken("s3cret", "kim@example.com");
    const device = verifiedDevice("s3cret", "kim@example.com", token);
    expect(device).toBe(token.split(".")[0]);
    expect(issueDeviceToken("s3cret", "kim@example.com")).not.toBe(token);
    for (const [secret, email, t] of [
      ["s3cret", "lee@example.com", token],
      ["other", "kim@example.com", token],
      ["s3cret", "kim@example.com", `${token}x`],
      ["s3cret", "kim@example.com", `${token}.extra`],
      ["s3cret", "kim@example.com", ""],
      ["s3cret", "kim@example.com", null],
    ] as const) {
      expect(verifiedDevice(secret, email, t)).toBeNull();
    }
  });

  it("are MACed with a key derived from the secret, not the secret itself", () => {
    const nonce = issueDeviceToken("s3cret", "kim@example.com").split(".")[0]!;
    const underRawSecret = createHmac("sha256", "s3cret").update(`kim@example.com|${nonce}`).digest("base64url");
    expect(verifiedDevice("s3cret", "kim@example.com", `${nonce}.${underRawSecret}`)).toBeNull();
  });

  it("are read from the request's cookie header", () => {
    const request = (cookie?: string) =>
      new Request("http://local/api/auth/callback/credentials", { headers: cookie ? { cookie } : {} });
    expect(deviceTokenOf(request("a=1; showrunner-device=abc.def; b=2"))).toBe("abc.def");
    expect(deviceTokenOf(request("xshowrunner-device=abc.def"))).toBeNull();
    expect(deviceTokenOf(request())).toBeNull();
  });
});
