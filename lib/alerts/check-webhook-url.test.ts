import { describe, expect, it } from "vitest";
import { checkWebhookUrl, WebhookUrlRefusedError } from "./check-webhook-url";

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookUrlRefusedError);
  return (error as WebhookUrlRefusedError).message;
}

describe("checkWebhookUrl", () => {
  it("refuses a host name that resolves to loopback (localhost, through the system resolver)", async () => {
    expect(await refusal(checkWebhookUrl("http://localhost:9000/hook"))).toMatch(
      /^Alert webhooks are only posted to public addresses: localhost resolves to a loopback address\.$/,
    );
  });

  it("refuses a host with any internal address among its answers", async () => {
    const resolve = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "169.254.169.254", family: 4 },
    ];
    expect(await refusal(checkWebhookUrl("https://hooks.example.com/x", { resolve }))).toBe(
      "Alert webhooks are only posted to public addresses: hooks.example.com resolves to a link-local address.",
    );
  });

  it("refuses literal internal addresses without resolving anything", async () => {
    const resolve = async () => {
      throw new Error("no lookup expected");
    };
    for (const url of ["http://127.0.0.1/", "http://169.254.169.254/", "http://10.0.0.1/", "http://[::1]/"]) {
      expect(await refusal(checkWebhookUrl(url, { resolve }))).toMatch(
        /^Alert webhooks are only posted to public addresses: /,
      );
    }
  });

  it("refuses a host this server cannot resolve, and accepts a public one", async () => {
    expect(await refusal(checkWebhookUrl("https://nowhere.invalid/x", { resolve: async () => [] }))).toBe(
      "This server could not find the webhook's host nowhere.invalid: check the address.",
    );
    await expect(
      checkWebhookUrl("https://hooks.example.com/x", {
        resolve: async () => [{ address: "93.184.216.34", family: 4 }],
      }),
    ).resolves.toBeUndefined();
  });
});
