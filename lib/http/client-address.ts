import { BlockList, isIP } from "node:net";

/**
 * The key for a client whose address the studio cannot know: Next hands route handlers no socket, and fills
 * X-Forwarded-For with the socket's address only when the client sent none, so without a proxy in front the header is
 * whatever the client chose. All such clients share this key.
 */
export const DIRECT_CLIENT = "direct";
/** An X-Forwarded-For entry that is not an address (only a misbehaving proxy writes one). */
const UNKNOWN_CLIENT = "unknown";

/**
 * SHOWRUNNER_TRUSTED_PROXIES: comma-separated addresses or CIDR ranges of the proxies in front of the studio; null when
 * unset or empty. A bad entry throws naming the variable, rather than trusting less or more than was meant.
 */
export function parseTrustedProxies(value: string | undefined): BlockList | null {
  const entries = (value ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  if (entries.length === 0) return null;
  const trusted = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix, extra] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (family === 0 || extra !== undefined || !/^\d{1,3}$/.test(String(bits)) || bits > (family === 6 ? 128 : 32)) {
      throw new Error(`Invalid SHOWRUNNER_TRUSTED_PROXIES: "${entry}" is not an address or CIDR range (e.g. 10.0.0.0/8, ::1).`);
    }
    trusted.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return trusted;
}

/** An X-Forwarded-For entry as a bare address: `[::1]:80` and `1.2.3.4:80` lose their ports; null if not an address. */
function addressOf(entry: string): string | null {
  const bare = entry.trim().replace(/^\[([^\]]+)\](?::\d+)?$/, "$1").replace(/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/, "$1");
  return isIP(bare) ? bare.toLowerCase() : null;
}

/**
 * The address a request came from, for per-address limits. Only with trusted proxies configured is X-Forwarded-For
 * read: right to left, past the trusted proxies, the first address is the one the outermost trusted proxy saw (what is
 * further left, the client wrote itself). Without them the address cannot be known (see DIRECT_CLIENT).
 */
export function clientAddress(headers: Headers, trusted: BlockList | null): string {
  if (!trusted) return DIRECT_CLIENT;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").filter((h) => h.trim() !== "");
  for (let i = hops.length - 1; i >= 0; i--) {
    const address = addressOf(hops[i]!);
    if (!address) return UNKNOWN_CLIENT;
    if (!trusted.check(address, isIP(address) === 6 ? "ipv6" : "ipv4") || i === 0) return address;
  }
  return DIRECT_CLIENT;
}
