// `npm run demo`: the built extension in Chromium on the three source documents served locally as news pages.
// With a display it opens a window to read them in (close it or press Ctrl+C to stop); without one it writes a
// screenshot of each page, light and dark, to demo-screenshots/.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { claimHighlights, extensionDir, highlights, hoverText, launchWithExtension } from "../tests/e2e/harness";
import { documentNames, root, serve } from "./serve";

const served = await serve({ port: Number(process.env.PORT ?? 0) });
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
const context = await launchWithExtension(extensionDir, {
  headless: !headed,
  viewport: { width: 1100, height: 900 },
  firstRun: "keep",
});
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
      // What the page's highlight registry holds (CSS.highlights): nothing is added to the page itself.
      const [names, claims] = [(await highlights(page)).length, (await claimHighlights(page)).length];
      const file = join(out, `${documentNames()[i]}-${theme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${names} highlights and ${claims} claim sentences on ${url} (${theme}) → ${file}`);
      await page.close();
    }
  }
  const page = await annotated(urls[1] as string);
  const box = await hoverText(page, "Jüri Ratas");
  const card = page.locator("defence-lens-card .card");
  await card.waitFor();
  // The name and its card together, with a margin.
  const cardBox = (await card.boundingBox()) ?? box;
  const [left, top] = [Math.max(0, Math.min(box.x, cardBox.x) - 40), Math.max(0, Math.min(box.y, cardBox.y) - 40)];
  const right = Math.max(box.x + box.width, cardBox.x + cardBox.width) + 40;
  const bottom = Math.max(box.y + box.height, cardBox.y + cardBox.height) + 20;
  const clip = { x: left, y: top, width: right - left, height: bottom - top };
  await page.screenshot({ path: join(out, "hover-card.png"), clip });
  console.log(`The hover card on Jüri Ratas → ${join(out, "hover-card.png")}`);
  // A claim card, on the test page of agreements and differences, and the popup over that page.
  const claims = await annotated(`${served.origin}/pages/claims.html`);
  await claims.setViewportSize({ width: 900, height: 620 });
  await hoverText(claims, "300 troops");
  const claimCard = claims.locator("defence-lens-card .card");
  await claimCard.waitFor();
  await claims.waitForTimeout(300);
  await claims.screenshot({ path: join(out, "claim-card.png") });
  console.log(`A claim card → ${join(out, "claim-card.png")}`);
  await claims.mouse.move(0, 0);
  // The popup, as it opens over that tab, at the size a browser gives it.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  await claims.bringToFront();
  const tabId = await worker.evaluate(async () => {
    const ext = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } };
    return (await ext.chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1;
  });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html?tab=${tabId}`);
  await popup.locator("main[aria-busy=false]").waitFor();
  await popup.screenshot({ path: join(out, "popup.png") });
  console.log(`The popup for that page → ${join(out, "popup.png")}`);
  // The source viewer: a claim's quote highlighted in its document, the claim beside it.
  const viewer = await context.newPage();
  await viewer.setViewportSize({ width: 1280, height: 800 });
  await viewer.goto(
    `chrome-extension://${new URL(worker.url()).host}/source.html?doc=001_2efd3b04a8c7435c.txt&claim=ratas-macron-meeting-2020`,
  );
  await viewer.locator("html[data-defence-lens=ready]").waitFor();
  // The quote is near the top: the document's heading in the picture too.
  await viewer.evaluate(() => window.scrollTo(0, 0));
  await viewer.screenshot({ path: join(out, "source-viewer.png") });
  console.log(`The source viewer on a claim's quote → ${join(out, "source-viewer.png")}`);
  // The first-run page the extension opened on install, its sample highlighted.
  const welcome = context.pages().find((p) => p.url().endsWith("/welcome.html"));
  if (welcome) {
    await welcome.setViewportSize({ width: 900, height: 1000 });
    await welcome.locator("html[data-defence-lens=ready]").waitFor();
    // Its claim sentences are read as they come into view, just after the names: both underlines in the picture.
    for (let i = 0; i < 50 && (await claimHighlights(welcome)).length < 2; i++) await welcome.waitForTimeout(100);
    await welcome.screenshot({ path: join(out, "first-run.png"), fullPage: true });
    console.log(`The first-run page → ${join(out, "first-run.png")}`);
  }
  // The options page, with a site switched off and a name corrected from a card, as a reader would have them.
  await worker.evaluate(async () => {
    const ext = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
    await ext.chrome.storage.local.set({
      settings: {
        enabled: true,
        disabledSites: ["forum.example"],
        show: { company: false },
        claimUnderline: "differences",
        hiddenNames: [{ site: "news.example", entity: "european-union", name: "European Union" }],
        notThisEntity: [{ site: "texas-news.example", alias: "Paris", entity: "paris", name: "Paris" }],
      },
    });
  });
  const options = await context.newPage();
  await options.setViewportSize({ width: 820, height: 1000 });
  await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  await options.locator("main[aria-busy=false]").waitFor();
  await options.screenshot({ path: join(out, "options.png"), fullPage: true });
  console.log(`The options page → ${join(out, "options.png")}`);
}
await context.close();
await served.close();
