/**
 * A signed-in HTTP client for the studio: signs in through Auth.js's real credentials flow (CSRF token, then the
 * credentials callback, as next-auth/react's signIn does) and keeps the cookies it is given.
 */
export class StudioSession {
  private cookies = new Map<string, string>();

  constructor(
    readonly base: string,
    readonly label: string,
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keep(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async signIn(email: string, password: string): Promise<void> {
    const csrfRes = await fetch(`${this.base}/api/auth/csrf`, { headers: { cookie: this.cookieHeader() } });
    this.keep(csrfRes);
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const res = await fetch(`${this.base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-auth-return-redirect": "1",
        cookie: this.cookieHeader(),
      },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${this.base}/` }),
    });
    this.keep(res);
    const body = await res.text();
    if (![...this.cookies.keys()].some((k) => k.includes("session-token"))) {
      throw new Error(`Signing in as ${email} failed (HTTP ${res.status}: ${body.slice(0, 200)}).`);
    }
  }

  /** GETs a page and returns its status and text (a streamed page: all of it). */
  async text(path: string): Promise<{ status: number; body: string }> {
    const res = await fetch(`${this.base}${path}`, { redirect: "manual", headers: { cookie: this.cookieHeader() } });
    return { status: res.status, body: await res.text() };
  }

  /** GETs a path and reads the whole body; the time is to the last byte. */
  async get(path: string): Promise<{ status: number; ms: number; bytes: number; serverTiming: string | null }> {
    const started = performance.now();
    const res = await fetch(`${this.base}${path}`, { redirect: "manual", headers: { cookie: this.cookieHeader() } });
    const body = await res.arrayBuffer();
    return {
      status: res.status,
      ms: performance.now() - started,
      bytes: body.byteLength,
      serverTiming: res.headers.get("server-timing"),
    };
  }
}
