// The popup: wires the views to the current tab (through its content script) and to the stored settings.
import { browser } from "wxt/browser";
import { askTab, isToBackground, type PageSummary } from "~/src/extension/messages";
import { loadSettings, updateSettings } from "~/src/extension/settings-storage";
import { applyUiLanguage } from "~/src/extension/ui-language";
import { FACT_BASE_VERSION, factBase } from "~/src/facts";
import { t } from "~/src/i18n";
import { h } from "~/src/ui/dom";
import { exportFileName, exportMarkdown } from "~/src/ui/export";
import { localizePage } from "~/src/ui/localize";
import { claimsView, namesView, summaryLine } from "~/src/ui/popup/page";
import { partnershipsView } from "~/src/ui/popup/partnerships";
import { categoriesView, switchesView } from "~/src/ui/popup/settings";
import { tabsView } from "~/src/ui/popup/tabs";

const app = document.getElementById("app") as HTMLElement;
const controls = document.getElementById("controls") as HTMLElement;
const summary = document.getElementById("summary") as HTMLElement;

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
/**
 * The tab of the popup the reader chose, kept across redraws; until they choose, "This page" where the extension runs,
 * else the partnerships.
 */
let selected: string | undefined;
/** Each entity's mention shown last by its chip, kept across redraws. */
const mentionShown = new Map<string, number>();

/** The header's buttons: Copy and Download the export, list the annotations on the page. */
function actionsView(): HTMLElement {
  const copyButton = h(
    "button",
    { type: "button", class: "primary", id: "copy", "aria-label": t("popup_copyName") },
    t("popup_copy"),
  );
  copyButton.addEventListener("click", () => void copy());
  const download = h("button", { type: "button", id: "download" }, t("popup_download"));
  download.addEventListener("click", () => save());
  const list = h("button", { type: "button", id: "open-panel" }, t("popup_listOnPage"));
  // The panel opens in the tab, where the keyboard focus goes; the popup would otherwise stay over it.
  list.addEventListener("click", () => {
    void askTab(tab, { type: "panel" }).finally(() => window.close());
  });
  for (const b of [copyButton, download]) b.toggleAttribute("disabled", page === null);
  return h(
    "div",
    { class: "actions" },
    copyButton,
    download,
    list,
    h("p", { id: "copy-status", class: "meta", role: "status" }),
  );
}

async function render(): Promise<void> {
  const settings = await loadSettings();
  applyUiLanguage(settings, document);
  page = await askTab(tab, { type: "summary" });
  // Redrawn only when something changed, so that a control the reader is using stays put.
  const state = JSON.stringify([settings, page]);
  if (state === shown) return;
  shown = state;
  localizePage(document);
  const focused = document.activeElement?.id;
  const change = (update: Parameters<typeof updateSettings>[0]) => void updateSettings(update);
  summary.textContent = summaryLine(page);
  controls.replaceChildren(
    switchesView(settings, page?.host ?? null, change),
    actionsView(),
    categoriesView(settings, change),
  );
  const actions = {
    reveal: (entity: string, index: number) => void askTab(tab, { type: "reveal", entity, index }),
    revealClaim: (id: string) => void askTab(tab, { type: "reveal-claim", id }),
  };
  const pagePanel = page
    ? h("div", {}, claimsView(factBase, page, actions), namesView(factBase, page, actions, mentionShown))
    : h("p", { class: "meta" }, t("popup_notRunning"));
  app.replaceChildren(
    ...tabsView(
      [
        { id: "page", label: t("popup_tabPage"), panel: pagePanel },
        { id: "partnerships", label: t("popup_tabPartnerships"), panel: partnershipsView(factBase, page) },
      ],
      selected ?? (page ? "page" : "partnerships"),
      (id) => {
        selected = id;
      },
    ),
  );
  app.setAttribute("aria-busy", "false");
  if (focused) document.getElementById(focused)?.focus();
}

/** The export of the page as it is now; its links open in the source viewer of this install (the popup's own base). */
function markdown(current: PageSummary): string {
  return exportMarkdown(factBase, current, {
    viewer: new URL("/", location.href).href,
    version: FACT_BASE_VERSION,
    generated: new Date(),
  });
}

async function copy(): Promise<void> {
  const status = document.getElementById("copy-status");
  if (!page || !status) return;
  try {
    await navigator.clipboard.writeText(markdown(page));
    status.textContent = t("popup_copied");
  } catch {
    status.textContent = t("popup_copyFailed");
  }
}

/** Saves the export as a Markdown file, through the browser's own download (a link to a Blob). */
function save(): void {
  const status = document.getElementById("copy-status");
  if (!page) return;
  const url = URL.createObjectURL(new Blob([markdown(page)], { type: "text/markdown;charset=utf-8" }));
  const a = h("a", { href: url, download: exportFileName(page, new Date()) });
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked once the download has had the time to read it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  if (status) status.textContent = t("popup_saved");
}

// The tab reports after every pass (a setting applied, content added): the summary follows.
browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (isToBackground(message) && sender.tab?.id === tab) void render();
});

await render();
