import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, hashSigningKey, newSigningKey, signatureHeader, signingKeyProblem } from "./signing";

describe("signing", () => {
  const key = `signkey-test-${"0f".repeat(32)}`;

  it("hashes the signing key as the SDK does for its register call", () => {
    const digest = createHash("sha256")
      .update(Buffer.from("0f".repeat(32), "hex"))
      .digest("hex");
    expect(hashSigningKey(key)).toBe(`signkey-test-${digest}`);
  });

  it("signs the canonical JSON of the body followed by the timestamp, keyed by the key without its prefix", () => {
    const header = signatureHeader('{"b":1,"a":[{"d":null,"c":"é"}]}', key, 1_700_000_000_500);
    const expected = createHmac("sha256", "0f".repeat(32))
      .update('{"a":[{"c":"é","d":null}],"b":1}1700000000')
      .digest("hex");
    expect(header).toBe(`t=1700000000&s=${expected}`);
  });

  it("writes JSON canonically", () => {
    expect(canonicalJson({ z: { y: 1.5e300, x: true }, "\u00e9": "", a: [3, "2"] })).toBe(
      '{"a":[3,"2"],"z":{"x":true,"y":1.5e+300},"é":""}',
    );
  });

  it("generates keys of the Inngest form and refuses others", () => {
    expect(signingKeyProblem(newSigningKey())).toBeUndefined();
    expect(signingKeyProblem("signkey-prod-xyz")).toMatch(/signkey-<env>-<64 hex digits>/);
  });
});
