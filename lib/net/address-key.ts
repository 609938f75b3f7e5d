import { isIP } from "node:net";

/** The 16-bit groups of an IPv6 address (`::` expanded, a trailing dotted IPv4 part turned into two groups). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = text.match(/(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const parse = (part: string) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/** The IPv4 address an IPv4-mapped (::ffff:0:0/96) or NAT64 (64:ff9b::/96) address carries, however it is written. */
function embeddedIpv4(groups: number[]): string | null {
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0);
  if (!mapped && !nat64) return null;
  const [high = 0, low = 0] = groups.slice(6);
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");
}

/**
 * The key a client address is counted under by per-address limits: an IPv4 address as it is (also when written as
 * an IPv4-mapped or NAT64 IPv6 address, so every IPv4 client keeps its own counter); an IPv6 address by its /64, the
 * block one subscriber (one home, one VM) usually holds whole, so moving within it does not make a new client. Null
 * for anything that is not an address (e.g. UNKNOWN_CLIENT): such requests are not counted per address.
 */
export function addressKey(address: string): string | null {
  const family = isIP(address);
  if (family === 4) return address;
  if (family !== 6) return null;
  const groups = ipv6Groups(address);
  const ipv4 = embeddedIpv4(groups);
  if (ipv4) return ipv4;
  const prefix = groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":");
  return `${prefix}::/64`;
}

/** Whether `key` is a key addressKey can give (an admin's unlock names one). */
export function isAddressKey(key: string): boolean {
  if (isIP(key) === 4) return true;
  const prefix = key.match(/^([0-9a-f]{1,4}(?::[0-9a-f]{1,4}){3})::\/64$/)?.[1];
  return prefix !== undefined && addressKey(`${prefix}::`) === key;
}
