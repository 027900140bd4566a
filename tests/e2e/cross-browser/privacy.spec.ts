// Nothing leaves the browser, in Chromium and in Firefox: the page, its card and panel, the command and the popup make
// no request beyond the page's own document. In Firefox every request goes through the test's proxy, the extension's
// background and pages included (tests/e2e/browsers/firefox.ts).
import { expect, test } from "../browsers/lens";
import { cardView, panelView } from "../browsers/views";
import { hoverText, openAnnotated } from "../harness";

test("pages, content script, popup and background make no request beyond the page itself", async ({ lens, server }) => {
  const page = lens.tab;
  const url = `${server.origin}/documents/001_2efd3b04a8c7435c.txt.html`;
  await openAnnotated(page, url);
  await hoverText(page, "Jüri Ratas");
  await expect.poll(async () => (await cardView(page))?.visible).toBe(true);
  await lens.command("open-panel");
  await expect.poll(async () => (await panelView(page))?.visible).toBe(true);
  await lens.openPopup();
  // Only the page's own document was requested: no image, font, beacon or call of ours, from any part of the extension.
  expect(lens.requests()).toEqual([url]);
});
