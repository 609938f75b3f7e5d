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

/**
 * The key a client address is counted under by per-address limits: an IPv4 address as it is; an IPv6 address by its
 * /64, the block one subscriber (one home, one VM) usually holds whole, so moving within it does not make a new
 * client. Null for anything that is not an address (e.g. UNKNOWN_CLIENT): such requests are not counted per address.
 */
export function addressKey(address: string): string | null {
  const family = isIP(address);
  if (family === 4) return address;
  if (family !== 6) return null;
  const prefix = ipv6Groups(address)
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
