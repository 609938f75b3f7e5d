import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// Debian's Chromium when installed (CI installs it); Playwright's own browser elsewhere.
const systemChromium = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) => existsSync(p));

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Waits are for states, never for fixed times. Their ceilings are sized for two workers sharing two cores with the
  // pipeline on a busy machine, not for an idle one: a page, a server action or a live update gets 15 s, a journey
  // 60 s, and slow work (uploads, pipeline stages) states its own wait from e2e/waits.ts.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: "on",
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--autoplay-policy=no-user-gesture-required",
          ],
        }
      : {},
  },
  webServer: {
    command: "node_modules/.bin/tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${port}/login`,
    timeout: 600_000, // a production build first when sources changed: about a minute idle, several under load
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
