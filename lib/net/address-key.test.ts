import { describe, expect, it } from "vitest";
import { addressKey, isAddressKey } from "@/lib/net/address-key";

describe("addressKey", () => {
  it("keys IPv4 by the address and IPv6 by its /64, however the address is written", () => {
    expect(addressKey("203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0db8:0001:0002::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:DB8:1:2::ffff")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("64:ff9b:1:2::192.0.2.1")).toBe("64:ff9b:1:2::/64");
    expect(addressKey("1:2:3:4:5:6:192.0.2.1")).toBe("1:2:3:4::/64");
  });

  it("keys an IPv4 address written as IPv4-mapped or NAT64 IPv6, in any spelling, by the IPv4 address", () => {
    for (const text of [
      "::ffff:1.2.3.4",
      "::ffff:102:304",
      "::FFFF:0102:0304",
      "0:0:0:0:0:ffff:1.2.3.4",
      "0000:0000:0000:0000:0000:ffff:0102:0304",
      "64:ff9b::1.2.3.4",
      "64:ff9b::102:304",
    ]) {
      expect(addressKey(text), text).toBe("1.2.3.4");
    }
    expect(addressKey("::ffff:cb00:7109")).toBe("203.0.113.9");
    // Two IPv4 clients so written keep two counters, not one shared /64.
    expect(addressKey("::ffff:102:304")).not.toBe(addressKey("::ffff:506:708"));
    // Not /96 NAT64 or mapped: still by the /64.
    expect(addressKey("64:ff9b:0:0:1::1")).toBe("64:ff9b:0:0::/64");
    expect(addressKey("::fffe:102:304")).toBe("0:0:0:0::/64");
  });

  it("gives no key for what is not an address", () => {
    for (const text of ["unknown", "", "1.2.3", "2001:db8::/64", "example.com"]) expect(addressKey(text)).toBeNull();
  });

  it("recognises exactly the keys it gives", () => {
    for (const key of ["203.0.113.9", "2001:db8:1:2::/64", "0:0:0:0::/64"]) expect(isAddressKey(key)).toBe(true);
    for (const key of [
      "unknown",
      "2001:db8:1:2::1",
      "2001:0db8:1:2::/64",
      "2001:db8::/64",
      "2001:db8:1:2::/48",
      "203.0.113.9/32",
    ]) {
      expect(isAddressKey(key)).toBe(false);
    }
  });
});
