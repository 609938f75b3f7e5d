import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startLocalHttpServer, type Handler, type LocalHttpServer } from "@/test/local-http-server";
import { postAlertWebhook, type AlertWebhookOptions } from "./post-alert-webhook";

const routes = new Map<string, Handler>();
let server: LocalHttpServer;
let hits: LocalHttpServer["hits"];
let port: number;
let base: string;

beforeAll(async () => {
  server = await startLocalHttpServer(routes);
  ({ hits, port, base } = server);
});
afterAll(() => server.close());

const alert = {
  id: "a1",
  kind: "budget.threshold",
  severity: "WARNING",
  message: "Spend reached 80%.",
  episodeId: "ep1",
  createdAt: new Date("2026-01-01T00:00:00Z"),
};
const local: AlertWebhookOptions = { allowAddressesForTests: ["127.0.0.1"] };
routes.set("/hook", (_q, res) => res.writeHead(200).end("ok"));
const redirect = (path: string, location: string, status = 307) =>
  routes.set(path, (_q, res) => res.writeHead(status, { location }).end());

/** Sends, returning whether it was delivered and what was logged about it. */
async function send(url: string, options: AlertWebhookOptions = local) {
  hits.length = 0;
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  try {
    const delivered = await postAlertWebhook(url, alert, options);
    return { delivered, logged: warn.mock.calls.map((c) => String(c[0])) };
  } finally {
    warn.mockRestore();
  }
}

describe("postAlertWebhook", () => {
  it("posts the alert as JSON to a server the test allows", async () => {
    const { delivered } = await send(`${base}/hook`);
    expect(delivered).toBe(true);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ method: "POST", path: "/hook" });
    expect(JSON.parse(hits[0]!.body)).toMatchObject({ text: "[WARNING] Spend reached 80%.", alert: { id: "a1" } });
  });

  it("refuses a loopback webhook by default, before connecting, and says why in the log", async () => {
    const { delivered, logged } = await send(`${base}/hook`, {});
    expect(delivered).toBe(false);
    expect(hits).toEqual([]);
    expect(logged).toEqual([
      `Alert webhook 127.0.0.1:${port} not sent. Alert webhooks are only posted to public addresses: 127.0.0.1 is a loopback address.`,
    ]);
  });

  it("resolves the host on every send, connects to the checked address, and refuses once DNS answers a private one", async () => {
    const answers = ["127.0.0.1", "10.0.0.1"];
    let lookups = 0;
    const resolve = async () => [{ address: answers[Math.min(lookups++, 1)]!, family: 4 }];
    const first = await send(`http://hooks.example.com:${port}/hook`, { ...local, resolve });
    expect(first.delivered).toBe(true);
    expect(lookups).toBe(1);
    expect(hits.map((h) => h.host)).toEqual([`hooks.example.com:${port}`]);

    const second = await send(`http://hooks.example.com:${port}/hook`, { ...local, resolve });
    expect(second.delivered).toBe(false);
    expect(hits).toEqual([]);
    expect(second.logged[0]).toMatch(/hooks\.example\.com resolves to a private network address/);
  });

  it("follows a redirect by posting again to the new address, checked like the first", async () => {
    redirect("/moved", "/hook", 308);
    const { delivered } = await send(`${base}/moved`);
    expect(delivered).toBe(true);
    expect(hits.map((h) => [h.method, h.path])).toEqual([
      ["POST", "/moved"],
      ["POST", "/hook"],
    ]);
    expect(hits[1]!.body).toBe(hits[0]!.body);
  });

  it("does not follow a redirect to a private, link-local or loopback address", async () => {
    for (const target of [
      "http://10.0.0.1/hook",
      "http://169.254.169.254/latest/meta-data/",
      `http://127.0.0.2:${port}/hook`,
      `http://[::1]:${port}/hook`,
      "http://intranet.example/hook",
    ]) {
      redirect("/escape", target);
      const { delivered, logged } = await send(`${base}/escape`, {
        ...local,
        resolve: async () => [{ address: "192.168.0.10", family: 4 }],
      });
      expect(delivered, target).toBe(false);
      expect(hits.map((h) => h.path)).toEqual(["/escape"]);
      expect(logged[0]).toMatch(/Alert webhooks are only posted to public addresses: /);
    }
  });

  it("stops after three redirects, and on an error status", async () => {
    routes.set("/loop", (_q, res) => res.writeHead(307, { location: "/loop" }).end());
    const loop = await send(`${base}/loop`);
    expect(loop.delivered).toBe(false);
    expect(hits).toHaveLength(4);
    expect(loop.logged[0]).toMatch(/redirects more than 3 times/);
    const missing = await send(`${base}/missing`);
    expect(missing).toEqual({
      delivered: false,
      logged: [`Alert webhook 127.0.0.1:${port} not sent. It answered HTTP 404.`],
    });
  });

  it("gives up on a webhook that does not answer in time", async () => {
    routes.set("/slow", () => {});
    const started = Date.now();
    const { delivered, logged } = await send(`${base}/slow`, { ...local, timeoutMs: 300 });
    expect(delivered).toBe(false);
    expect(logged[0]).toBe(`Alert webhook 127.0.0.1:${port} not sent. No answer within 0.3 s.`);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
