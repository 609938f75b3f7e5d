interface AlertLike {
  id: string;
  kind: string;
  severity: string;
  message: string;
  episodeId: string | null;
  createdAt: Date;
}

/**
 * Posts an alert to the admin-configured webhook (Slack-compatible: a `text` field plus the details). A failing
 * webhook never fails the work that raised the alert; the alert is in the app either way.
 */
export async function postAlertWebhook(url: string, alert: AlertLike, timeoutMs = 5_000): Promise<boolean> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: `[${alert.severity}] ${alert.message}`, alert }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return res.ok;
  } catch (error) {
    console.warn(`Alert webhook ${new URL(url).host} failed: ${error instanceof Error ? error.message : error}`);
    return false;
  }
}
