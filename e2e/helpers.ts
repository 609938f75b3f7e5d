import { expect, type Page } from "@playwright/test";
import type { Role } from "@/lib/domain/roles";
import { E2E_EMAILS, E2E_PASSWORDS } from "./users";

export async function signIn(page: Page, role: Role) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(E2E_EMAILS[role]);
  await page.getByLabel("Password").fill(E2E_PASSWORDS[role]);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The shell, not the sidebar: on a phone the navigation is behind the menu button.
  await expect(page.getByTestId("studio-shell")).toBeVisible();
}

export async function navLabels(page: Page): Promise<string[]> {
  return page.getByTestId("main-nav").getByRole("link").allInnerTexts();
}

/** The demo show's id, from the new-episode form: tests that change another show's budget must not touch it. */
export async function demoShowId(page: Page): Promise<string> {
  await page.goto("/episodes/new");
  const value = await page.getByLabel("Show").locator("option", { hasText: "Signal & Noise" }).getAttribute("value");
  if (!value) throw new Error("The demo show is not offered in the new-episode form");
  return value;
}
