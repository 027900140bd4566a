// The source viewer (source.html?doc=<document id>&claim=<claim id>&quote=<n>): wires the view (src/ui/source) to the
// address, the tab's history, the stored settings and a page session that tints the document's names as on web pages.
import { readSettings, watchSettings } from "~/src/extension/settings-read";
import { applyUiLanguage } from "~/src/extension/ui-language";
import { factBase } from "~/src/facts";
import { documentTexts } from "~/src/facts/documents.generated";
import { precompiledAutomaton } from "~/src/match";
import { compiledAliases } from "~/src/match/aliases.generated";
import { localNameFinder } from "~/src/match/name-finder";
import { PageSession } from "~/src/page/session";
import { type Settings, shownCategories } from "~/src/settings/model";
import { localizePage } from "~/src/ui/localize";
import { sessionViews } from "~/src/ui/session-views";
import { type Place, placeOf, readPlace, restorePlace, sameView } from "~/src/ui/source/history";
import { SOURCE_LINK } from "~/src/ui/source/links";
import { renderSource, type Shown, type ViewOptions } from "~/src/ui/source/viewer";
import { readSourceAddress, type SourceAddress, sourceQuery } from "~/src/ui/source-address";

const app = document.getElementById("app") as HTMLElement;
// An extension page of its own, with one short document: its names are found here rather than asked of the background.
const names = localNameFinder(precompiledAutomaton(compiledAliases));
let settings: Settings = await readSettings();
applyUiLanguage(settings, document);
localizePage(document);
let session: PageSession | undefined;
let shown: Shown | undefined;

// The viewer puts each quote in view itself, also when the back button returns to one.
history.scrollRestoration = "manual";

// The names are tinted as on web pages (same matcher, same highlights, same card); claim sentences are not read:
// every quote here is a claim's own.
const display = () => ({ active: settings.enabled, categories: shownCategories(settings), claims: false });

/** Keeps, in the tab's history entry, where the reader is: the quote focused and the scroll position. */
function remember(): void {
  if (shown) history.replaceState(placeOf(document), "");
}

function show(address: SourceAddress, how: "load" | "push" | "pop", options: ViewOptions = {}): void {
  // The old session goes with the old text (its card and highlights too); a new one reads the new text.
  session?.detach();
  shown = renderSource(app, { fb: factBase, texts: documentTexts, navigate }, address, options);
  app.setAttribute("aria-busy", "false");
  document.title = shown.title;
  const query = `?${sourceQuery(shown.address)}`;
  if (!shown.problem && query !== location.search) history.replaceState(history.state, "", query);
  // Back and forward (and a reload) return to the quote and the place the reader left; a new address starts at its
  // quote, or at its title.
  const saved: Place | undefined = how === "push" ? undefined : readPlace(history.state);
  restorePlace(app, shown.focus, saved, how !== "load");
  session = new PageSession(document, {
    names,
    judgeClaims: () => Promise.reject(new Error("The source viewer reads no claim sentences")),
    views: sessionViews(factBase, (a) => navigate(a), "document"),
    countWithin: () => app.querySelector(".doc-text"),
  });
  void session.apply(display());
}

/**
 * Shows another address as a new entry of the tab's history: the back button returns to the previous quote. The
 * address already shown adds no entry: its quote is put in view and focused again.
 */
function navigate(address: SourceAddress): void {
  const from = shown?.address;
  if (from && !shown?.problem && sameView(from, address)) {
    restorePlace(app, shown?.focus ?? null, undefined, true);
    return;
  }
  remember();
  history.pushState(null, "", `?${sourceQuery(address)}`);
  // Every quote of the document, from one claim's: that claim's quote is where the reader was.
  const back = from?.claim !== undefined && address.claim === undefined && from.doc === address.doc;
  show(address, "push", back ? { focusClaim: from.claim } : {});
}

addEventListener("popstate", () => show(readSourceAddress(location.search), "pop"));

// Where the reader is, kept as they move: back and forward return there (the entry left is not told when they do).
let scrolled: ReturnType<typeof setTimeout> | undefined;
addEventListener("scroll", () => {
  clearTimeout(scrolled);
  scrolled = setTimeout(remember, 200);
});
app.addEventListener("focusin", remember);

// The viewer's own links are followed in place on a plain click; a click with a modifier opens a tab as usual.
document.addEventListener("click", (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const link = (event.target as Element | null)?.closest?.(`a[${SOURCE_LINK}]`);
  if (!(link instanceof HTMLAnchorElement)) return;
  event.preventDefault();
  navigate(readSourceAddress(new URL(link.href).search));
});

watchSettings((next) => {
  const language = next.language !== settings.language;
  settings = next;
  // Another language: the page is drawn again in it, where the reader is.
  if (language) {
    applyUiLanguage(settings, document);
    localizePage(document);
    if (shown) show(shown.address, "pop");
  }
  void session?.apply(display());
});

show(readSourceAddress(location.search), "load");
