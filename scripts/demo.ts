// `npm run demo`: the built extension in Chromium on the three source documents served locally as news pages.
// With a display it opens a window to read them in (close it or press Ctrl+C to stop); without one it writes a
// screenshot of each page, light and dark, to demo-screenshots/.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { extensionDir, launchWithExtension } from "../tests/e2e/harness";
import { documentNames, root, serve } from "./serve";

const served = await serve({ port: Number(process.env.PORT ?? 0) });
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
const context = await launchWithExtension(extensionDir, { headless: !headed, viewport: { width: 1100, height: 900 } });
const urls = documentNames().map((n) => `${served.origin}/documents/${n}.html`);
console.log(`Serving the source documents at ${served.origin}/`);

async function annotated(url: string) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector("html[data-defence-lens=ready]");
  return page;
}

if (headed) {
  for (const url of urls) await annotated(url);
  console.log("Chromium is open with Defence Lens on each document. Close the window or press Ctrl+C to stop.");
  await new Promise<void>((resolve) => context.on("close", () => resolve()));
} else {
  const out = join(root, "demo-screenshots");
  mkdirSync(out, { recursive: true });
  for (const [i, url] of urls.entries()) {
    for (const theme of ["light", "dark"] as const) {
      const page = await annotated(theme === "dark" ? `${url}?dark` : url);
      const count = await page.locator("defence-lens-mark").count();
      const file = join(out, `${documentNames()[i]}-${theme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${count} highlights on ${url} (${theme}) → ${file}`);
      await page.close();
    }
  }
  const page = await annotated(urls[1] as string);
  const name = page.locator('defence-lens-mark[data-entity="juri-ratas"]').first();
  await name.hover();
  await page.locator("defence-lens-card .card").waitFor();
  const box = await name.boundingBox();
  const clip = box ? { x: Math.max(0, box.x - 40), y: Math.max(0, box.y - 60), width: 560, height: 520 } : undefined;
  await page.screenshot({ path: join(out, "hover-card.png"), clip });
  console.log(`The hover card on Jüri Ratas → ${join(out, "hover-card.png")}`);
  // The popup, as it opens over that tab.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  await page.bringToFront();
  const tabId = await worker.evaluate(async () => {
    const ext = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } };
    return (await ext.chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1;
  });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html?tab=${tabId}`);
  await popup.locator("main[aria-busy=false]").waitFor();
  await popup.screenshot({ path: join(out, "popup.png") });
  console.log(`The popup for that page → ${join(out, "popup.png")}`);
}
await context.close();
await served.close();
