import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { checkAddress } from "./address-policy";

export type ResolveHost = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const systemResolve: ResolveHost = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Why a host may not be connected to. `detail` completes the caller's own sentence, e.g. "db.internal resolves to
 * a private network address" (never which one) or "10.0.0.1 is a private network address".
 */
export class AddressRefusedError extends Error {
  constructor(
    readonly reason: "blocked_address" | "unresolved",
    readonly detail: string,
  ) {
    super(detail);
    this.name = "AddressRefusedError";
  }
}

/**
 * Resolves `hostname` once and checks every address it resolves to (lib/net/address-policy.ts): one private answer
 * among public ones is enough to refuse, since the connection could land on it. The caller connects to the
 * returned address (lib/net/pinned-lookup.ts), so a second resolution (DNS rebinding) can never swap in another.
 */
export async function resolvePublicAddress(
  hostname: string,
  options: { resolve: ResolveHost; allow: readonly string[] },
): Promise<{ address: string; family: 4 | 6 }> {
  const literal = hostname.replace(/^\[(.*)\]$/, "$1");
  let candidates: { address: string }[];
  if (isIP(literal)) {
    candidates = [{ address: literal }];
  } else {
    candidates = await options.resolve(hostname).catch(() => []);
    if (!candidates.length) throw new AddressRefusedError("unresolved", hostname);
  }
  for (const candidate of candidates) {
    const verdict = checkAddress(candidate.address, options.allow);
    if (!verdict.allowed) {
      // A host name's answers are not repeated: they would map the internal network for whoever reads the message.
      const detail = isIP(literal)
        ? `${verdict.address} is ${verdict.reason}`
        : `${hostname} resolves to ${verdict.reason}`;
      throw new AddressRefusedError("blocked_address", detail);
    }
  }
  const address = candidates[0]!.address;
  return { address, family: isIP(address) === 6 ? 6 : 4 };
}
