import ipaddr from "ipaddr.js";

// Ranges a server reached without a provider's bill lives in: this machine (loopback, and the unspecified address,
// which connects to it), private networks (RFC 1918, unique-local IPv6, carrier-grade NAT 100.64.0.0/10, which
// Tailscale uses for a tailnet's machines) and link-local links.
const LOCAL_RANGES = new Set(["loopback", "unspecified", "private", "uniqueLocal", "carrierGradeNat", "linkLocal"]);

// Cloud metadata services sit inside those ranges but are the cloud's own (AWS, GCP, Azure and OpenStack at
// 169.254.169.254, AWS ECS at 169.254.170.2, AWS over IPv6 at fd00:ec2::254, Alibaba at 100.100.100.200): a model
// served there is a hosted one.
const CLOUD_METADATA = new Set(["169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200"]);

// Names private by convention: *.local (mDNS), *.lan and *.home.arpa (home networks, RFC 8375), *.internal (the
// private-use top-level domain, e.g. host.docker.internal, a container's way to the host's Ollama).
const LOCAL_SUFFIXES = [".localhost", ".local", ".lan", ".home.arpa", ".internal"];

/**
 * Whether a URL's host is this machine or a private network, so that a model served there bills no tokens: the
 * address ranges and names above, `localhost`, and a bare name such as a Compose service `ollama`. An IPv4 address
 * written as IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it carries.
 */
export function isLocalAddress(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, "");
  } catch {
    return false;
  }
  if (ipaddr.isValid(host)) {
    const address = ipaddr.process(host);
    return !CLOUD_METADATA.has(address.toString()) && LOCAL_RANGES.has(address.range());
  }
  return host === "localhost" || LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix)) || !host.includes(".");
}
