import { expect, type Page } from "@playwright/test";
import type { Role } from "@/lib/domain/roles";
import { E2E_EMAILS, E2E_PASSWORDS } from "./users";

export async function signIn(page: Page, role: Role) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(E2E_EMAILS[role]);
  await page.getByLabel("Password").fill(E2E_PASSWORDS[role]);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("main-nav")).toBeVisible();
}

export async function navLabels(page: Page): Promise<string[]> {
  return page.getByTestId("main-nav").getByRole("link").allInnerTexts();
}
