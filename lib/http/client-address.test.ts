import { describe, expect, it } from "vitest";
import { bareAddress, clientAddress, parseTrustedProxies, UNKNOWN_CLIENT } from "@/lib/http/client-address";

const forwardedFor = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientAddress", () => {
  describe("without trusted proxies: the socket's address, which the web server appended right-most", () => {
    it.each([
      ["a request the client sent no header with", "127.0.0.1", "127.0.0.1"],
      ["a forged header: what the client wrote is ignored", "9.9.9.9, 127.0.0.1", "127.0.0.1"],
      ["a forged chain", "9.9.9.9, 8.8.8.8, 203.0.113.9", "203.0.113.9"],
      ["an IPv6 peer", "9.9.9.9, 2001:DB8::1", "2001:db8::1"],
      ["an IPv4 peer on a dual-stack socket", "9.9.9.9, ::ffff:203.0.113.9", "203.0.113.9"],
      ["forged garbage to the left", "not-an-address, <script>, 198.51.100.4", "198.51.100.4"],
      ["empty entries", "9.9.9.9,, ,198.51.100.4", "198.51.100.4"],
      ["no header (route code not behind server/web-server.ts)", undefined, UNKNOWN_CLIENT],
      ["an empty header", " ", UNKNOWN_CLIENT],
    ])("%s", (_what, header, expected) => {
      expect(clientAddress(forwardedFor(header), null)).toBe(expected);
    });
  });

  describe("behind trusted proxies: the right-most address that is not one of them", () => {
    const trusted = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, ::1, fd00::/8");
    it.each([
      ["the client the proxy saw", "203.0.113.9, 127.0.0.1", "203.0.113.9"],
      ["not what the client wrote before it", "9.9.9.9, 203.0.113.9, 127.0.0.1", "203.0.113.9"],
      ["past a chain of trusted proxies", "1.1.1.1, 203.0.113.9, 10.0.0.7, 127.0.0.1", "203.0.113.9"],
      [
        "a client that reached the studio directly, forging a trusted proxy's header",
        "10.0.0.7, 203.0.113.9",
        "203.0.113.9",
      ],
      ["a trusted proxy's own request (all trusted: the left-most)", "10.0.0.7, 127.0.0.1", "10.0.0.7"],
      ["an IPv6 client behind an IPv6 proxy", "2001:DB8::1, ::1", "2001:db8::1"],
      ["an address written with its port", "[2001:db8::2]:51234, 203.0.113.9:443, 127.0.0.1", "203.0.113.9"],
      ["an IPv4-mapped proxy address", "198.51.100.4, ::ffff:10.0.0.3", "198.51.100.4"],
      ["a trusted range in IPv6", "198.51.100.4, fd12::1", "198.51.100.4"],
      [
        "garbage where a proxy's entry should be (a misbehaving proxy)",
        "198.51.100.4, garbage, 127.0.0.1",
        UNKNOWN_CLIENT,
      ],
      ["garbage left of the client is not reached", "garbage, 198.51.100.4, 127.0.0.1", "198.51.100.4"],
      ["no header", undefined, UNKNOWN_CLIENT],
    ])("%s", (_what, header, expected) => {
      expect(clientAddress(forwardedFor(header), trusted)).toBe(expected);
    });
  });

  it("reads every way an address is written as one key", () => {
    expect(bareAddress(" ::FFFF:1.2.3.4 ")).toBe("1.2.3.4");
    expect(bareAddress("[::1]:8080")).toBe("::1");
    expect(bareAddress("1.2.3.4:80")).toBe("1.2.3.4");
    expect(bareAddress("1.2.3")).toBeNull();
    expect(bareAddress("unknown")).toBeNull();
  });

  it("takes no setting as no trusted proxies, and refuses one it cannot read, naming the variable", () => {
    expect(parseTrustedProxies(undefined)).toBeNull();
    expect(parseTrustedProxies(" , ")).toBeNull();
    for (const bad of ["proxy.local", "10.0.0.0/33", "::1/129", "10.0.0.0/8/8", "10.0.0.0/x", "1.2.3"]) {
      expect(() => parseTrustedProxies(bad), bad).toThrow(/SHOWRUNNER_TRUSTED_PROXIES/);
    }
  });
});
