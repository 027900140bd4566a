// The options page (src/ui/options/view.ts), wired to the stored settings and the browser's keyboard commands.
import { browser } from "wxt/browser";
import { loadSettings, settingsItem, updateSettings } from "~/src/extension/settings-storage";
import { applyUiLanguage, uiLanguageFor } from "~/src/extension/ui-language";
import { t } from "~/src/i18n";
import { localizePage } from "~/src/ui/localize";
import { optionsView, type Shortcut } from "~/src/ui/options/view";

const app = document.getElementById("app") as HTMLElement;
const COMMAND = "open-panel";

async function shortcut(): Promise<Shortcut> {
  const commands = await browser.commands.getAll().catch(() => []);
  const key = commands.find((c) => c.name === COMMAND)?.shortcut ?? "";
  if (import.meta.env.FIREFOX) {
    return {
      shortcut: key,
      howTo: t("options_howToFirefox"),
    };
  }
  return {
    shortcut: key,
    change: () => void browser.tabs.create({ url: "chrome://extensions/shortcuts" }),
    howTo: t("options_howToChrome"),
  };
}

let shown = "";

async function render(): Promise<void> {
  const settings = await loadSettings();
  applyUiLanguage(settings, document);
  const keys = await shortcut();
  // Redrawn only when something changed, so that the control in use stays put.
  const state = JSON.stringify([settings, keys.shortcut]);
  if (state === shown) return;
  shown = state;
  localizePage(document);
  const focused = document.activeElement?.id;
  app.replaceChildren(
    ...optionsView(settings, keys, (update) => void updateSettings(update), uiLanguageFor({ language: "auto" })),
  );
  app.setAttribute("aria-busy", "false");
  if (focused) refocus(focused);
}

/**
 * The focus back where it was: the same control, or, when its entry went, the entry before it in its list ("sites-2"
 * gone: "sites-1"), else the list itself.
 */
function refocus(id: string): void {
  const entry = /^(.+)-(\d+)$/.exec(id);
  const candidates = entry ? [id, `${entry[1]}-${Number(entry[2]) - 1}`, entry[1] as string] : [id];
  for (const c of candidates) {
    const el = document.getElementById(c);
    if (el) {
      el.focus();
      return;
    }
  }
}

// A card's feedback or the popup changed them meanwhile: the page follows. A shortcut changed on the browser's page
// is read when the reader comes back.
settingsItem.watch(() => void render());
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible") void render();
});

await render();
