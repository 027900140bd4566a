import { defineConfig } from "@playwright/test";
import type { LensOptions } from "./tests/e2e/browsers/lens";

// Every test runs in Chromium; the tests in tests/e2e/cross-browser run in Firefox too, with the same bodies
// (tests/e2e/browsers). `npm run test:e2e:chromium` runs the Chromium project alone.
export default defineConfig<LensOptions>({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: { trace: "off" },
  projects: [
    { name: "chromium", use: { lensBrowser: "chromium" } },
    {
      name: "firefox",
      testMatch: "cross-browser/**/*.spec.ts",
      use: { lensBrowser: "firefox" },
      // Each test launches its own Firefox (3–5 s here, over 15 s when the machine is busy).
      timeout: 60_000,
    },
  ],
});
