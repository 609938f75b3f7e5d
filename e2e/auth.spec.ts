import { expect, test } from "@playwright/test";
import { navLabels, signIn } from "./helpers";
import { E2E_EMAILS } from "./users";

test.describe("sign-in and roles", () => {
  test("each role signs in and sees its navigation", async ({ page }, info) => {
    const expected = {
      PRODUCER: ["Dashboard", "Episodes", "Shows"],
      EDITOR: ["Dashboard", "Episodes", "Review", "Shows"],
      ADMIN: ["Dashboard", "Episodes", "Review", "Shows", "Admin"],
    } as const;
    for (const role of ["PRODUCER", "EDITOR", "ADMIN"] as const) {
      await signIn(page, role);
      expect(await navLabels(page)).toEqual(expected[role]);
      await expect(page.getByTestId("current-user")).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome");
      await page.screenshot({ path: info.outputPath(`dashboard-${role.toLowerCase()}.png`) });
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/login/);
      // The form, not only the address: a signed-in visit to /login goes to the dashboard instead.
      await expect(page.getByLabel("Email")).toBeVisible();
    }
  });

  test("a wrong password shows an error and creates no session", async ({ page, context }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(E2E_EMAILS.EDITOR);
    await page.getByLabel("Password").fill("definitely-not-it");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("login-error")).toHaveText("That email and password do not match an account.");
    expect((await context.cookies()).some((c) => c.name.includes("session-token"))).toBe(false);
    expect((await page.request.get("/api/me")).status()).toBe(401);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the sign-in form explains what is missing", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter a valid email address.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
  });

  test("signed-out pages redirect to sign-in", async ({ page }) => {
    await page.goto("/shows");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  });
});

/** Well-formed, but no user has it: a producer is refused before the id is even looked at. */
const UNKNOWN_USER = "cnouser0000000000000000000";

test.describe("access control on the server", () => {
  const apiCalls = [
    ["GET", "/api/me"],
    ["GET", "/api/admin/users"],
    ["POST", "/api/admin/users"],
    ["PATCH", "/api/admin/users/some-id"],
    ["POST", "/api/admin/users/some-id/unlock"],
    ["POST", "/api/admin/users/some-id/password-reset"],
    ["GET", "/api/admin/sign-in-locks"],
    ["POST", "/api/admin/sign-in-locks/unlock"],
    ["GET", "/api/admin/prices"],
    ["GET", "/api/admin/providers"],
    ["GET", "/api/episodes"],
    ["POST", "/api/episodes"],
    ["GET", "/api/dashboard"],
    ["GET", "/api/episodes/some-id/research"],
    ["GET", "/api/episodes/some-id/script"],
    ["PUT", "/api/episodes/some-id/script"],
    ["GET", "/api/episodes/some-id/audio"],
    ["GET", "/api/episodes/some-id/audio/file"],
    ["GET", "/api/episodes/some-id/quality"],
    ["GET", "/api/episodes/some-id/costs"],
    ["GET", "/api/episodes/some-id/activity"],
    ["GET", "/api/episodes/some-id/certification"],
    ["GET", "/api/shows"],
    ["POST", "/api/shows"],
    ["GET", "/api/no-such-route"],
  ] as const;

  test("a signed-out request to any API route gets 401", async ({ request }) => {
    for (const [method, url] of apiCalls) {
      const res = await request.fetch(url, { method, data: method === "GET" ? undefined : {} });
      expect(res.status(), `${method} ${url}`).toBe(401);
      expect((await res.json()).error.code).toBe("unauthenticated");
    }
  });

  test("a producer gets 403 on admin pages and admin API routes", async ({ page }, info) => {
    await signIn(page, "PRODUCER");
    for (const path of ["/admin", "/admin/users", "/admin/prices", "/admin/providers", "/admin/budgets", "/review"]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(403);
      await expect(page.getByTestId("forbidden")).toBeVisible();
    }
    await page.screenshot({ path: info.outputPath("producer-forbidden.png") });
    const list = await page.request.get("/api/admin/users");
    expect(list.status()).toBe(403);
    const create = await page.request.post("/api/admin/users", {
      data: { email: "sneaky@example.com", name: "Sneaky", role: "ADMIN", password: "a long password!" },
    });
    expect(create.status()).toBe(403);
    expect(
      (
        await page.request.post("/api/admin/prices", {
          data: { provider: "x", model: "y", unit: "request", unitPrice: "0" },
        })
      ).status(),
    ).toBe(403);
    expect((await page.request.get("/api/admin/providers")).status()).toBe(403);
    for (const path of ["unlock", "password-reset"])
      expect((await page.request.post(`/api/admin/users/${UNKNOWN_USER}/${path}`)).status(), path).toBe(403);
    expect((await page.request.patch(`/api/admin/users/${UNKNOWN_USER}`, { data: { disabled: true } })).status()).toBe(
      403,
    );
    expect((await page.request.get("/api/admin/sign-in-locks")).status()).toBe(403);
    expect(
      (await page.request.post("/api/admin/sign-in-locks/unlock", { data: { address: "127.0.0.1" } })).status(),
    ).toBe(403);
    expect((await page.request.put("/api/episodes/some-id/script", { data: { segments: [] } })).status()).toBe(403);
    expect((await page.request.get("/api/me")).status()).toBe(200);
  });

  test("an admin adds a person and changes a role", async ({ page }, info) => {
    await signIn(page, "ADMIN");
    await page.goto("/admin/users");
    const email = `new-${Date.now()}@example.com`;
    await page.getByLabel("Name").fill("Nia New");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Initial password").fill("short");
    await page.getByRole("button", { name: "Add person" }).click();
    await expect(page.getByText("Passwords need at least 12 characters.")).toBeVisible();
    await page.getByLabel("Initial password").fill("a long enough password");
    await page.getByRole("button", { name: "Add person" }).click();
    const row = page.getByTestId("user-row").filter({ hasText: email });
    await expect(row).toBeVisible();
    await row.getByLabel("Role of Nia New").selectOption("EDITOR");
    await expect
      .poll(async () => {
        const res = await page.request.get("/api/admin/users");
        const { users } = (await res.json()) as { users: { email: string; role: string }[] };
        return users.find((u) => u.email === email)?.role;
      })
      .toBe("EDITOR");
    await page.screenshot({ path: info.outputPath("admin-users.png") });
  });
});
