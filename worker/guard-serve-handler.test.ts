import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { Inngest } from "inngest";
import { serve } from "inngest/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSigningKey } from "@/lib/engine/signing";
import { guardServeHandler, MAX_WORKER_BODY_BYTES, signatureTime } from "./guard-serve-handler";

const CAP = 64 * 1024;
const REGISTER_CAP = 1024;
const UNVERIFIED = 2;
/** A well-formed signature header dated now, `offsetS` seconds off (its HMAC is wrong: the SDK checks that). */
const sig = (offsetS = 0) => `t=${Math.floor(Date.now() / 1000) + offsetS}&s=${"0".repeat(64)}`;
const signingKey = newSigningKey();
let server: http.Server;
let port: number;
let bodiesSeen: number[];
let postsInSdk = 0;

beforeAll(async () => {
  // The SDK's own handler in cloud mode, as the worker runs it; the cap is small so that tests stay quick.
  const client = new Inngest({
    id: "guard-test",
    isDev: false,
    signingKey,
    baseUrl: "http://127.0.0.1:9",
    logger: { info() {}, warn() {}, error() {}, debug() {} },
  });
  const fn = client.createFunction({ id: "noop", triggers: [{ event: "test/noop" }] }, async () => "ran");
  const sdk = serve({ client, functions: [fn], serveOrigin: "http://127.0.0.1" });
  bodiesSeen = [];
  const handler = guardServeHandler(
    (req, res) => {
      // An "end" listener leaves the reading to the SDK: this records the bodies it got whole (a GET has none to get).
      if (req.method === "POST") postsInSdk++;
      if (req.method !== "GET") req.on("end", () => bodiesSeen.push(Number(req.headers["content-length"] ?? 0)));
      return sdk(req, res);
    },
    { maxBodyBytes: CAP, maxRegisterBodyBytes: REGISTER_CAP, maxUnverifiedBodies: UNVERIFIED },
  );
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

interface Sent {
  status: number;
  body: string;
}

/** A POST to the serve URL whose body never ends (chunked, or under a Content-Length it never reaches), until a reply comes. */
function endlessPost(headers: http.OutgoingHttpHeaders): Promise<Sent> {
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const request = http.request(
      { port, host: "127.0.0.1", path: "/api/inngest?fnId=guard-test-noop&stepId=step", method: "POST", headers },
      (response) => {
        clearTimeout(timer);
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => {
          resolve({ status: response.statusCode ?? 0, body });
          request.destroy();
        });
      },
    );
    request.on("error", reject);
    const chunk = Buffer.alloc(16 * 1024, "a");
    const pump = () => {
      while (request.write(chunk));
      timer = setTimeout(pump, 1);
    };
    pump();
  });
}

/** A signed POST that sends a little of its body and then holds the connection open; `end()` drops it. */
function heldPost(): Promise<{ end: () => void; reply: Promise<Sent> }> {
  return new Promise((resolve, reject) => {
    let answered: (sent: Sent) => void = () => {};
    const reply = new Promise<Sent>((r) => (answered = r));
    const request = http.request(
      {
        port,
        host: "127.0.0.1",
        path: "/api/inngest?fnId=guard-test-noop&stepId=step",
        method: "POST",
        headers: { "content-type": "application/json", "x-inngest-signature": sig() },
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => answered({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("error", () => {});
    request.on("error", reject);
    request.write("{", () => resolve({ end: () => request.destroy(), reply }));
  });
}

async function stillServes() {
  const response = await fetch(`http://127.0.0.1:${port}/api/inngest`);
  expect(response.status).toBe(401); // the SDK's own answer to an unsigned GET: the server is up
}

describe("guardServeHandler", () => {
  it("caps bodies at 64 MB, over the engine's largest call (10 MB events, Inngest's 32 MB of run state)", () => {
    expect(MAX_WORKER_BODY_BYTES).toBe(64 * 1024 * 1024);
  });

  it("answers an unsigned POST with 401 without reading its body, however long it streams", async () => {
    const sent = await endlessPost({ "content-type": "application/json" });
    expect(sent.status).toBe(401);
    expect(JSON.parse(sent.body)).toEqual({ message: expect.stringMatching(/signed by its engine/) });
    expect(sent.body).not.toMatch(/at |\.ts|\/work\//);
    expect(bodiesSeen).toEqual([]);
    await stillServes();
  });

  it("answers 401 before reading the body to a malformed signature or one dated more than 5 minutes off", async () => {
    // An hour off, not a second past the limit: a busy machine may take seconds between writing and checking the date.
    for (const header of ["t=1&s=00", "garbage", `t=${Math.floor(Date.now() / 1000)}&s=xyz`, sig(-3600), sig(3600)]) {
      const sent = await endlessPost({ "content-type": "application/json", "x-inngest-signature": header });
      expect(sent.status, header).toBe(401);
      expect(JSON.parse(sent.body)).toEqual({
        message: expect.stringMatching(/signed by its engine|too old or from the future/),
      });
    }
    expect(bodiesSeen).toEqual([]);
    await stillServes();
  });

  it("reads only a bounded number of unverified POST bodies at once: the next gets a 503 with Retry-After", async () => {
    const before = postsInSdk;
    const held = await Promise.all(Array.from({ length: UNVERIFIED }, () => heldPost()));
    await expect.poll(() => postsInSdk - before).toBe(UNVERIFIED);
    // Each held body is being read by the SDK: one more is refused before its body is read.
    const busy = await fetch(`http://127.0.0.1:${port}/api/inngest?fnId=guard-test-noop&stepId=step`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-inngest-signature": sig() },
      body: "{}",
    });
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("1");
    expect(await busy.json()).toEqual({ message: expect.stringMatching(/busy/) });
    for (const h of held) h.end();
    // Dropped connections free their places: a signed call reaches the SDK again (which refuses its wrong HMAC).
    await expect
      .poll(
        async () =>
          (
            await fetch(`http://127.0.0.1:${port}/api/inngest?fnId=guard-test-noop&stepId=step`, {
              method: "POST",
              headers: { "content-type": "application/json", "x-inngest-signature": sig() },
              body: "{}",
            })
          ).status,
      )
      .toBe(401);
    bodiesSeen.splice(0); // the bodies of this test's calls, which the SDK read
  });

  it("caps a registration PUT's body far below an execution call's", async () => {
    const big = await fetch(`http://127.0.0.1:${port}/api/inngest`, {
      method: "PUT",
      body: "x".repeat(REGISTER_CAP + 1),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({
      message: `The request body is over ${REGISTER_CAP} bytes, more than the engine ever sends.`,
    });
  });

  it("reads the signature header's timestamp only from the engine's form", () => {
    expect(signatureTime(`t=1700000000&s=${"a".repeat(64)}`)).toBe(1_700_000_000_000);
    for (const bad of [
      undefined,
      ["t=1"],
      "t=&s=",
      `t=-1&s=${"a".repeat(64)}`,
      `t=1&s=${"A".repeat(64)}`,
      `s=${"a".repeat(64)}`,
    ])
      expect(signatureTime(bad)).toBeNull();
  });

  it("answers 413 at once to a body whose Content-Length is over the cap", async () => {
    const sent = await endlessPost({
      "content-type": "application/json",
      "x-inngest-signature": sig(),
      "content-length": String(CAP + 1),
    });
    expect(sent.status).toBe(413);
    expect(JSON.parse(sent.body)).toEqual({
      message: `The request body is over ${CAP} bytes, more than the engine ever sends.`,
    });
    expect(bodiesSeen).toEqual([]);
    await stillServes();
  });

  it("cuts off a chunked body as soon as the bytes read pass the cap", async () => {
    const sent = await endlessPost({ "content-type": "application/json", "x-inngest-signature": sig() });
    expect(sent.status).toBe(413);
    // The SDK never got a whole body.
    expect(bodiesSeen).toEqual([]);
    await stillServes();
  });

  it("reads the answer to an endless refused body, then the worker closes the connection rather than read on", async () => {
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    let sent = 0;
    socket.setEncoding("utf8");
    socket.on("data", (text: string) => (received += text));
    socket.on("error", () => {}); // the worker's close may meet a write in flight
    socket.write(
      "POST /api/inngest?fnId=guard-test-noop&stepId=step HTTP/1.1\r\nHost: x\r\n" +
        `content-type: application/json\r\nx-inngest-signature: ${sig()}\r\ntransfer-encoding: chunked\r\n\r\n`,
    );
    const chunk = `4000\r\n${"a".repeat(0x4000)}\r\n`;
    const pump = setInterval(() => {
      if (!socket.destroyed && socket.write(chunk)) sent += 0x4000;
    }, 1);
    await new Promise((resolve) => socket.once("close", resolve));
    clearInterval(pump);
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    // Closed by the worker after the cap and its lingering allowance, not drained for ever.
    expect(sent).toBeLessThan(CAP + 64 * 1024 * 1024);
    await stillServes();
  });

  it("hands a signed body under the cap to the SDK, which checks the signature; a body that is not JSON gets a 400", async () => {
    const body = JSON.stringify({
      event: { name: "test/noop", data: {} },
      events: [],
      steps: {},
      ctx: { run_id: "r", attempt: 0 },
    });
    const forged = await fetch(`http://127.0.0.1:${port}/api/inngest?fnId=guard-test-noop&stepId=step`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-inngest-signature": sig() },
      body,
    });
    expect(forged.status).toBe(401); // the SDK's refusal: the signature is wrong
    expect(bodiesSeen).toEqual([Buffer.byteLength(body)]);
    const garbled = await fetch(`http://127.0.0.1:${port}/api/inngest?fnId=guard-test-noop&stepId=step`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-inngest-signature": sig() },
      body: "{not json",
    });
    expect(garbled.status).toBe(400);
    expect(await garbled.json()).toEqual({ message: "The request body is not JSON." });
    await stillServes();
  });

  it("lets an unsigned PUT through: it asks the worker to register, which needs the signing key", async () => {
    const sync = await fetch(`http://127.0.0.1:${port}/api/inngest`, { method: "PUT" });
    // The SDK tried to register at its (unreachable) base URL: the request reached it.
    expect(sync.status).toBe(500);
    expect(bodiesSeen.at(-1)).toBe(0);
  });
});
