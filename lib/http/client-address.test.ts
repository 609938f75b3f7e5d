import { describe, expect, it } from "vitest";
import { clientAddress, DIRECT_CLIENT, parseTrustedProxies } from "@/lib/http/client-address";

const forwardedFor = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientAddress", () => {
  it("never reads X-Forwarded-For without trusted proxies: the client may have written it", () => {
    expect(clientAddress(forwardedFor("203.0.113.9"), null)).toBe(DIRECT_CLIENT);
    expect(clientAddress(forwardedFor(), null)).toBe(DIRECT_CLIENT);
    expect(parseTrustedProxies(undefined)).toBeNull();
    expect(parseTrustedProxies(" , ")).toBeNull();
  });

  const trusted = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, ::1, fd00::/8");

  it.each([
    ["the address the proxy saw", "203.0.113.9", "203.0.113.9"],
    ["the right-most untrusted address, not what the client wrote before it", "1.1.1.1, 203.0.113.9", "203.0.113.9"],
    ["past a chain of trusted proxies", "1.1.1.1, 203.0.113.9, 10.0.0.7, 127.0.0.1", "203.0.113.9"],
    ["a trusted proxy's own request (all trusted: the left-most)", "10.0.0.7, 127.0.0.1", "10.0.0.7"],
    ["an IPv6 client", "2001:DB8::1, ::1", "2001:db8::1"],
    ["an address written with its port", "[2001:db8::2]:51234, 203.0.113.9:443", "203.0.113.9"],
    ["an IPv4-mapped proxy address", "198.51.100.4, ::ffff:10.0.0.3", "198.51.100.4"],
    ["a trusted range in IPv6", "198.51.100.4, fd12::1", "198.51.100.4"],
    ["not an address (a misbehaving proxy)", "198.51.100.4, garbage", "unknown"],
    ["no header at all", undefined, DIRECT_CLIENT],
  ])("%s", (_what, header, expected) => {
    expect(clientAddress(forwardedFor(header), trusted)).toBe(expected);
  });

  it("refuses a setting it cannot read, naming the variable", () => {
    for (const bad of ["proxy.local", "10.0.0.0/33", "::1/129", "10.0.0.0/8/8", "10.0.0.0/x", "1.2.3"]) {
      expect(() => parseTrustedProxies(bad), bad).toThrow(/SHOWRUNNER_TRUSTED_PROXIES/);
    }
  });
});
