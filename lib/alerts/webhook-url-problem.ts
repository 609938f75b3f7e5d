import { isIP } from "node:net";
import { checkAddress } from "@/lib/net/address-policy";
import type { AddressRefusedError } from "@/lib/net/resolve-public-address";

export const PUBLIC_ONLY = "Alert webhooks are only posted to public addresses";

/**
 * What is wrong with an alert webhook URL on its face, or null: http(s) only, no credentials, and a literal IP host
 * must be public (lib/net/address-policy.ts). A host name is checked where it is resolved (checkWebhookUrl on save,
 * postAlertWebhook on send). `allowAddressesForTests` is postAlertWebhook's test-only escape hatch.
 */
export function webhookUrlProblem(input: string, allowAddressesForTests: readonly string[] = []): string | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return "The webhook must be an http(s) URL, or empty.";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "The webhook must be an http(s) URL, or empty.";
  if (url.username || url.password)
    return "The webhook URL cannot carry a user name or password; use the URL your tool gives you.";
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (isIP(host)) {
    const verdict = checkAddress(host, allowAddressesForTests);
    if (!verdict.allowed) return `${PUBLIC_ONLY}: ${verdict.address} is ${verdict.reason}.`;
  }
  return null;
}

/** Why a webhook's host was refused when resolved, on save (checkWebhookUrl) and on send (postAlertWebhook) alike. */
export function webhookAddressProblem(error: AddressRefusedError): string {
  return error.reason === "unresolved"
    ? `This server could not find the webhook's host ${error.detail}: check the address.`
    : `${PUBLIC_ONLY}: ${error.detail}.`;
}
