import { describe, expect, it } from "vitest";
import { isLocalAddress } from "./is-local-address";

// Local: a model served there bills no tokens. Remote: it may (a paid gateway, a cloud service), so it needs a price.
const CASES: [url: string, local: boolean, why: string][] = [
  ["http://127.0.0.1:11434/v1", true, "loopback"],
  ["http://localhost:1234/v1", true, "localhost"],
  ["http://[::1]:8080/v1", true, "IPv6 loopback"],
  ["http://0.0.0.0:11434/v1", true, "unspecified: connects to this machine"],
  ["http://[::ffff:127.0.0.1]:11434/v1", true, "IPv4-mapped loopback"],
  ["http://2130706433:11434/v1", true, "127.0.0.1 as one number"],
  ["http://10.0.0.5:8000/v1", true, "RFC 1918"],
  ["http://172.20.1.1/v1", true, "RFC 1918"],
  ["http://192.168.1.20:11434/v1", true, "RFC 1918"],
  ["http://100.101.102.103:11434/v1", true, "carrier-grade NAT: a Tailscale machine"],
  ["http://169.254.10.20/v1", true, "link-local"],
  ["http://[fd12::1]/v1", true, "unique-local IPv6"],
  ["http://[fe80::1]/v1", true, "link-local IPv6"],
  ["http://ollama:11434/v1", true, "bare Compose service name"],
  ["http://gpu-box.local:8000/v1", true, "mDNS"],
  ["http://gpu-box.lan:8000/v1", true, "home network"],
  ["http://gpu-box.home.arpa:8000/v1", true, "home network (RFC 8375)"],
  ["http://host.docker.internal:11434/v1", true, "private-use TLD: the Docker host"],
  ["http://169.254.169.254/v1", false, "cloud metadata (AWS, GCP, Azure)"],
  ["http://169.254.170.2/v1", false, "AWS ECS metadata"],
  ["http://[fd00:ec2::254]/v1", false, "AWS metadata over IPv6"],
  ["http://100.100.100.200/v1", false, "Alibaba Cloud metadata"],
  ["http://[::ffff:8.8.8.8]/v1", false, "IPv4-mapped public address"],
  ["https://openrouter.ai/api/v1", false, "paid gateway"],
  ["https://api.groq.com/openai/v1", false, "paid gateway"],
  ["https://internal.example.com/v1", false, "public name that merely contains 'internal'"],
  ["http://8.8.8.8/v1", false, "public IPv4"],
  ["http://172.32.0.1/v1", false, "just outside 172.16.0.0/12"],
  ["http://100.128.0.1/v1", false, "just outside 100.64.0.0/10"],
  ["http://[2001:db8::1]/v1", false, "not a private IPv6 range"],
  ["not a url", false, "unreadable"],
];

describe("isLocalAddress", () => {
  it.each(CASES)("%s is local: %s (%s)", (url, local) => {
    expect(isLocalAddress(url)).toBe(local);
  });
});
