import { describe, expect, it } from "vitest";
import { checkAddress } from "./address-policy";

const reason = (address: string) => {
  const verdict = checkAddress(address);
  return verdict.allowed ? "allowed" : verdict.reason;
};

describe("checkAddress", () => {
  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "2606:4700:4700::1111",
    "2a00:1450:4001:80b::200e",
    "[2606:4700::1]",
  ])("allows the public address %s", (address) => expect(reason(address)).toBe("allowed"));

  it.each([
    ["127.0.0.1", "a loopback address"],
    ["127.255.255.254", "a loopback address"],
    ["10.1.2.3", "a private network address"],
    ["172.16.0.1", "a private network address"],
    ["172.31.255.255", "a private network address"],
    ["192.168.1.1", "a private network address"],
    ["169.254.169.254", "a link-local address"],
    ["100.64.0.1", "a carrier-grade NAT (shared) address"],
    ["100.127.255.255", "a carrier-grade NAT (shared) address"],
    ["0.0.0.0", "an unspecified address"],
    ["0.1.2.3", "an unspecified address"],
    ["224.0.0.1", "a multicast address"],
    ["239.255.255.250", "a multicast address"],
    ["255.255.255.255", "the broadcast address"],
    ["240.0.0.1", "a reserved address"],
    ["192.0.2.10", "a reserved address"],
  ])("refuses the IPv4 address %s as %s", (address, why) => expect(reason(address)).toBe(why));

  it("sees through the legacy IPv4 spellings that URL parsers also accept", () => {
    for (const loopback of ["2130706433", "0177.0.0.1", "0x7f.0.0.1", "0x7f000001", "127.1", "017700000001"]) {
      expect(reason(loopback)).toBe("a loopback address");
    }
    expect(reason("0xa.0.0.1")).toBe("a private network address");
    expect(reason("3232235777")).toBe("a private network address"); // 192.168.1.1
    expect(new URL("http://0177.0.0.1/").hostname).toBe("127.0.0.1");
  });

  it.each([
    ["::1", "a loopback address"],
    ["[::1]", "a loopback address"],
    ["::", "an unspecified address"],
    ["fe80::1", "a link-local address"],
    ["fe80::1%eth0", "a link-local address"],
    ["fc00::1", "a unique-local address"],
    ["fd12:3456:789a::1", "a unique-local address"],
    ["ff02::1", "a multicast address"],
    ["fec0::1", "a site-local address"],
    ["2001:db8::1", "a reserved address"],
    ["::ffff:127.0.0.1", "an IPv4-mapped IPv6 address"],
    ["::ffff:7f00:1", "an IPv4-mapped IPv6 address"],
    ["[::ffff:a00:1]", "an IPv4-mapped IPv6 address"],
    ["::ffff:8.8.8.8", "an IPv4-mapped IPv6 address"],
    ["64:ff9b::a00:1", "a NAT64 address"],
    ["2002:a00:1::1", "a 6to4 address"],
    ["2001:0:4136:e378::1", "a Teredo address"],
  ])("refuses the IPv6 address %s as %s", (address, why) => expect(reason(address)).toBe(why));

  it("refuses IPv6 addresses outside global unicast", () => {
    expect(reason("::7f00:1")).toBe("not a global unicast address"); // IPv4-compatible, deprecated
    expect(reason("4000::1")).toBe("not a global unicast address");
  });

  it("refuses anything that is not an address", () => {
    expect(reason("example.com")).toBe("not an IP address");
    expect(reason("")).toBe("not an IP address");
    expect(reason("127.0.0.1.5")).toBe("not an IP address");
  });

  it("lets through only the exact addresses a test allows", () => {
    expect(checkAddress("127.0.0.1", ["127.0.0.1"])).toEqual({ allowed: true, address: "127.0.0.1" });
    expect(checkAddress("2130706433", ["127.0.0.1"]).allowed).toBe(true);
    expect(checkAddress("127.0.0.2", ["127.0.0.1"]).allowed).toBe(false);
    expect(checkAddress("::ffff:127.0.0.1", ["127.0.0.1"]).allowed).toBe(false);
    expect(checkAddress("::1", ["127.0.0.1"]).allowed).toBe(false);
  });
});
