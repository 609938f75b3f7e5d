import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { checkAddress } from "./address-policy";
import { SourceError } from "./source-error";

export type ResolveHost = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const systemResolve: ResolveHost = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Resolves `hostname` once and checks every address it resolves to: one private answer among public ones is
 * enough to refuse, since the connection could land on it. The caller connects to the returned address, so a
 * second resolution (DNS rebinding) can never swap in another one.
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
    if (!candidates.length) throw new SourceError(`Could not find the site ${hostname}: check the address.`, "unreachable");
  }
  for (const candidate of candidates) {
    const verdict = checkAddress(candidate.address, options.allow);
    if (!verdict.allowed) {
      const where = isIP(literal) ? `${verdict.address} is` : `${hostname} resolves to ${verdict.address},`;
      throw new SourceError(`Showrunner does not fetch internal addresses: ${where} ${verdict.reason}.`, "blocked_address");
    }
  }
  const address = candidates[0]!.address;
  return { address, family: isIP(address) === 6 ? 6 : 4 };
}
