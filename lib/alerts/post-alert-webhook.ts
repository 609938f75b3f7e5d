import type { ResolveHost } from "@/lib/net/resolve-public-address";
import { fetchPublic, raceAbort } from "@/lib/net/fetch-public";
import { webhookAddressProblem, webhookUrlProblem } from "./webhook-url-problem";

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

/**
 * Posts an alert to the admin-configured webhook (Slack-compatible: a `text` field plus the details), under the
 * same address policy as URL sources (lib/net/fetch-public.ts): on every send each hop's URL is checked, its host
 * resolved and every address checked (public only), the connection pinned to the checked address, redirects
 * followed by hand (the alert posted again, at most `maxRedirects`), and the whole send timed out. A failing
 * webhook never fails the work that raised the alert; the alert is in the app either way, and the reason is logged.
 */
export async function postAlertWebhook(
  input: string,
  alert: AlertLike,
  options: AlertWebhookOptions = {},
): Promise<boolean> {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const maxRedirects = options.maxRedirects ?? 3;
  const signal = AbortSignal.timeout(timeoutMs);
  let url: URL | undefined;

  const send = async (): Promise<boolean> => {
    const { response } = await fetchPublic(input, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "ShowrunnerAlerts/1.0" },
      body: JSON.stringify({ text: `[${alert.severity}] ${alert.message}`, alert }),
      signal,
      maxRedirects,
      resolve: options.resolve,
      allowAddressesForTests: options.allowAddressesForTests,
      checkUrl: (next) => {
        if (URL.canParse(next)) url = new URL(next); // named in the log, refused or not
        const problem = webhookUrlProblem(next, options.allowAddressesForTests);
        if (problem) throw new Error(problem);
        return new URL(next);
      },
      refused: (error) => new Error(webhookAddressProblem(error)),
      tooManyRedirects: () => new Error(`It redirects more than ${maxRedirects} times.`),
    });
    response.resume(); // the reply's body is not needed
    const status = response.statusCode ?? 0;
    if (status < 200 || status > 299) throw new Error(`It answered HTTP ${status}.`);
    return true;
  };

  try {
    // DNS takes no signal, so the deadline is also raced here.
    return await raceAbort(send(), signal);
  } catch (error) {
    // The host only: a webhook's path often carries its secret.
    const where = url?.host ?? "(not a URL)";
    const why = signal.aborted
      ? `No answer within ${timeoutMs / 1000} s.`
      : error instanceof Error
        ? error.message
        : String(error);
    console.warn(`Alert webhook ${where} not sent. ${why}`);
    return false;
  }
}
