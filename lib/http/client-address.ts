import { BlockList, isIP } from "node:net";

/**
 * The key for a request whose address cannot be read: no X-Forwarded-For at all (route code run by something other
 * than server/web-server.ts, which always appends the socket's address, e.g. a test or `next dev`), or an entry that
 * is not an address. All such requests share it.
 */
export const UNKNOWN_CLIENT = "unknown";

/**
 * SHOWRUNNER_TRUSTED_PROXIES: comma-separated addresses or CIDR ranges of the proxies in front of the studio; null when
 * unset or empty. A bad entry throws naming the variable, rather than trusting less or more than was meant.
 */
export function parseTrustedProxies(value: string | undefined): BlockList | null {
  const entries = (value ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const trusted = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix, extra] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (family === 0 || extra !== undefined || !/^\d{1,3}$/.test(String(bits)) || bits > (family === 6 ? 128 : 32)) {
      throw new Error(
        `Invalid SHOWRUNNER_TRUSTED_PROXIES: "${entry}" is not an address or CIDR range (e.g. 10.0.0.0/8, ::1).`,
      );
    }
    trusted.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return trusted;
}

/**
 * An address as one key: `[::1]:80` and `1.2.3.4:80` lose their ports, an IPv4-mapped IPv6 address (`::ffff:1.2.3.4`,
 * what a dual-stack socket reports for an IPv4 peer) becomes the IPv4 address, IPv6 is lowercased; null if not an
 * address.
 */
export function bareAddress(entry: string): string | null {
  const bare = entry
    .trim()
    .replace(/^\[([^\]]+)\](?::\d+)?$/, "$1")
    .replace(/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/, "$1")
    .replace(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i, "$1");
  return isIP(bare) ? bare.toLowerCase() : null;
}

/**
 * The address a request came from, for per-address limits, from X-Forwarded-For, to whose right the studio's web
 * server (server/web-server.ts) appends the address of the socket it reads the request from. Read right to left,
 * past the trusted proxies: without any, that is the socket's address itself, which a client cannot forge; behind
 * trusted proxies, the address the outermost of them saw. What is further left the client may have written itself.
 */
export function clientAddress(headers: Headers, trusted: BlockList | null): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").filter((h) => h.trim() !== "");
  for (let i = hops.length - 1; i >= 0; i--) {
    const address = bareAddress(hops[i]!);
    if (!address) return UNKNOWN_CLIENT;
    if (!trusted?.check(address, isIP(address) === 6 ? "ipv6" : "ipv4") || i === 0) return address;
  }
  return UNKNOWN_CLIENT;
}
