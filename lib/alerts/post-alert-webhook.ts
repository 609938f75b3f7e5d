import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { AddressRefusedError, resolvePublicAddress, systemResolve, type ResolveHost } from "@/lib/net/resolve-public-address";
import { pinnedLookup } from "@/lib/net/pinned-lookup";
import { PUBLIC_ONLY, webhookUrlProblem } from "./webhook-url-problem";

interface AlertLike {
  id: string;
  kind: string;
  severity: string;
  message: string;
  episodeId: string | null;
  createdAt: Date;
}

export interface AlertWebhookOptions {
  /** The whole send, DNS and redirects included. Default 5 s. */
  timeoutMs?: number;
  /** Default 3. */
  maxRedirects?: number;
  /** Replaces the system DNS resolver (tests). */
  resolve?: ResolveHost;
  /**
   * TEST ONLY, as for URL sources (lib/providers/sources/fetch-url.ts): exact addresses let through the address
   * policy, e.g. ["127.0.0.1"] for a local test server. Never set from configuration.
   */
  allowAddressesForTests?: readonly string[];
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function post(url: URL, address: string, family: 4 | 6, body: string, signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "user-agent": "ShowrunnerAlerts/1.0" },
      lookup: pinnedLookup(address, family),
      signal,
      agent: false, // no pooled socket opened for another address is reused
    }, resolve);
    request.on("error", reject);
    request.end(body);
  });
}

/**
 * Posts an alert to the admin-configured webhook (Slack-compatible: a `text` field plus the details), under the
 * same address policy as URL sources: on every send the host is resolved once and every address checked
 * (public only), the connection pinned to the checked address, redirects followed by hand (the alert posted again,
 * each hop re-checked, at most `maxRedirects`), and the whole send timed out. A failing webhook never fails the
 * work that raised the alert; the alert is in the app either way, and the reason is logged.
 */
export async function postAlertWebhook(input: string, alert: AlertLike, options: AlertWebhookOptions = {}): Promise<boolean> {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const maxRedirects = options.maxRedirects ?? 3;
  const signal = AbortSignal.timeout(timeoutMs);
  const body = JSON.stringify({ text: `[${alert.severity}] ${alert.message}`, alert });
  let url: URL | undefined;

  const send = async (): Promise<boolean> => {
    let next = input;
    for (let redirects = 0; ; redirects++) {
      const problem = webhookUrlProblem(next, options.allowAddressesForTests);
      if (URL.canParse(next)) url = new URL(next); // named in the log, refused or not
      if (problem) throw new Error(problem);
      const hop = new URL(next);
      const { address, family } = await resolvePublicAddress(hop.hostname, {
        resolve: options.resolve ?? systemResolve,
        allow: options.allowAddressesForTests ?? [],
      });
      signal.throwIfAborted();
      const response = await post(hop, address, family, body, signal);
      response.resume(); // the reply's body is not needed
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location) {
        if (redirects >= maxRedirects) throw new Error(`It redirects more than ${maxRedirects} times.`);
        next = new URL(location, hop).toString();
        continue;
      }
      if (status < 200 || status > 299) throw new Error(`It answered HTTP ${status}.`);
      return true;
    }
  };

  // DNS takes no signal, so the deadline is also raced here.
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new Error("timeout"));
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([send(), aborted]);
  } catch (error) {
    // The host only: a webhook's path often carries its secret.
    const where = url?.host ?? "(not a URL)";
    const why = signal.aborted
      ? `No answer within ${timeoutMs / 1000} s.`
      : error instanceof AddressRefusedError
        ? error.reason === "unresolved" ? `Its host ${error.detail} was not found.` : `${PUBLIC_ONLY}: ${error.detail}.`
        : error instanceof Error ? error.message : String(error);
    console.warn(`Alert webhook ${where} not sent. ${why}`);
    return false;
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}
