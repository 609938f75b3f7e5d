import { expect, test, type APIResponse, type BrowserContext, type Page } from "@playwright/test";
import { demoShowId, signIn } from "./helpers";
import { E2E_EMAILS, E2E_PASSWORDS } from "./users";

/** Requests the browser made to the attacker's host (none may happen: offline, they would fail, but still be made). */
function watchEvilRequests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on("request", (req) => {
    if (URL.canParse(req.url()) && new URL(req.url()).hostname.endsWith("evil.example")) seen.push(req.url());
  });
  return seen;
}

/** Content-Security-Policy (and Permissions-Policy) complaints on a page: the browser's reports and its console. */
async function watchPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy|Permissions-Policy|Refused to/i.test(m.text())) logged.push(m.text());
  });
  // Init scripts run outside the page's policy, so this listener is there before the page's first script.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI}`),
    );
  });
  return async () => [
    ...logged,
    ...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])),
  ];
}

const header = (res: APIResponse, name: string) => res.headersArray().filter((h) => h.name.toLowerCase() === name);

/** The headers every response carries; `csp` says what its Content-Security-Policy must contain. */
function expectSecurityHeaders(res: APIResponse, what: string, csp: RegExp) {
  const policies = header(res, "content-security-policy");
  expect(policies, `${what}: one Content-Security-Policy`).toHaveLength(1);
  expect(policies[0]!.value, what).toMatch(csp);
  expect(policies[0]!.value, what).toContain("frame-ancestors 'none'");
  const h = res.headers();
  expect(h["x-frame-options"], what).toBe("DENY");
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], what).toContain("camera=()");
  expect(h["permissions-policy"], what).toContain("microphone=()");
  expect(h["permissions-policy"], what).toContain("geolocation=()");
  expect(h["strict-transport-security"], `${what}: no HSTS over plain HTTP`).toBeUndefined();
}

const PAGE_CSP = /script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/;
const NONE_CSP = /^default-src 'none'/;

test.describe("web hardening", () => {
  test("callback URLs that point elsewhere land on the studio after signing in", async ({ browser, baseURL }) => {
    const studio = new URL(baseURL!).origin;
    const variants = [
      "/.//evil.example",
      "/x/..//evil.example",
      "/%2e%2e//evil.example",
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "https://evil.example/",
      "javascript:alert(document.domain)",
    ];
    for (const variant of variants) {
      const context = await browser.newContext();
      const evil = watchEvilRequests(context);
      const page = await context.newPage();
      await page.goto(`/login?callbackUrl=${encodeURIComponent(variant)}`);
      await page.getByLabel("Email").fill(E2E_EMAILS.PRODUCER);
      await page.getByLabel("Password").fill(E2E_PASSWORDS.PRODUCER);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByTestId("main-nav"), variant).toBeVisible();
      expect(new URL(page.url()).origin, variant).toBe(studio);
      // Signed in, the sign-in page sends the same callback straight on: still to the studio.
      await page.goto(`/login?callbackUrl=${encodeURIComponent(variant)}`);
      await expect(page.getByTestId("main-nav"), `${variant}, signed in`).toBeVisible();
      expect(new URL(page.url()).origin, `${variant}, signed in`).toBe(studio);
      expect(evil, variant).toEqual([]);
      await context.close();
    }
  });

  test("a page asked for while signed out is where signing in leads", async ({ page }) => {
    await page.goto("/shows?view=all");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fshows%3Fview%3Dall$/);
    await page.getByLabel("Email").fill(E2E_EMAILS.EDITOR);
    await page.getByLabel("Password").fill(E2E_PASSWORDS.EDITOR);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/shows\?view=all$/);
    await expect(page.getByTestId("main-nav")).toBeVisible();
  });

  test("pages, API answers, 404s and files carry the security headers; HSTS only behind TLS", async ({
    page,
    request,
  }) => {
    expectSecurityHeaders(await request.get("/login"), "the sign-in page", PAGE_CSP);
    expectSecurityHeaders(await request.get("/api/health"), "/api/health", NONE_CSP);
    expectSecurityHeaders(await request.get("/api/me"), "a refused API call", NONE_CSP);
    const redirect = await request.get("/episodes", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expectSecurityHeaders(redirect, "the redirect to sign in", NONE_CSP);

    await signIn(page, "PRODUCER");
    const api = page.request;
    const home = await api.get("/");
    expectSecurityHeaders(home, "the dashboard", PAGE_CSP);
    const other = await api.get("/");
    expect(header(other, "content-security-policy")[0]!.value, "a fresh nonce per response").not.toBe(
      header(home, "content-security-policy")[0]!.value,
    );
    expectSecurityHeaders(await api.get("/api/episodes"), "an API answer", NONE_CSP);
    const missingPage = await api.get("/no-such-page");
    expect(missingPage.status()).toBe(404);
    expectSecurityHeaders(missingPage, "a missing page", PAGE_CSP);
    // An episode's audio file may also be opened on its own, to play in the browser's media viewer.
    const audioFile = await api.get("/api/episodes/cnosuchepisode00000000000/audio/file");
    expect(audioFile.status()).toBe(404);
    expectSecurityHeaders(audioFile, "an audio file", /^default-src 'none'; media-src 'self'; /);
    const missingApi = await api.get("/api/no-such-route");
    expect(missingApi.status()).toBe(404);
    expectSecurityHeaders(missingApi, "a missing API route", NONE_CSP);

    // Next's own scripts carry the response's nonce (the browser hides the attribute, not the property).
    await page.goto("/");
    const scripts = page.locator("script[src*='/_next/static/']");
    const src = await scripts.first().getAttribute("src");
    expectSecurityHeaders(await api.get(src!), "a static script", NONE_CSP);
    const nonces = await page.locator("script").evaluateAll((all) => all.map((s) => (s as HTMLScriptElement).nonce));
    expect(nonces.length).toBeGreaterThan(0);
    expect(new Set(nonces).size, "every script has the one nonce").toBe(1);
    expect(nonces[0]).toMatch(/^[A-Za-z0-9+/=]{20,}$/);

    const overTls = await api.get("/api/health", { headers: { "x-forwarded-proto": "https" } });
    expect(overTls.headers()["strict-transport-security"]).toBe("max-age=31536000");
    expect(
      (await api.get("/", { headers: { "x-forwarded-proto": "https" } })).headers()["strict-transport-security"],
    ).toBe("max-age=31536000");
  });

  test("the studio's pages run under their policy without a violation", async ({ page }) => {
    const violations = await watchPolicyViolations(page);
    await page.goto("/login");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await signIn(page, "ADMIN");
    const showId = await demoShowId(page);
    const { episodes } = (await (await page.request.get("/api/episodes?limit=1")).json()) as {
      episodes: { id: string }[];
    };
    const paths = [
      "/",
      "/episodes",
      "/episodes/new",
      "/shows",
      `/shows/${showId}`,
      "/review",
      "/admin",
      "/admin/users",
      "/admin/prices",
      "/admin/budgets",
      "/admin/providers",
    ];
    if (episodes[0])
      paths.push(
        `/episodes/${episodes[0].id}`,
        `/episodes/${episodes[0].id}?tab=script`,
        `/episodes/${episodes[0].id}?tab=audio`,
      );
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByTestId("main-nav"), path).toBeVisible();
      expect(await violations(), path).toEqual([]);
    }
    // The 404 page too (it must not be one prerendered without the nonce).
    await page.goto("/no-such-page");
    await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
    const nonces = await page.locator("script").evaluateAll((all) => all.map((s) => (s as HTMLScriptElement).nonce));
    expect(
      nonces.filter((n) => !n),
      "scripts without the nonce on the 404 page",
    ).toEqual([]);
    expect(await violations(), "the 404 page").toEqual([]);
    // A client-side navigation loads further scripts: they run too.
    await page.goto("/");
    await page.getByTestId("main-nav").getByRole("link", { name: "Shows" }).click();
    await expect(page).toHaveURL(/\/shows$/);
    expect(await violations()).toEqual([]);
  });

  test("a change sent from another site is refused and changes nothing; the studio's own still works", async ({
    page,
    baseURL,
  }) => {
    await signIn(page, "PRODUCER");
    const api = page.request; // carries the producer's session cookie, as a browser would on a cross-site request
    const showId = await demoShowId(page);
    const created = await api.post("/api/episodes", {
      data: { showId, topic: "A target for a cross-site request", targetMinutes: 1 },
      headers: { origin: new URL(baseURL!).origin },
    });
    expect(created.status(), "a same-origin JSON POST works").toBe(201);
    const id = ((await created.json()) as { episode: { id: string } }).episode.id;
    const statusOf = async () =>
      ((await (await api.get(`/api/episodes/${id}`)).json()) as { episode: { status: string } }).episode.status;

    const crossSite = await api.post(`/api/episodes/${id}/cancel`, {
      data: "cancel",
      headers: { origin: "https://evil.example", "content-type": "text/plain" },
    });
    expect(crossSite.status()).toBe(403);
    expect(((await crossSite.json()) as { error: { message: string } }).error.message).toContain(
      "sent from another site",
    );
    const noOrigin = await api.post(`/api/episodes/${id}/cancel`, { headers: { "sec-fetch-site": "cross-site" } });
    expect(noOrigin.status(), "a cross-site request without Origin").toBe(403);
    const plainText = await api.post(`/api/episodes/${id}/cancel`, {
      data: "cancel",
      headers: { "content-type": "text/plain" },
    });
    expect(plainText.status(), "a text/plain body").toBe(415);
    expect(((await plainText.json()) as { error: { message: string } }).error.message).toContain("application/json");
    const form = await api.post(`/api/episodes/${id}/cancel`, {
      form: { x: "1" },
      headers: { origin: "https://evil.example" },
    });
    expect(form.status(), "a cross-site form").toBe(403);
    expect(await statusOf(), "the episode was not cancelled").not.toBe("CANCELLED");

    const own = await api.post(`/api/episodes/${id}/cancel`, {
      data: {},
      headers: { origin: new URL(baseURL!).origin, "sec-fetch-site": "same-origin" },
    });
    expect(own.status(), "the studio's own request").toBe(200);
    expect(await statusOf()).toBe("CANCELLED");
  });
});
