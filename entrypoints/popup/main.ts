// The popup: wires the views to the current tab (through its content script) and to the stored settings.
import { browser } from "wxt/browser";
import { askTab, isToBackground, type PageSummary } from "~/src/extension/messages";
import { loadSettings, updateSettings } from "~/src/extension/settings-storage";
import { factBase } from "~/src/facts";
import { exportMarkdown } from "~/src/ui/export";
import { pageView } from "~/src/ui/popup/page";
import { partnershipsView } from "~/src/ui/popup/partnerships";
import { settingsView } from "~/src/ui/popup/settings";

const app = document.getElementById("app") as HTMLElement;

/** The tab the popup is about: the active one, or the one named in the address (tests open the popup in a tab). */
async function currentTab(): Promise<number | undefined> {
  const named = Number(new URL(location.href).searchParams.get("tab"));
  if (named) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const tab = await currentTab();
let page: PageSummary | null = null;
let shown = "";

async function render(): Promise<void> {
  const settings = await loadSettings();
  page = await askTab(tab, { type: "summary" });
  // Redrawn only when something changed, so that a control the reader is using stays put.
  const state = JSON.stringify([settings, page]);
  if (state === shown) return;
  shown = state;
  const focused = document.activeElement?.id;
  app.replaceChildren(
    pageView(factBase, page, {
      reveal: (entity) => void askTab(tab, { type: "reveal", entity }),
      // The panel opens in the tab, where the keyboard focus goes; the popup would otherwise stay over it.
      panel: () => {
        void askTab(tab, { type: "panel" }).finally(() => window.close());
      },
      copy: () => void copy(),
    }),
    settingsView(settings, page?.host ?? null, (update) => void updateSettings(update)),
    partnershipsView(factBase),
  );
  app.setAttribute("aria-busy", "false");
  if (focused) document.getElementById(focused)?.focus();
}

async function copy(): Promise<void> {
  const status = document.getElementById("copy-status");
  if (!page || !status) return;
  try {
    // The export's links open in the source viewer of this install: its address is the popup's own base.
    await navigator.clipboard.writeText(exportMarkdown(factBase, page, new URL("/", location.href).href));
    status.textContent = "Copied this page's annotations as Markdown.";
  } catch {
    status.textContent = "Could not write to the clipboard.";
  }
}

// The tab reports after every pass (a setting applied, content added): the summary follows.
browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (isToBackground(message) && sender.tab?.id === tab) void render();
});

await render();
