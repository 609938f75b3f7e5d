import { DomainError } from "@/lib/domain/errors";
import {
  AddressRefusedError,
  resolvePublicAddress,
  systemResolve,
  type ResolveHost,
} from "@/lib/net/resolve-public-address";
import { webhookAddressProblem, webhookUrlProblem } from "./webhook-url-problem";

export class WebhookUrlRefusedError extends DomainError {
  constructor(message: string) {
    super(message, 422, "webhook_url_refused");
  }
}

/**
 * Refuses, on save, an alert webhook URL Showrunner would not post to: its form (webhookUrlProblem), then its host
 * resolved here, every address checked. The same checks run again on every send (postAlertWebhook), since DNS
 * answers change.
 */
export async function checkWebhookUrl(input: string, options: { resolve?: ResolveHost } = {}): Promise<void> {
  const problem = webhookUrlProblem(input);
  if (problem) throw new WebhookUrlRefusedError(problem);
  try {
    await resolvePublicAddress(new URL(input).hostname, { resolve: options.resolve ?? systemResolve, allow: [] });
  } catch (error) {
    if (!(error instanceof AddressRefusedError)) throw error;
    throw new WebhookUrlRefusedError(webhookAddressProblem(error));
  }
}
