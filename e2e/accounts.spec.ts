import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

/*
 * An admin's account controls, each journey on a person of its own that the admin adds first: locking, resetting or
 * disabling them cannot touch the seeded users other journeys sign in as.
 */

const PASSWORD = "their own password";

/** The admin adds a producer with a unique email (retries and reruns never collide) and returns their row. */
async function addPerson(admin: Page, name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now().toString(36)}@example.com`;
  await admin.goto("/admin/users");
  await admin.getByLabel("Name").fill(name);
  await admin.getByLabel("Email").fill(email);
  await admin.getByLabel("Initial password").fill(PASSWORD);
  await admin.getByRole("button", { name: "Add person" }).click();
  const row = admin.getByTestId("user-row").filter({ hasText: email });
  await expect(row.getByTestId("user-status")).toHaveText("Active");
  return { email, row };
}

/** A sign-in attempt on the form, waiting for the server's answer (each may be held back by the growing delay). */
async function attempt(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await Promise.all([
    page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
}

/** The person, in a browser of their own, on the sign-in page. */
async function personPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  return page;
}

test.describe("admin account controls", () => {
  test("failed sign-ins lock an account until a stated time, but not in a browser that signed in before; the admin sees it locked, unlocks it, and the person signs in", async ({
    page,
    browser,
  }, info) => {
    await signIn(page, "ADMIN");
    const { email, row } = await addPerson(page, "Lou Locked");

    // The owner's usual browser: a sign-in there makes it known for this email.
    const usual = await personPage(browser);
    await attempt(usual, email, PASSWORD);
    await expect(usual.getByTestId("main-nav")).toBeVisible();
    expect((await usual.context().cookies()).map((c) => c.name)).toContain("showrunner-device");
    await usual.getByRole("button", { name: "Sign out" }).click();
    await expect(usual).toHaveURL(/\/login/);

    // Another browser (a stranger's, or the owner's new one) gets the password wrong five times, every attempt slower.
    const person = await personPage(browser);
    for (let i = 0; i < 5; i++) {
      await attempt(person, email, `wrong guess ${i}`);
      await expect(person.getByTestId("login-error")).toHaveText("That email and password do not match an account.");
    }
    await attempt(person, email, PASSWORD);
    await expect(person.getByTestId("login-error")).toContainText(
      /this email is locked for this browser until \d{1,2}:\d{2}/,
    );
    await expect(person.getByTestId("login-error")).toContainText("ask an admin to unlock the account");
    await person.screenshot({ path: info.outputPath("sign-in-locked.png") });

    // The usual browser is not locked out by those failures.
    await attempt(usual, email, PASSWORD);
    await expect(usual.getByTestId("main-nav")).toBeVisible();
    await usual.context().close();

    await page.reload();
    await expect(row.getByTestId("user-status")).toContainText(/Locked until \d{2}:\d{2}/);
    await page.screenshot({ path: info.outputPath("admin-users-locked.png"), fullPage: true });
    await row.getByRole("button", { name: "Unlock Lou Locked" }).click();
    await expect(row.getByTestId("user-status")).toHaveText("Active");

    await attempt(person, email, PASSWORD);
    await expect(person.getByTestId("main-nav")).toBeVisible();
    await person.context().close();
  });

  test("an admin resets a password and reads the new one once; the old password and its open session stop working, the new one signs in", async ({
    page,
    browser,
  }, info) => {
    await signIn(page, "ADMIN");
    const { email, row } = await addPerson(page, "Remy Reset");
    const person = await personPage(browser);
    await attempt(person, email, PASSWORD);
    await expect(person.getByTestId("main-nav")).toBeVisible();

    await row.getByRole("button", { name: "Reset the password of Remy Reset" }).click();
    await page
      .getByRole("dialog", { name: "Give Remy Reset a new password?" })
      .getByRole("button", { name: "Reset password" })
      .click();
    const shown = row.getByTestId("one-time-password");
    await expect(shown).toHaveText(/^[A-Za-z0-9]{20}$/);
    const password = (await shown.textContent())!;
    await page.screenshot({ path: info.outputPath("admin-password-reset.png"), fullPage: true });
    await row.getByRole("button", { name: "Done" }).click();
    await expect(shown).toHaveCount(0);
    await page.reload();
    await expect(row.getByTestId("user-status")).toHaveText("Active");
    await expect(page.getByText(password)).toHaveCount(0);

    // The session signed in with the old password ends at its next request.
    expect((await person.request.get("/api/me")).status()).toBe(401);
    await person.goto("/login");
    await attempt(person, email, PASSWORD);
    await expect(person.getByTestId("login-error")).toHaveText("That email and password do not match an account.");
    await attempt(person, email, password);
    await expect(person.getByTestId("main-nav")).toBeVisible();
    await person.context().close();
  });

  test("an admin disables a person: their open session is refused at its next request and they cannot sign in until re-enabled", async ({
    page,
    browser,
  }, info) => {
    await signIn(page, "ADMIN");
    const { email, row } = await addPerson(page, "Dana Disabled");
    const person = await personPage(browser);
    await attempt(person, email, PASSWORD);
    await expect(person.getByTestId("main-nav")).toBeVisible();
    expect((await person.request.get("/api/me")).status()).toBe(200);

    // Declining the confirmation (the in-app dialog's "Go back") changes nothing.
    const confirm = page.getByRole("dialog", { name: "Disable Dana Disabled?" });
    await row.getByRole("button", { name: "Disable Dana Disabled" }).click();
    await confirm.getByRole("button", { name: "Go back" }).click();
    await expect(confirm).toBeHidden();
    await expect(row.getByTestId("user-status")).toHaveText("Active");
    await row.getByRole("button", { name: "Disable Dana Disabled" }).click();
    await confirm.getByRole("button", { name: "Disable" }).click();
    await expect(row.getByTestId("user-status")).toHaveText("Disabled");
    await page.screenshot({ path: info.outputPath("admin-user-disabled.png"), fullPage: true });

    // The same session cookie as before: the studio re-reads the user on every request.
    const me = await person.request.get("/api/me");
    expect(me.status()).toBe(401);
    await person.goto("/episodes");
    await expect(person).toHaveURL(/\/login/);
    await attempt(person, email, PASSWORD);
    await expect(person.getByTestId("login-error")).toHaveText(
      "This account is disabled. Ask an admin to re-enable it.",
    );

    await row.getByRole("button", { name: "Enable Dana Disabled" }).click();
    await expect(row.getByTestId("user-status")).toHaveText("Active");
    await attempt(person, email, PASSWORD);
    await expect(person.getByTestId("main-nav")).toBeVisible();
    await person.context().close();
  });

  test("an admin cannot disable their own account nor reset their own password, and sees which addresses are locked", async ({
    page,
  }) => {
    await signIn(page, "ADMIN");
    await page.goto("/admin/users");
    const self = page.getByTestId("user-row").filter({ hasText: "admin@showrunner.local" });
    const disable = self.getByRole("button", { name: /^Disable / });
    await expect(disable).toHaveAttribute("title", "You cannot disable your own account.");
    await expect(disable).toBeDisabled();
    const reset = self.getByRole("button", { name: /^Reset the password of / });
    await expect(reset).toHaveAttribute("title", "You cannot reset your own password; ask another admin.");
    await expect(reset).toBeDisabled();
    await expect(page.getByRole("heading", { name: "Locked addresses" })).toBeVisible();
  });
});
