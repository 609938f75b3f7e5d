import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { freshDatabase } from "@/test/db";
import { buildIfNeeded } from "@/scripts/lib/build-if-needed";
import { webServerArgs } from "@/scripts/lib/bundle-web-server";
import { freePort } from "@/scripts/lib/free-port";
import { saysListening, spawnPart } from "@/scripts/lib/spawn-part";
import { stopChild } from "@/scripts/lib/supervise-process";
import { webServerEnv } from "@/scripts/lib/web-server-env";

/**
 * The real web server entry (server/web-server.ts, bundled as npm start runs it) on the production build: a forged
 * X-Forwarded-For does not become the sign-in's client address, a bad SHOWRUNNER_TRUSTED_PROXIES stops it at start,
 * and SIGTERM stops it even with a keep-alive connection open.
 */
const EMAIL = "owner@example.test";
const PASSWORD = "a-long-enough-password";

describe.runIf(process.platform === "linux")("the studio's web server", () => {
  let db: Db;
  let env: NodeJS.ProcessEnv;
  let web: ChildProcess;
  let base: string;

  beforeAll(async () => {
    const fresh = await freshDatabase();
    db = fresh.db;
    await db.user.create({
      data: { email: EMAIL, name: "Owner", role: "ADMIN", passwordHash: await hashPassword(PASSWORD) },
    });
    env = {
      ...process.env,
      DATABASE_URL: fresh.url,
      AUTH_SECRET: "web-server-test-secret",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    };
    await buildIfNeeded(env); // a no-op when the build is current (e2e builds it too)
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    web = spawnPart(webServerArgs(port, "127.0.0.1"), webServerEnv(env));
    await saysListening(web, "web server");
  }, 600_000);

  afterAll(async () => {
    if (web) await stopChild(web);
    await db?.$disconnect();
  });

  /** A credentials sign-in through Auth.js, as the sign-in page sends it, with a forged X-Forwarded-For. */
  async function signIn(password: string): Promise<Response> {
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    return fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-auth-return-redirect": "1",
        "x-forwarded-for": "9.9.9.9",
        cookie,
      },
      body: new URLSearchParams({ email: EMAIL, password, csrfToken, callbackUrl: `${base}/` }),
    });
  }

  it("counts a failed sign-in against the socket's address, not the X-Forwarded-For the client forged", async () => {
    const failed = await signIn("not-the-password");
    expect(failed.status).toBe(200);
    expect(((await failed.json()) as { url: string }).url).toContain("error=CredentialsSignin");
    const keys = (await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(
      keys.some((k) => k.includes("127.0.0.1")),
      keys.join(", "),
    ).toBe(true);
    expect(keys.filter((k) => k.includes("9.9.9.9"))).toEqual([]);

    const signedIn = await signIn(PASSWORD);
    expect(signedIn.headers.getSetCookie().some((c) => c.includes("session-token="))).toBe(true);
  });

  it("serves pages with the security headers", async () => {
    const login = await fetch(`${base}/login`);
    expect(login.status).toBe(200);
    expect(login.headers.get("x-frame-options")).toBe("DENY");
    expect(login.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
  });

  it("refuses a SHOWRUNNER_TRUSTED_PROXIES it cannot read at start, naming the variable", async () => {
    const child = spawn(process.execPath, webServerArgs(await freePort(), "127.0.0.1"), {
      env: { ...env, SHOWRUNNER_TRUSTED_PROXIES: "10.0.0.0/8, proxy.internal" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(stderr).toContain('Invalid SHOWRUNNER_TRUSTED_PROXIES: "proxy.internal"');
  });

  it("stops on SIGTERM with exit code 0, a keep-alive connection open", async () => {
    const port = await freePort();
    const server = spawnPart(webServerArgs(port, "127.0.0.1"), webServerEnv(env));
    await saysListening(server, "second web server");
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) =>
      http
        .get({ host: "127.0.0.1", port, path: "/login", agent }, (res) => res.resume().on("end", resolve))
        .on("error", reject),
    );
    const exited = once(server, "exit");
    server.kill("SIGTERM");
    expect(await exited).toEqual([0, null]);
    agent.destroy();
  });
});
