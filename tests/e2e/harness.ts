// Playwright fixtures: a real Chromium with the built extension loaded, and the local page server.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type BrowserContext, test as base, chromium, expect, type Page, type Worker } from "@playwright/test";
import { type Served, serve } from "../../scripts/serve";

export const extensionDir = join(import.meta.dirname, "../../.output/chrome-mv3");

/** Debian's Chromium where it is installed (Playwright cannot download its own here); Playwright's own elsewhere. */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

export async function launchWithExtension(
  dir = extensionDir,
  options: { headless?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  if (!existsSync(join(dir, "manifest.json"))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build\` first.`);
  }
  return chromium.launchPersistentContext("", {
    headless: options.headless ?? true,
    ...(options.viewport ? { viewport: options.viewport } : {}),
    executablePath: chromiumPath(),
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  background: Worker;
  page: Page;
}

export const test = base.extend<Fixtures, { server: Served }>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern.
    async ({}, use) => {
      const served = await serve();
      await use(served);
      await served.close();
    },
    { scope: "worker" },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern.
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  background: async ({ context }, use) => {
    await use(await serviceWorker(context));
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect };

/** Opens a page and waits until the extension has finished its pass over it. */
export async function openAnnotated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator("html")).toHaveAttribute("data-defence-lens", "ready");
}

/** Writes the extension's settings as the popup would (tests can write storage directly). */
export async function setSettings(background: Worker, settings: unknown): Promise<void> {
  await background.evaluate(async (value) => {
    const ext = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
    await ext.chrome.storage.local.set({ settings: value, settings$: { v: 2 } });
  }, settings);
}

/** Every highlight under the selector, in document order, as [text, entity, category]. */
export function highlights(page: Page, within = "body"): Promise<[string, string, string][]> {
  return page.$$eval(`${within} defence-lens-mark`, (els) =>
    els.map((e) => [e.textContent ?? "", e.getAttribute("data-entity") ?? "", e.getAttribute("data-category") ?? ""]),
  ) as Promise<[string, string, string][]>;
}
