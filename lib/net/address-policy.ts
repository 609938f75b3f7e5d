import ipaddr from "ipaddr.js";

export type AddressVerdict = { allowed: true; address: string } | { allowed: false; address: string; reason: string };

const DESCRIPTIONS: Record<string, string> = {
  unspecified: "an unspecified address",
  broadcast: "the broadcast address",
  multicast: "a multicast address",
  linkLocal: "a link-local address",
  loopback: "a loopback address",
  carrierGradeNat: "a carrier-grade NAT (shared) address",
  private: "a private network address",
  reserved: "a reserved address",
  uniqueLocal: "a unique-local address",
  deprecatedSiteLocal: "a site-local address",
  ipv4Mapped: "an IPv4-mapped IPv6 address",
  rfc6145: "an IPv4-translated IPv6 address",
  rfc6052: "a NAT64 address",
  "6to4": "a 6to4 address",
  teredo: "a Teredo address",
};

// Global unicast IPv6 lives in 2000::/3; anything outside it (IPv4-compatible ::/96, discard, future ranges) is refused.
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3");

/**
 * Whether Showrunner may connect to `input` (URL sources, alert webhooks): only public unicast addresses. Accepts any form `ipaddr.js` parses,
 * including bracketed IPv6 and the legacy IPv4 spellings a URL parser also accepts (2130706433, 0177.0.0.1, 0x7f.1).
 * IPv6 forms that carry an IPv4 address (mapped, NAT64, 6to4, Teredo) are refused whatever they carry, since the
 * network may route them to it. `allow` lists exact addresses let through anyway: for tests against a local server.
 */
export function checkAddress(input: string, allow: readonly string[] = []): AddressVerdict {
  const raw = input.replace(/^\[(.*)\]$/, "$1");
  if (!ipaddr.isValid(raw)) return { allowed: false, address: input, reason: "not an IP address" };
  const parsed = ipaddr.parse(raw);
  const address = parsed.toString();
  if (allow.some((a) => ipaddr.isValid(a) && ipaddr.parse(a).toString() === address)) return { allowed: true, address };

  const range = parsed.range();
  if (range !== "unicast") {
    return { allowed: false, address, reason: DESCRIPTIONS[range] ?? `a special-purpose address (${range})` };
  }
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.zoneId) return { allowed: false, address, reason: "a scoped (zoned) address" };
    if (!v6.match(GLOBAL_UNICAST_V6)) return { allowed: false, address, reason: "not a global unicast address" };
  }
  return { allowed: true, address };
}
