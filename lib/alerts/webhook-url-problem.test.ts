import { describe, expect, it } from "vitest";
import { webhookUrlProblem } from "./webhook-url-problem";

describe("webhookUrlProblem", () => {
  it("accepts http(s) URLs on a host name or a public address", () => {
    for (const url of [
      "https://hooks.slack.com/services/T0/B0/x",
      "http://93.184.216.34/hook",
      "https://[2606:4700::1]/hook",
    ]) {
      expect(webhookUrlProblem(url), url).toBeNull();
    }
  });

  it.each([
    ["http://127.0.0.1/hook", "127.0.0.1 is a loopback address"],
    ["http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"],
    ["http://10.0.0.1/", "10.0.0.1 is a private network address"],
    ["http://[::1]:8080/", "::1 is a loopback address"],
    ["http://2130706433/", "127.0.0.1 is a loopback address"],
    ["http://[::ffff:10.0.0.1]/", "::ffff:a00:1 is an IPv4-mapped IPv6 address"],
  ])("refuses %s: %s", (url, why) => {
    expect(webhookUrlProblem(url)).toBe(`Alert webhooks are only posted to public addresses: ${why}.`);
  });

  it("refuses other schemes, credentials and non-URLs", () => {
    expect(webhookUrlProblem("ftp://hooks.example.com/x")).toBe("The webhook must be an http(s) URL, or empty.");
    expect(webhookUrlProblem("hooks.example.com/x")).toBe("The webhook must be an http(s) URL, or empty.");
    expect(webhookUrlProblem("https://user:pw@hooks.example.com/x")).toMatch(/cannot carry a user name or password/);
  });
});
