import net from "node:net";

/**
 * Whether a URL's host is this machine or a private network (loopback, RFC 1918, link-local, unique-local IPv6,
 * `localhost`, `*.local`, or a bare name such as a Compose service `ollama`): a model served there bills no tokens.
 */
export function isLocalAddress(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, "");
  } catch {
    return false;
  }
  if (net.isIPv4(host)) {
    const [a, b] = host.split(".").map(Number) as [number, number];
    return (
      a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)
    );
  }
  if (net.isIPv6(host)) return host === "::1" || /^f[cd]/.test(host) || /^fe[89ab]/.test(host);
  return host === "localhost" || host.endsWith(".localhost") || host.endsWith(".local") || !host.includes(".");
}
